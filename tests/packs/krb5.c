/* rules/krb5.json: MIT Kerberos. A principal made from a user's name
 * holds it, and so does the name unparsed from it; getting a ticket with
 * a password sends neither, and the call is known. */
#include <krb5.h>
#include <stdio.h>

#include <pitrace.h>

void login(krb5_context ctx, const char *user PI(name), char *password PI(credential))
{
        krb5_principal who;
        if (krb5_parse_name(ctx, user, &who))
                return;
        char *full = NULL;
        krb5_unparse_name(ctx, who, &full);
        fprintf(stderr, "logging in %s\n", full);                       // expect: pi-logging "name"
        krb5_free_unparsed_name(ctx, full);
        krb5_creds creds;
        krb5_get_init_creds_password(ctx, &creds, who, password, NULL, NULL, 0, NULL, NULL);
        krb5_free_principal(ctx, who);
}

void service(krb5_context ctx, const char *host)
{
        krb5_principal svc;
        krb5_sname_to_principal(ctx, host, "radius", KRB5_NT_SRV_HST, &svc);
        char *name = NULL;
        krb5_unparse_name(ctx, svc, &name);
        fprintf(stderr, "service %s\n", name);
        krb5_free_unparsed_name(ctx, name);
        krb5_free_principal(ctx, svc);
}
