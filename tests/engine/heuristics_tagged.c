/* Default heuristics tag identifiers that plainly name PI, with no
 * annotation: id_card_no, sfzh, mobile, home_address, legalRepName
 * (camelCase normalised to legal_rep_name), a person's password and session
 * token, as fields, locals, params and globals. */
#include <stdio.h>

struct applicant {
	char id_card_no[19];
	char sfzh[19];
	char legalRepName[32];
	char login_password[64];
	char access_token[128];
	int seq;
};

char home_address[128];

void show(struct applicant *a, const char *mobile)
{
	char email[64];
	fgets(email, sizeof email, stdin);
	printf("%s\n", a->id_card_no);           // expect: pi-logging "id_number"
	printf("%s\n", a->sfzh);                 // expect: pi-logging "id_number"
	printf("%s\n", a->legalRepName);         // expect: pi-logging "name"
	printf("%s\n", mobile);                  // expect: pi-logging "phone"
	printf("%s\n", home_address);            // expect: pi-logging "address"
	printf("%s\n", email);                   // expect: pi-logging "email"
	printf("%s\n", a->login_password);       // expect: pi-logging "credential"
	printf("%s\n", a->access_token);         // expect: pi-logging "credential"
	printf("%d\n", a->seq);
}

/* A caller's number is a phone number, though names ending in `_id` are
 * otherwise keys and handles (`session_id`): RADIUS's Calling-Station-Id
 * as freeradius's radutmp record keeps it. */
struct session {
	char caller_id[16];
	char session_id[32];
};

void show_session(const struct session *s, const char *calling_station_id)
{
	printf("%s\n", s->caller_id);            // expect: pi-logging "phone"
	printf("%s\n", calling_station_id);      // expect: pi-logging "phone"
	printf("%s\n", s->session_id);
}

/* Words of the vocabulary that end like a value about PI (`_type`,
 * `_status`, `_path`) or start like a check (`verify_`) are still PI:
 * the exclusions for those make room for them. */
void show_record(const char *blood_type, const char *marital_status, const char *return_path,
		 const char *verify_code, const char *msg_type, const char *log_path)
{
	printf("%s\n", blood_type);              // expect: pi-logging "health"
	printf("%s\n", marital_status);          // expect: pi-logging "other"
	printf("%s\n", return_path);             // expect: pi-logging "email"
	printf("%s\n", verify_code);             // expect: pi-logging "credential"
	printf("%s %s\n", msg_type, log_path);
}

/* SMTP's own word for the sender's address (RFC 5321): the reverse path
 * is MAIL FROM's (libesmtp's reverse_path_mailbox). The forward path is
 * left out: postfix's forward_path is where it looks for .forward files. */
struct smtp_message_rec {
	char *reverse_path_mailbox;
	char *forward_path;
};

void send_envelope(FILE *sock, const struct smtp_message_rec *m)
{
	fprintf(sock, "MAIL FROM:<%s>\r\n", m->reverse_path_mailbox);	// expect: pi-unencrypted-storage "email"
	fprintf(sock, "RCPT TO:<%s>\r\n", m->forward_path);
}

/* An alert mail's recipient, as sudo's event log names it (`mailto`,
 * its `To:` line), and the address of a mailbox record as libesmtp's
 * `struct mbox` holds it (the header printers' From:, To:, Cc:). */
struct eventlog_config {
	char *mailfrom;
	char *mailto;
};

struct mbox {
	char *mailbox;
	char *phrase;
};

void alert_mail(FILE *mail, const struct eventlog_config *conf, const struct mbox *to)
{
	fprintf(mail, "To: %s\n", conf->mailto);	// expect: pi-unencrypted-storage "email"
	fprintf(mail, "Cc: %s\n", to->mailbox);		// expect: pi-unencrypted-storage "email"
	fprintf(mail, "X-Phrase: %s\n", to->phrase);
}
