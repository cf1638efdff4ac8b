/* rules/openldap.json: binds send a password to the directory server, and
 * adds, modifies and searches send entries and filters. The URI decides:
 * ldaps:// is an encrypted channel (pi-external-transfer), ldap://
 * cleartext; a URI chosen at run time may be either, so both rules apply;
 * ldap_start_tls_s encrypts the connection it is given. */
#define LDAP_DEPRECATED 1
#include <ldap.h>
#include <stdio.h>

#include <pitrace.h>

struct account {
        char uid[32] PI(name);
        char password[64] PI(credential);
        char mail[64] PI(email);
        char realm[32];
};

void bind_clear(struct account *a)
{
        LDAP *ld;
        ldap_initialize(&ld, "ldap://directory.example.com");
        ldap_simple_bind_s(ld, a->uid, a->password);            // expect: pi-cleartext-transmission "credential"
        struct berval cred = { 0 };
        cred.bv_val = a->password;
        ldap_sasl_bind_s(ld, "cn=admin", LDAP_SASL_SIMPLE, &cred, NULL, NULL, NULL); // expect: pi-cleartext-transmission
}

void bind_tls(struct account *a)
{
        LDAP *ld;
        ldap_initialize(&ld, "ldaps://directory.example.com");
        ldap_simple_bind_s(ld, a->uid, a->password);            // expect: pi-external-transfer "credential"
        LDAP *ld2;
        ldap_initialize(&ld2, "ldap://directory.example.com");
        ldap_start_tls_s(ld2, NULL, NULL);
        ldap_bind_s(ld2, a->uid, a->password, LDAP_AUTH_SIMPLE); // expect: pi-external-transfer
}

void bind_configured(const char *uri, struct account *a)
{
        LDAP *ld;
        ldap_initialize(&ld, uri);
        ldap_simple_bind_s(ld, a->uid, a->password);            // expect: pi-cleartext-transmission pi-external-transfer
}

void search(LDAP *ld, struct account *a)
{
        char filter[128];
        snprintf(filter, sizeof filter, "(mail=%s)", a->mail);
        LDAPMessage *res;
        ldap_search_ext_s(ld, "dc=example,dc=com", LDAP_SCOPE_SUBTREE, filter, NULL, 0, NULL, NULL, NULL, 0, &res); // expect: pi-cleartext-transmission "email"
        ldap_search_ext_s(ld, a->realm, LDAP_SCOPE_SUBTREE, "(objectClass=*)", NULL, 0, NULL, NULL, NULL, 0, &res);
}

/* A connection kept in a record and used where nothing says which one it
 * is (the record arrives through a callback's `void *`): the field was
 * given ldap_initialize(&d->ld, ...) with a URI chosen at run time, so a
 * bind through d->ld may be either (engine_handles.c follows the address
 * of the field, as postfix's dict_ldap does). */
struct dict {
        LDAP *ld;
};

void dict_open(struct dict *d, const char *uri)
{
        ldap_initialize(&d->ld, uri);
}

void dict_bind(void *arg, struct account *a)
{
        struct dict *d = arg;
        ldap_simple_bind_s(d->ld, a->uid, a->password);         // expect: pi-cleartext-transmission pi-external-transfer
}
