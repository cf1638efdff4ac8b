/* renewal.h - yearly re-certification. */
#ifndef CERTPLATFORM_RENEWAL_H
#define CERTPLATFORM_RENEWAL_H

#define RENEWAL_NOTICE_DAYS 30
#define REUSE_DIR "/srv/certplatform/shared/reuse"

/* re-certify application ref with the documents uploaded to spool_dir */
int renewal_process(const char *ref, const char *spool_dir);
/* let a shop of the same company start from another shop's certified documents */
int reuse_materials(const char *from_ref, const char *to_ref);
/* text every merchant whose certificate expires within RENEWAL_NOTICE_DAYS */
int remind_expiring(void);

#endif
