/* rules/dbm.json: GDBM, LMDB and TDB write what they store, and the keys
 * they store it under, to the database file. */
#include <gdbm.h>
#include <lmdb.h>
#include <string.h>
#include <tdb.h>

#include <pitrace.h>

struct member {
        char phone[16] PI(phone);
        char nick[16];
        int visits;
};

void gdbm_counters(struct member *m)
{
        GDBM_FILE db = gdbm_open("/var/lib/app/counters.db", 0, GDBM_WRCREAT, 0600, NULL);
        datum key = { m->phone, (int)strlen(m->phone) };
        datum value = { (char *)&m->visits, sizeof m->visits };
        gdbm_store(db, key, value, GDBM_REPLACE);                // expect: pi-unencrypted-storage "phone"
        datum nick = { m->nick, (int)strlen(m->nick) };
        gdbm_store(db, nick, value, GDBM_REPLACE);
}

void lmdb_put(MDB_txn *txn, MDB_dbi dbi, struct member *m)
{
        MDB_val key = { strlen(m->nick), m->nick };
        MDB_val data = { sizeof m->phone, m->phone };
        mdb_put(txn, dbi, &key, &data, 0);                       // expect: pi-unencrypted-storage "phone"
        MDB_val visits = { sizeof m->visits, &m->visits };
        mdb_put(txn, dbi, &key, &visits, 0);
}

void tdb_save(struct tdb_context *tdb, struct member *m)
{
        TDB_DATA key = { (unsigned char *)m->phone, strlen(m->phone) };
        TDB_DATA none = { NULL, 0 };
        tdb_store(tdb, key, none, TDB_REPLACE);                  // expect: pi-unencrypted-storage
}

/* Looking a record up, testing for it or removing it writes the key
 * nowhere: no finding, and no blind spot either */
int gdbm_visits(GDBM_FILE db, struct member *m)
{
        datum key = { m->phone, (int)strlen(m->phone) };
        if (!gdbm_exists(db, key))
                return 0;
        datum value = gdbm_fetch(db, key);
        gdbm_delete(db, key);
        return value.dsize;
}

void tdb_forget(struct tdb_context *tdb, struct member *m)
{
        TDB_DATA key = { (unsigned char *)m->phone, strlen(m->phone) };
        if (tdb_exists(tdb, key))
                tdb_delete(tdb, key);
}
