/* rules/libc.json: stdio, POSIX I/O and sockets, string functions.
 * Sinks by the kind of their stream or descriptor (stdout/stderr and .log
 * files are logs, other files storage, sockets network), propagators
 * (strcpy, sprintf, strdup, strtok, atoi...), cleaners (memset, bzero). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <search.h>
#include <string.h>
#include <ctype.h>
#include <err.h>
#include <error.h>
#include <wchar.h>
#include <wctype.h>
#include <time.h>
#include <math.h>
#include <sys/stat.h>
#include <crypt.h>
#include <grp.h>
#include <pwd.h>
#include <arpa/inet.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <locale.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <net/if.h>
#include <utmp.h>
#include <netinet/in.h>
#include <arpa/nameser.h>
#include <resolv.h>

#include <pitrace.h>

struct person {
        char id[19] PI(id_number);
        char tel[16] PI(phone);
        char nickname[32]; /* not PI */
        int visits;        /* not PI */
};

char *mask_id(const char *s) PI_SANITIZER(mask);
char *seal(const char *s) PI_SANITIZER(encrypt);

/* ---- log sinks: stdout, stderr, perror, .log files ---- */

void log_sinks(struct person *p)
{
        printf("id=%s\n", p->id);                       // expect: pi-logging "id_number"
        puts(p->tel);                                   // expect: pi-logging "phone"
        putchar(p->id[0]);                              // expect: pi-logging
        perror(p->id);                                  // expect: pi-logging
        fprintf(stderr, "tel=%s\n", p->tel);            // expect: pi-logging
        fprintf(stdout, "id=%s\n", p->id);              // expect: pi-logging
        fputs(p->id, stderr);                           // expect: pi-logging
        fputc(p->id[1], stdout);                        // expect: pi-logging
        putc(p->tel[0], stderr);                        // expect: pi-logging
        fwrite(p->id, 1, sizeof p->id, stdout);         // expect: pi-logging
        dprintf(2, "id=%s\n", p->id);                   // expect: pi-logging
        write(1, p->tel, strlen(p->tel));               // expect: pi-logging
        FILE *lf = fopen("/var/log/app/audit", "a");
        fprintf(lf, "id=%s\n", p->id);                  // expect: pi-logging
        FILE *lf2 = fopen("service.log", "a");
        fputs(p->tel, lf2);                             // expect: pi-logging
        int lfd = open("/var/log/app.txt", O_WRONLY);
        dprintf(lfd, "%s", p->id);                      // expect: pi-logging
}

void log_vsinks(struct person *p, const char *fmt, va_list ap)
{
        vprintf(p->id, ap);                             // expect: pi-logging
        vfprintf(stderr, p->tel, ap);                   // expect: pi-logging
        vdprintf(2, p->id, ap);                         // expect: pi-logging
}

/* ---- storage sinks: files opened by the program, of unknown origin ---- */

void storage_sinks(struct person *p, FILE *unknown, int ufd)
{
        FILE *f = fopen("/data/people.txt", "w");
        fprintf(f, "%s\n", p->id);                      // expect: pi-unencrypted-storage "id_number"
        fputs(p->tel, f);                               // expect: pi-unencrypted-storage
        fputs_unlocked(p->tel, f);                      // expect: pi-unencrypted-storage
        fputc(p->id[0], f);                             // expect: pi-unencrypted-storage
        putc(p->id[0], f);                              // expect: pi-unencrypted-storage
        fwrite(p->id, 1, sizeof p->id, f);              // expect: pi-unencrypted-storage
        fwrite_unlocked(p->id, 1, sizeof p->id, f);     // expect: pi-unencrypted-storage
        fprintf(unknown, "%s", p->tel);                 // expect: pi-unencrypted-storage
        FILE *f64 = fopen64("/data/x", "w");
        fputs(p->id, f64);                              // expect: pi-unencrypted-storage
        FILE *t = tmpfile();
        fputs(p->id, t);                                // expect: pi-unencrypted-storage
        FILE *fd_stream = fdopen(ufd, "w");
        fputs(p->id, fd_stream);                        // expect: pi-unencrypted-storage

        int fd = open("/data/people.bin", O_WRONLY | O_CREAT, 0600);
        write(fd, p->id, sizeof p->id);                 // expect: pi-unencrypted-storage
        pwrite(fd, p->tel, sizeof p->tel, 0);           // expect: pi-unencrypted-storage
        dprintf(fd, "%s", p->id);                       // expect: pi-unencrypted-storage
        int fd2 = creat("/data/out", 0600);
        write(fd2, p->id, 18);                          // expect: pi-unencrypted-storage
        int fd3 = openat(AT_FDCWD, "/data/y", O_WRONLY);
        write(fd3, p->tel, 11);                         // expect: pi-unencrypted-storage
        int fd4 = open64("/data/z", O_WRONLY);
        write(fd4, p->tel, 11);                         // expect: pi-unencrypted-storage
        char tmpl[] = "/tmp/pXXXXXX";
        int fd5 = mkstemp(tmpl);
        write(fd5, p->id, 18);                          // expect: pi-unencrypted-storage
        write(ufd, p->id, 18);                          // expect: pi-unencrypted-storage
        struct iovec iov = { p->id, sizeof p->id };
        writev(fd, &iov, 1);                            // expect: pi-unencrypted-storage
}

/* freopen() re-points a standard stream at a file: stdout is storage after it */
void freopen_stream(struct person *p)
{
        FILE *f = freopen("/data/redirected.txt", "w", stdout);
        fputs(p->id, f);                                // expect: pi-unencrypted-storage
}

/* the whole object goes out with fwrite(&obj) and write(fd, &obj) */
void object_writes(struct person *p)
{
        FILE *f = fopen("/data/people.db", "wb");
        fwrite(p, sizeof *p, 1, f);                     // expect: pi-unencrypted-storage "id_number"
        struct person copy = *p;
        int fd = open("/data/people.raw", O_WRONLY);
        write(fd, &copy, sizeof copy);                  // expect: pi-unencrypted-storage
}

/* ---- network sinks: socket, accept ---- */

void network_sinks(struct person *p, int listener)
{
        int s = socket(AF_INET, SOCK_STREAM, 0);
        send(s, p->id, sizeof p->id, 0);                // expect: pi-cleartext-transmission "id_number"
        sendto(s, p->tel, sizeof p->tel, 0, NULL, 0);   // expect: pi-cleartext-transmission
        write(s, p->id, sizeof p->id);                  // expect: pi-cleartext-transmission
        dprintf(s, "%s", p->tel);                       // expect: pi-cleartext-transmission
        int c = accept(listener, NULL, NULL);
        send(c, p, sizeof *p, 0);                       // expect: pi-cleartext-transmission
        int c4 = accept4(listener, NULL, NULL, 0);
        write(c4, p->id, 18);                           // expect: pi-cleartext-transmission
        struct iovec iov = { p->id, sizeof p->id };
        struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
        sendmsg(s, &msg, 0);                            // expect: pi-cleartext-transmission
}

/* ---- propagators: PI through string functions, then to a sink ---- */

/* BSD's bounded copies: glibc has them from 2.38, libbsd before */
size_t strlcpy(char *dst, const char *src, size_t size);
size_t strlcat(char *dst, const char *src, size_t size);

void bounded(struct person *p)
{
        char a[64], b[64];
        strlcpy(a, p->id, sizeof a);
        puts(a);                                        // expect: pi-logging
        strlcpy(b, "id: ", sizeof b);
        strlcat(b, p->tel, sizeof b);
        puts(b);                                        // expect: pi-logging
        strlcpy(a, "none", sizeof a);                   /* overwritten with non-PI */
        puts(a);
        printf("%zu\n", strlcpy(b, p->id, sizeof b));  /* a length */
}

void propagators(struct person *p)
{
        char a[64], b[64], c[64], d[64], e[128], g[64], h[64];
        strcpy(a, p->id);
        puts(a);                                        // expect: pi-logging
        strncpy(b, p->tel, sizeof b);
        puts(b);                                        // expect: pi-logging
        stpcpy(c, p->id);
        puts(c);                                        // expect: pi-logging
        strcpy(d, "id: ");
        strcat(d, p->id);
        puts(d);                                        // expect: pi-logging
        char d2[64];
        strcpy(d2, p->id);
        strcat(d2, " (checked)");                       /* appending keeps the PI */
        puts(d2);                                       // expect: pi-logging
        memcpy(g, p->tel, 16);
        puts(g);                                        // expect: pi-logging
        memmove(h, p->id, 19);
        puts(h);                                        // expect: pi-logging
        snprintf(e, sizeof e, "%s/%s", p->nickname, p->id);
        puts(e);                                        // expect: pi-logging
        char s1[64];
        sprintf(s1, "%s", p->tel);
        puts(s1);                                       // expect: pi-logging
        char *dup = strdup(p->id);
        puts(dup);                                      // expect: pi-logging
        char *ndup = strndup(p->tel, 4);
        puts(ndup);                                     // expect: pi-logging
        char *out = NULL;
        asprintf(&out, "id=%s", p->id);
        puts(out);                                      // expect: pi-logging
        char *tail = strchr(p->id, '1');
        puts(tail);                                     // expect: pi-logging
        char *last = strrchr(p->tel, '3');
        puts(last);                                     // expect: pi-logging
        char *sub = strstr(p->id, "19");
        puts(sub);                                      // expect: pi-logging
        char *tok = strtok(dup, "-");
        puts(tok);                                      // expect: pi-logging
        long n = strtol(p->tel, NULL, 10);
        printf("%ld\n", n);                             // expect: pi-logging
        int k = atoi(p->id);
        printf("%d\n", k);                              // expect: pi-logging
        double x = atof(p->tel);
        printf("%f\n", x);                              // expect: pi-logging
        double y = strtod(p->tel, NULL);
        printf("%f\n", y);                              // expect: pi-logging
        char key[64];
        strxfrm(key, p->id, sizeof key);
        puts(key);                                      // expect: pi-logging
        char *ret = strcpy(a, p->tel);                  /* the return value is argument 0 */
        puts(ret);                                      // expect: pi-logging
}

/* The compiler's byte swaps keep the value (an ID number stored in
 * network order is the ID number); its tests of a float are a yes or a
 * no, and no blind spot either */
void builtins(struct person *p, double reading)
{
        unsigned long long id = strtoull(p->id, NULL, 10);
        printf("%llx\n", (unsigned long long)__builtin_bswap64(id)); // expect: pi-logging
        printf("%x\n", __builtin_bswap32((unsigned)id));            // expect: pi-logging
        printf("%x\n", __builtin_bswap16((unsigned short)id));      // expect: pi-logging
        printf("%d %d\n", __builtin_isnan(reading), __builtin_isinf(reading + (double)id));
}

/* va_list forms */
void propagate_v(struct person *p, va_list ap)
{
        char buf[64];
        vsnprintf(buf, sizeof buf, p->id, ap);
        puts(buf);                                      // expect: pi-logging
}

/* character and wide-character conversions keep PI */
void conversions(struct person *p, FILE *f)
{
        char low[19];
        for (int i = 0; i < 18; i++)
                low[i] = (char)tolower((unsigned char)p->id[i]);
        low[18] = 0;
        puts(low);                                      // expect: pi-logging
        putchar(toupper(p->tel[0]));                    // expect: pi-logging
        wchar_t w[32];
        mbstowcs(w, p->id, 32);
        fputws(w, f);                                   // expect: pi-unencrypted-storage
        char back[64];
        wcstombs(back, w, sizeof back);
        puts(back);                                     // expect: pi-logging
        char mb[8];
        wctomb(mb, w[0]);
        puts(mb);                                       // expect: pi-logging
        wchar_t wl = towlower((wint_t)w[1]);
        putwc(wl, f);                                   // expect: pi-unencrypted-storage
        char *rest = p->tel, *field = strsep(&rest, "-");
        puts(field);                                    // expect: pi-logging
        char cc[64];
        memccpy(cc, p->id, 0, sizeof cc);
        puts(cc);                                       // expect: pi-logging
        /* a number in another byte order is the same number */
        uint32_t wire = htonl((uint32_t)p->tel[0]);
        printf("%u\n", (unsigned)ntohl(wire));           // expect: pi-logging
}

/* err(3), warn(3) and error(3) print to stderr */
void diagnostics(struct person *p, int fatal)
{
        warnx("bad id %s", p->id);                      // expect: pi-logging
        warn("tel %s", p->tel);                         // expect: pi-logging
        error(0, 0, "id %s", p->id);                    // expect: pi-logging
        if (fatal)
                errx(1, "id %s", p->id);                // expect: pi-logging
}

/* a line read from a file replaces what the buffer held */
void reads(struct person *p, FILE *in)
{
        char *line = strdup(p->id);
        size_t n = 0;
        getline(&line, &n, in);
        puts(line);
}

/* ---- sanitizers: protected data is no finding for the rules it covers ---- */

void sanitized(struct person *p)
{
        printf("id=%s\n", mask_id(p->id));             /* masked: fine in a log */
        char *m = mask_id(p->tel);
        puts(m);
        FILE *f = fopen("/data/people.txt", "w");
        fputs(seal(p->id), f);                          /* encrypted: fine in storage */
        fputs(m, f);                                    // expect: pi-unencrypted-storage
        int s = socket(AF_INET, SOCK_STREAM, 0);
        char *enc = seal(p->tel);
        send(s, enc, strlen(enc), 0);
}

/* ---- cleaners: memset/bzero overwrite PI with non-PI ---- */

void cleaners(struct person *p)
{
        char a[64], b[64], c[64];
        strcpy(a, p->id);
        memset(a, 0, sizeof a);
        puts(a);
        strcpy(b, p->tel);
        bzero(b, sizeof b);
        puts(b);
        strcpy(c, p->id);
        explicit_bzero(c, sizeof c);
        puts(c);
}

/* ---- negatives: non-PI data, lengths and comparisons of PI ---- */

void negatives(struct person *p, const char *other)
{
        printf("nick=%s visits=%d\n", p->nickname, p->visits);
        puts(p->nickname);
        printf("len=%zu\n", strlen(p->id));
        printf("same=%d\n", strcmp(p->id, other) == 0);
        printf("has=%d\n", p->tel[0] != 0);
        FILE *f = fopen("/data/people.txt", "w");
        fprintf(f, "%d\n", p->visits);
        fwrite(p->nickname, 1, sizeof p->nickname, f);
        int s = socket(AF_INET, SOCK_STREAM, 0);
        send(s, other, strlen(other), 0);
        char buf[64];
        strcpy(buf, p->id);
        strcpy(buf, "nobody");                          /* overwritten with non-PI */
        puts(buf);
}

/* base64 is an encoding: what b64_ntop (a macro for __b64_ntop) writes
 * still carries the PI it encoded, as for an AUTH PLAIN line */
void encoded(struct person *p)
{
        char out[128];
        b64_ntop((const unsigned char *)p->id, strlen(p->id), out, sizeof out);
        puts(out);                                      // expect: pi-logging "id_number"
}

/* realloc keeps the block's contents; sscanf's fields come from the text;
 * qsort reorders in place; a command line, another program's arguments
 * and the environment are no sink (and no blind spot either: no problem
 * names them, which the run's exit and this file's expectations check) */
void grown_and_scanned(struct person *p, const char *line)
{
        char *buf = malloc(32);
        if (!buf)
                return;
        strcpy(buf, p->id);
        char *big = realloc(buf, 64);
        if (!big) {
                free(buf);
                return;
        }
        puts(big);                                      // expect: pi-logging "id_number"
        char area[8], rest[16];
        if (sscanf(p->tel, "%7[0-9]-%15s", area, rest) == 2)
                puts(rest);                             // expect: pi-logging "phone"
        int n = 0;
        if (sscanf(line, "%d", &n) == 1)
                printf("%d\n", n);
        qsort(big, strlen(big), 1, (int (*)(const void *, const void *))strcmp);
        setenv("PERSON", p->id, 1);
        char cmd[64];
        snprintf(cmd, sizeof cmd, "notify %s", p->tel);
        system(cmd);
        execl("/bin/true", "true", p->id, (char *)NULL);
        free(big);
}

/* crypt(3) returns a one-way hash of the key: logging the hash is no
 * leak; a user looked up, a group set or a file removed by name sends the
 * name nowhere (and no problem names those calls as blind spots) */
void accounts(struct person *p, const char *path)
{
        printf("%s\n", crypt(p->id, "$6$salt$"));
        struct passwd *pw = getpwnam(p->tel);
        if (pw)
                initgroups(p->tel, pw->pw_gid);
        unlink(p->id);
        rename(path, p->tel);
}

/* A process id, a locale's or a command's name, a power of a number, a
 * file read at an offset: none of these calls writes its arguments to a
 * sink, and no problem names them as blind spots */
void no_sinks(struct person *p, int fd, pid_t pid, FILE *log)
{
        kill(pid, atoi(p->id) % 32);
        locale_t loc = newlocale(LC_ALL_MASK, p->tel, (locale_t)0);
        (void)loc;
        printf("%f\n", pow(2.0, 3.0));
        char buf[16];
        if (pread(fd, buf, sizeof buf, 0) > 0)
                fputs(buf, log);
        posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        fd_set r;
        FD_ZERO(&r);
        select(fd + 1, &r, NULL, NULL, NULL);
        struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
        int ep = epoll_create1(0);
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
        epoll_wait(ep, &ev, 1, atoi(p->id));
        char *copy = malloc((size_t)atoi(p->id));
        free(copy);
        int pending = 0;
        ioctl(fd, FIONREAD, &pending, p->tel);
        char ifname[IF_NAMESIZE];
        if_indextoname((unsigned)atoi(p->id), ifname);
        char home[64];
        snprintf(home, sizeof home, "/home/%s", p->tel);
        mkdir(home, 0700);
        chown(home, 1000, 1000);
        chmod(home, 0700);
        rmdir(home);
        char cmd[64];
        snprintf(cmd, sizeof cmd, "notify %s", p->tel);
        FILE *pipe = popen(cmd, "r");
        if (pipe)
                pclose(pipe);
}

/* The passwd database's GECOS field is the user's real name
 * (libc.passwd.gecos); the login name and the numeric ids are not PI. */
void whoami(FILE *queue)
{
        struct passwd *me = getpwuid(getuid());
        fprintf(queue, "From: %s\n", me->pw_gecos);    // expect: pi-unencrypted-storage "name"
        fprintf(queue, "User: %s %d\n", me->pw_name, (int)me->pw_uid);
}

/* pututline and updwtmp write a login record, its remote host among
 * its fields, to the utmp and wtmp files (libc.pututline, libc.updwtmp) */
void record_login(struct person *p)
{
        struct utmp ut;
        memset(&ut, 0, sizeof ut);
        strncpy(ut.ut_host, p->tel, sizeof ut.ut_host);
        pututline(&ut);                                 // expect: pi-unencrypted-storage "phone"
        updwtmp("/var/log/wtmp", &ut);                  // expect: pi-unencrypted-storage "phone"
}

/* getpass(3) returns the password the user just typed (libc.getpass):
 * sudo's and shadow's prompts, whatever the variable is called */
void ask_password(void)
{
        char *typed = getpass("Password: ");
        fprintf(stderr, "typed %s\n", typed);       // expect: pi-logging "credential"
}

/* strftime formats a broken-down time into text: a birth date's text is
 * the birth date (libc.strftime) */
struct patient {
        struct tm birth PI(birthdate);
};

void birthday(const struct patient *pt)
{
        char day[32];
        strftime(day, sizeof day, "%Y-%m-%d", &pt->birth);
        fprintf(stderr, "born %s\n", day);                   // expect: pi-logging "birthdate"
}

/* A rounded coordinate is still where a person is (libc.floor) */
struct fix {
        double lat PI(location);
};

void rounded(const struct fix *f)
{
        printf("%.0f\n", floor(f->lat));                     // expect: pi-logging "location"
}

/* Looking a path up, reading a file into a tagged buffer and closing the
 * stream move no PI anywhere, and are no blind spots */
void files(struct person *p)
{
        struct stat st;
        if (stat(p->id, &st) != 0 || access(p->id, R_OK) != 0)
                return;
        FILE *f = fopen(p->id, "r");
        if (!f)
                return;
        if (fread(p->tel, 1, sizeof p->tel, f) == 0)
                p->visits = 0;
        fclose(f);
}

/* An element bsearch or lfind finds is one of the array's (libc.bsearch,
 * libc.lfind): a phone number looked up in a sorted table is still the
 * phone number. Without the models each call is a blind spot, a run
 * problem (PostgreSQL's catalog lookups: 20 calls). */
static int compare_text(const void *a, const void *b)
{
        return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void find_phone(const struct person *p, const char *key)
{
        const char *phones[1] = { p->tel };
        size_t n = 1;
        const char **hit = bsearch(&key, phones, n, sizeof phones[0], compare_text);
        if (hit)
                puts(*hit);                                     // expect: pi-logging "phone"
        const char **seen = lfind(&key, phones, &n, sizeof phones[0], compare_text);
        if (seen)
                puts(*seen);                                    // expect: pi-logging "phone"
}
