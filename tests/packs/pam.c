/* rules/pam.json: Linux-PAM. The user and the password handed to PAM
 * for authentication go to no sink of the program, and the calls are
 * known (a call that handed PI to an unknown function would be a "no
 * body and no model" problem, which fails this test). */
#include <security/pam_appl.h>
#include <stdlib.h>
#include <string.h>

#include <pitrace.h>

static int answer(int n, const struct pam_message **msg, struct pam_response **resp, void *data)
{
        (void)n;
        (void)msg;
        struct pam_response *r = calloc(1, sizeof *r);
        r->resp = strdup(data);
        *resp = r;
        return PAM_SUCCESS;
}

int check_login(const char *username PI(name), char *password PI(credential))
{
        pam_handle_t *h = NULL;
        struct pam_conv conv = { answer, password };
        if (pam_start("login", username, &conv, &h) != PAM_SUCCESS)
                return -1;
        pam_set_item(h, PAM_RUSER, username);
        int rc = pam_authenticate(h, 0);
        if (rc == PAM_SUCCESS)
                rc = pam_acct_mgmt(h, 0);
        pam_end(h, rc);
        return rc;
}
