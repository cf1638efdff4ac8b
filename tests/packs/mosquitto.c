/* rules/mosquitto.json: MQTT is plain TCP unless mosquitto_tls_set() or
 * mosquitto_tls_psk_set() was called on the client. Topic and payload
 * are sent. */
#include <mosquitto.h>
#include <string.h>

#include <pitrace.h>

struct vehicle {
        char owner_name[32] PI(name);
        double lat PI(location);
        char model[16]; /* not PI */
};

char *seal(const char *s) PI_SANITIZER(encrypt);
char *mask(const char *s) PI_SANITIZER(mask);

void plain(struct vehicle *v)
{
        struct mosquitto *m = mosquitto_new("car", true, NULL);
        mosquitto_connect(m, "broker.example.com", 1883, 60);
        mosquitto_publish(m, NULL, "car/owner", (int)strlen(v->owner_name), v->owner_name, 0, false); // expect: pi-cleartext-transmission "name"
        mosquitto_publish(m, NULL, "car/pos", sizeof v->lat, &v->lat, 0, false); // expect: pi-cleartext-transmission "location"
        char topic[64];
        strcpy(topic, v->owner_name);
        mosquitto_publish(m, NULL, topic, 0, NULL, 0, false);           // expect: pi-cleartext-transmission
        mosquitto_publish_v5(m, NULL, "car/o", 32, v->owner_name, 0, false, NULL); // expect: pi-cleartext-transmission
        mosquitto_will_set(m, "car/will", 32, v->owner_name, 0, false); // expect: pi-cleartext-transmission
        mosquitto_publish(m, NULL, "car/v", sizeof *v, v, 0, false);    // expect: pi-cleartext-transmission
}

void with_tls(struct vehicle *v)
{
        struct mosquitto *m = mosquitto_new("car", true, NULL);
        mosquitto_tls_set(m, "/etc/ca.pem", NULL, NULL, NULL, NULL);
        mosquitto_connect(m, "broker.example.com", 8883, 60);
        mosquitto_publish(m, NULL, "car/owner", 32, v->owner_name, 1, false); // expect: pi-external-transfer "name"
        mosquitto_publish(m, NULL, "car/model", 16, v->model, 1, false);
}

void with_psk(struct vehicle *v)
{
        struct mosquitto *m = mosquitto_new("car", true, NULL);
        mosquitto_tls_psk_set(m, "deadbeef", "car", NULL);
        mosquitto_publish(m, NULL, "car/pos", sizeof v->lat, &v->lat, 1, false); // expect: pi-external-transfer
}

/* a client passed in: no tls_set seen, plain by default */
void passed_client(struct mosquitto *m, struct vehicle *v)
{
        mosquitto_publish(m, NULL, "car/owner", 32, v->owner_name, 0, false); // expect: pi-cleartext-transmission
}

void protected_values(struct vehicle *v)
{
        struct mosquitto *m = mosquitto_new("car", true, NULL);
        char *e = seal(v->owner_name);
        mosquitto_publish(m, NULL, "car/owner", (int)strlen(e), e, 0, false);
        mosquitto_publish(m, NULL, "car/owner", 8, mask(v->owner_name), 0, false); // expect: pi-cleartext-transmission
        struct mosquitto *t = mosquitto_new("car", true, NULL);
        mosquitto_tls_set(t, "/etc/ca.pem", NULL, NULL, NULL, NULL);
        mosquitto_publish(t, NULL, "car/owner", 8, mask(v->owner_name), 0, false);
}

/* negatives: the client id, host and non-PI payloads are not PI */
void negatives(struct vehicle *v)
{
        struct mosquitto *m = mosquitto_new(v->model, true, v->owner_name);
        mosquitto_publish(m, NULL, "car/model", 16, v->model, 0, false);
        int len = (int)strlen(v->owner_name);
        mosquitto_publish(m, NULL, "car/len", sizeof len, &len, 0, false);
        mosquitto_subscribe(m, NULL, "car/#", 0);
}
