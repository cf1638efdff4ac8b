/* rules/cjson.json: cJSON has no sinks of its own; building a document and
 * printing it copies the values, so PI put in a cJSON tree reaches whatever
 * sink the printed text goes to. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

#include <pitrace.h>

struct user {
        char email_addr[64] PI(email);
        char home_address[128] PI(address);
        double latitude PI(location);
        char theme[16]; /* not PI */
        int score;      /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *mask(const char *s) PI_SANITIZER(mask);

void add_to_object(struct user *u)
{
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "theme", u->theme);
        cJSON_AddStringToObject(o, "email", u->email_addr);
        char *text = cJSON_Print(o);
        puts(text);                                                     // expect: pi-logging "email"
        FILE *f = fopen("/data/users.json", "w");
        fputs(text, f);                                                 // expect: pi-unencrypted-storage
}

/* the Add functions are "mode": "append": adding a non-PI member after a PI
 * one keeps the PI in the object (the engine drops it: known gap) */
void add_after_pi(struct user *u)
{
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "email", u->email_addr);
        cJSON_AddNumberToObject(o, "score", u->score);
        puts(cJSON_Print(o));                                           // expect: pi-logging
        cJSON *arr = cJSON_CreateArray();
        cJSON_AddItemToArray(arr, cJSON_CreateNumber(u->latitude));
        cJSON_AddItemToArray(arr, cJSON_CreateNumber(1.0));
        puts(cJSON_Print(arr));                                         // expect: pi-logging
}

void create_and_add(struct user *u)
{
        cJSON *o = cJSON_CreateObject();
        cJSON *addr = cJSON_CreateString(u->home_address);
        cJSON_AddItemToObject(o, "address", addr);
        char *text = cJSON_PrintUnformatted(o);
        int s = socket(AF_INET, SOCK_STREAM, 0);
        send(s, text, strlen(text), 0);                                 // expect: pi-cleartext-transmission "address"
}

void numbers_and_arrays(struct user *u)
{
        cJSON *arr = cJSON_CreateArray();
        cJSON_AddItemToArray(arr, cJSON_CreateNumber(u->latitude));
        printf("%s\n", cJSON_Print(arr));                               // expect: pi-logging "location"
        cJSON *o = cJSON_CreateObject();
        cJSON_AddNumberToObject(o, "score", u->score);
        cJSON_AddNumberToObject(o, "lat", u->latitude);
        fprintf(stderr, "%s\n", cJSON_PrintUnformatted(o));             // expect: pi-logging
}

void references_and_raw(struct user *u)
{
        cJSON *o = cJSON_CreateObject();
        cJSON_AddItemReferenceToObject(o, "e", cJSON_CreateStringReference(u->email_addr));
        puts(cJSON_Print(o));                                           // expect: pi-logging
        cJSON *r = cJSON_CreateObject();
        cJSON_AddRawToObject(r, "a", u->home_address);
        puts(cJSON_Print(r));                                           // expect: pi-logging
        cJSON *raw = cJSON_CreateRaw(u->email_addr);
        puts(cJSON_Print(raw));                                         // expect: pi-logging
}

void modify(struct user *u)
{
        cJSON *o = cJSON_CreateObject();
        cJSON *s = cJSON_AddStringToObject(o, "k", "placeholder");
        cJSON_SetValuestring(s, u->email_addr);
        puts(cJSON_Print(s));                                           // expect: pi-logging
        cJSON *d = cJSON_Duplicate(s, 1);
        puts(cJSON_Print(d));                                           // expect: pi-logging
        cJSON *p = cJSON_CreateObject();
        cJSON_ReplaceItemInObject(p, "k", cJSON_CreateString(u->home_address));
        puts(cJSON_Print(p));                                           // expect: pi-logging
        char buf[256];
        cJSON_PrintPreallocated(p, buf, sizeof buf, 0);
        puts(buf);                                                      // expect: pi-logging
        const char *list[2] = { u->email_addr, u->theme };
        cJSON *sa = cJSON_CreateStringArray(list, 2);
        puts(cJSON_PrintBuffered(sa, 64, 1));                           // expect: pi-logging
}

void protected_values(struct user *u)
{
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "email", seal(u->email_addr));
        char *text = cJSON_Print(o);
        FILE *f = fopen("/data/users.json", "w");
        fputs(text, f);
        puts(text);
        cJSON *m = cJSON_CreateObject();
        cJSON_AddStringToObject(m, "email", mask(u->email_addr));
        char *mt = cJSON_Print(m);
        puts(mt);
        fputs(mt, f);                                                   // expect: pi-unencrypted-storage
}

/* negatives: non-PI values, and values read back out of a parsed document */
void negatives(struct user *u, const char *json)
{
        cJSON *o = cJSON_CreateObject();
        cJSON_AddStringToObject(o, "theme", u->theme);
        cJSON_AddNumberToObject(o, "score", u->score);
        cJSON_AddNumberToObject(o, "email_len", (double)strlen(u->email_addr));
        puts(cJSON_Print(o));
        cJSON *p = cJSON_Parse(json);
        puts(cJSON_Print(p));
        cJSON_Delete(p);
}
