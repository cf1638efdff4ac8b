/* Access paths: fields through . and ->, nested fields, array elements,
 * dereference and address-of, and their combinations. */
struct owner {
        char id_number[19];
        int age;
};
struct app {
        struct owner owner;
        struct owner *backup;
        char phone[16];
};

struct app g_app;
struct app g_apps[4];

void paths(struct app *app, struct app apps[], int i, char *p, struct app **pp)
{
        char a = app->owner.id_number[0];
        char b = apps[i].phone[1];
        char c = *p;
        char *d = &a;
        int e = app->backup->age;
        int f = (*pp)->owner.age;
        char h = pp[i]->phone[i + 1];
        struct owner *o = &app->owner;
        char *q = &apps[2].phone[3];
        int k = g_app.owner.age + g_apps[i].backup->age;
        char m = (*app).phone[0];
        int n = (&app->owner)->age;
        char r = *(p + 1);
        char s = 2[p];
}
