/* Default heuristics leave out identifiers that only look like PI: bare name
 * and addr, ip_address, hostname, phone_model, filename, username, and values
 * about PI rather than PI (phone_len, id_number_valid) or already protected
 * (masked_phone), and the password of a machine's key or certificate
 * (private_key_password, psk_password): a server's secret, not a
 * person's. So are a bare secret, a RADIUS shared secret, an API key and an
 * OAuth client or app secret: they authenticate a program, not a person
 * (a password or a session token still does: heuristics_tagged.c). None
 * of these is reported. Nor are the password fields of the user and
 * group databases (pw_passwd, sp_pwdp, gr_passwd, sg_passwd): they hold
 * crypt(3) hashes, which shadow's tools write back to /etc/gshadow, nor
 * the names of its files and SELinux contexts (passwd_file,
 * passwd_context_raw), nor a token's name or label (auth_token_pem_name). */
#include <stdio.h>

/* shadow's own gshadow record (its lib/sgroupio.h), and the group
 * database's as lowered */
struct sgrp {
	char *sg_name;
	char *sg_passwd;
};

struct group_entry {
	char *gr_name;
	char *gr_passwd;
};

struct conn {
	char name[32];
	char addr[64];
	char ip_address[46];
	char hostname[64];
	char phone_model[32];
	char filename[256];
	char username[32];
	int phone_len;
	int id_number_valid;
	char masked_phone[16];
	char private_key_password[64];
	char ssl_key_pass[64];
	char cert_passphrase[64];
	char psk_password[64];
	char secret[64];
	char shared_secret[64];
	char api_key[64];
	char client_secret[64];
	char app_secret[64];
	char secret_key[64];
};

void show(struct conn *c)
{
	printf("%s\n", c->name);
	printf("%s\n", c->addr);
	printf("%s\n", c->ip_address);
	printf("%s\n", c->hostname);
	printf("%s\n", c->phone_model);
	printf("%s\n", c->filename);
	printf("%s\n", c->username);
	printf("%d\n", c->phone_len);
	printf("%d\n", c->id_number_valid);
	printf("%s\n", c->private_key_password);
	printf("%s\n", c->ssl_key_pass);
	printf("%s\n", c->cert_passphrase);
	printf("%s\n", c->psk_password);
	printf("%s\n", c->masked_phone);
	printf("%s %s %s\n", c->secret, c->shared_secret, c->api_key);
	printf("%s %s %s\n", c->client_secret, c->app_secret, c->secret_key);
}

void write_gshadow(FILE *f, const struct sgrp *sg, const struct group_entry *gr)
{
	fprintf(f, "%s:%s\n", sg->sg_name, sg->sg_passwd);
	fprintf(f, "%s:%s\n", gr->gr_name, gr->gr_passwd);
}

void show_files(const char *passwd_file, const char *passwd_context_raw)
{
	printf("%s %s\n", passwd_file, passwd_context_raw);
}

/* openvpn's label of its token key's PEM block, not a token */
const char *auth_token_pem_name = "OpenVPN auth-token server key";

void show_labels(void)
{
	printf("%s\n", auth_token_pem_name);
}

/* postfix's allow_mail_to_commands and allow_mail_to_files list the
 * kinds of destination local delivery may write to: a `mail_to` inside
 * a longer name is no recipient (`mailto` and `mail_to` alone are). */
void show_delivery_policy(const char *allow_mail_to_commands, const char *allow_mail_to_files)
{
	printf("%s %s\n", allow_mail_to_commands, allow_mail_to_files);
}
