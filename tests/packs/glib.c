/* rules/glib.json: GLib logging (g_message and friends are macros over g_log;
 * the finding stands where the macro is used), g_print, g_fprintf,
 * g_file_set_contents; string functions and GString carry PI; checksums and
 * HMACs hash; base64 is only an encoding.
 * The include paths are those of `pkg-config --cflags glib-2.0` on Debian
 * (x86_64); the runner's compiler-args directive passes them. */
// compiler-args: -I/usr/include/glib-2.0 -I/usr/lib/x86_64-linux-gnu/glib-2.0/include
#include <glib.h>
#include <glib/gprintf.h>
#include <stdarg.h>
#include <stdio.h>

#include <pitrace.h>

struct citizen {
        gchar resident_id[19] PI(id_number);
        gchar mail[64] PI(email);
        gchar street[64] PI(address);
        gchar locale[8]; /* not PI */
        gint age_group;  /* not PI */
};

gchar *mask(const gchar *s) PI_SANITIZER(mask);
gchar *seal(const gchar *s) PI_SANITIZER(encrypt);

void log_macros(struct citizen *c)
{
        g_message("id=%s", c->resident_id);                            // expect: pi-logging "id_number"
        g_warning("mail=%s", c->mail);                                  // expect: pi-logging "email"
        g_critical("%s", c->street);                                    // expect: pi-logging "address"
        g_info("%s", c->mail);                                          // expect: pi-logging
        g_debug("%s", c->resident_id);                                  // expect: pi-logging
        g_log("app", G_LOG_LEVEL_MESSAGE, "id=%s", c->resident_id);     // expect: pi-logging
}

/* a call over several lines is reported at its first line */
void log_multiline(struct citizen *c)
{
        g_log(G_LOG_DOMAIN, G_LOG_LEVEL_INFO,                           // expect: pi-logging
              "mail=%s", c->mail);
}

void log_error_macro(struct citizen *c)
{
        if (c->age_group < 0)
                g_error("bad record %s", c->resident_id);               // expect: pi-logging
}

void log_v(struct citizen *c, va_list ap)
{
        g_logv("app", G_LOG_LEVEL_INFO, c->mail, ap);                   // expect: pi-logging
}

void structured(struct citizen *c)
{
        g_log_structured("app", G_LOG_LEVEL_INFO, "MESSAGE", "id=%s", c->resident_id); // expect: pi-logging
}

void printing(struct citizen *c)
{
        g_print("%s\n", c->street);                                     // expect: pi-logging
        g_printerr("%s\n", c->mail);                                    // expect: pi-logging
        g_printf("%s\n", c->resident_id);                               // expect: pi-logging
        g_fprintf(stderr, "%s\n", c->mail);                             // expect: pi-logging
        FILE *f = fopen("/data/citizens.txt", "w");
        g_fprintf(f, "%s\n", c->resident_id);                           // expect: pi-unencrypted-storage
}

void files(struct citizen *c)
{
        GError *err = NULL;
        g_file_set_contents("/data/c.txt", c->resident_id, -1, &err);   // expect: pi-unencrypted-storage "id_number"
        g_file_set_contents_full("/data/c2.txt", c->mail, -1,           // expect: pi-unencrypted-storage
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &err);
        g_file_set_contents("/data/c3.txt", (const gchar *)c, sizeof *c, &err); // expect: pi-unencrypted-storage
}

/* propagators */
void strings(struct citizen *c)
{
        gchar *a = g_strdup(c->resident_id);
        g_message("%s", a);                                             // expect: pi-logging
        gchar *b = g_strdup_printf("mail <%s>", c->mail);
        g_print("%s", b);                                               // expect: pi-logging
        gchar *j = g_strconcat("addr: ", c->street, NULL);
        g_print("%s", j);                                               // expect: pi-logging
        gchar *k = g_strjoin(",", c->locale, c->mail, NULL);
        g_print("%s", k);                                               // expect: pi-logging
        gchar buf[64];
        g_strlcpy(buf, c->resident_id, sizeof buf);
        g_print("%s", buf);                                             // expect: pi-logging
        gchar buf2[64];
        g_snprintf(buf2, sizeof buf2, "%s", c->mail);
        g_print("%s", buf2);                                            // expect: pi-logging
        gchar *n = g_strndup(c->street, 10);
        g_print("%s", n);                                               // expect: pi-logging
}

void gstring(struct citizen *c)
{
        GString *s = g_string_new("citizen ");
        g_string_append(s, c->resident_id);
        g_print("%s", s->str);                                          // expect: pi-logging
        /* "mode": "append": a later append of a constant keeps the PI */
        g_string_append(s, " end");
        g_print("%s", s->str);                                          // expect: pi-logging
        GString *t = g_string_new(NULL);
        g_string_append_printf(t, "mail=%s", c->mail);
        gchar *out = g_string_free(t, FALSE);
        g_print("%s", out);                                             // expect: pi-logging
        GString *u = g_string_new(c->street);
        g_print("%s", u->str);                                          // expect: pi-logging
        GString *v = g_string_new("x");
        g_string_printf(v, "%s", c->mail);
        g_print("%s", v->str);                                          // expect: pi-logging
}

/* checksums and HMACs hash: fine in a log, not in storage */
void checksums(struct citizen *c)
{
        gchar *h = g_compute_checksum_for_string(G_CHECKSUM_SHA256, c->resident_id, -1);
        g_message("id hash %s", h);
        GError *err = NULL;
        g_file_set_contents("/data/h.txt", h, -1, &err);               // expect: pi-unencrypted-storage
        GChecksum *ck = g_checksum_new(G_CHECKSUM_SHA256);
        g_checksum_update(ck, (const guchar *)c->mail, -1);
        g_message("mail hash %s", g_checksum_get_string(ck));
        gchar *m = g_compute_hmac_for_string(G_CHECKSUM_SHA256, (const guchar *)"k", 1, c->street, -1);
        g_print("%s", m);
}

/* base64 is not protection */
void base64(struct citizen *c)
{
        gchar *b = g_base64_encode((const guchar *)c->resident_id, 18);
        g_message("%s", b);                                             // expect: pi-logging
}

/* user sanitizers */
void protected_values(struct citizen *c)
{
        g_message("id=%s", mask(c->resident_id));
        GError *err = NULL;
        g_file_set_contents("/data/e.txt", seal(c->mail), -1, &err);
        g_file_set_contents("/data/m.txt", mask(c->mail), -1, &err);    // expect: pi-unencrypted-storage
}

/* negatives */
void negatives(struct citizen *c)
{
        g_message("locale=%s group=%d", c->locale, c->age_group);
        g_print("id length %zu\n", strlen(c->resident_id));
        g_warning("same=%d", g_strcmp0(c->mail, "x") == 0);
        gchar *d = g_strdup(c->locale);
        g_print("%s", d);
        GString *s = g_string_new(c->locale);
        g_print("%s", s->str);
}
