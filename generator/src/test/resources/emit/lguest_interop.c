/* Reads what Java wrote into the lguest structs, and fills them for Java's getters. */
#include "lguest_launcher.h"

#define CHECK(bit, cond) do { if (!(cond)) bad |= 1u << (bit); } while (0)

unsigned check_desc(const struct lguest_device_desc *d) {
    unsigned bad = 0;
    CHECK(0, d->type == 3);
    CHECK(1, d->num_vq == 2);
    CHECK(2, d->feature_len == 255);
    CHECK(3, d->config_len == 4);
    CHECK(4, d->status == 0x80);
    CHECK(5, d->config[0] == 1 && d->config[1] == 2 && d->config[2] == 254 && d->config[3] == 255);
    return bad;
}

void fill_desc(struct lguest_device_desc *d) {
    d->type = 1;
    d->num_vq = 254;
    d->feature_len = 0;
    d->config_len = 2;
    d->status = 7;
    d->config[0] = 0xAA;
    d->config[1] = 0x55;
}

unsigned check_vqconfig(const struct lguest_vqconfig *v) {
    unsigned bad = 0;
    CHECK(0, v->num == 256);
    CHECK(1, v->irq == 65535);
    CHECK(2, v->pfn == 0xFEDCBA98u);
    return bad;
}

void fill_vqconfig(struct lguest_vqconfig *v) {
    v->num = 65534;
    v->irq = 9;
    v->pfn = 0x80000001u;
}

unsigned request_value(void) {
    return LHREQ_EVENTFD;
}
