/* Reads what Java wrote through the generated setters, and fills structs for Java's getters. */
#include <string.h>
#include "demo.h"

#define CHECK(bit, cond) do { if (!(cond)) bad |= 1u << (bit); } while (0)

unsigned check_demo(const struct demo *d) {
    unsigned bad = 0;
    CHECK(0, d->a == 5);
    CHECK(1, d->b == -7);
    CHECK(2, d->c == 0xABCDE);
    CHECK(3, d->kind == 200);
    CHECK(4, d->s == -1234);
    CHECK(5, d->i == 0x11223344);
    CHECK(6, d->col == GREEN);
    CHECK(7, d->big == -5000000000LL);
    CHECK(8, d->le == 0xBEEF); /* a host (little-endian) read of a __le16 */
    CHECK(9, d->be == __builtin_bswap32(0xCAFEBABEu));
    CHECK(10, d->vq[0].num == 1 && d->vq[0].irq == 2 && d->vq[0].pfn == 3);
    CHECK(11, d->vq[1].num == 65535 && d->vq[1].irq == 0 && d->vq[1].pfn == 0xFFFFFFFFu);
    CHECK(12, memcmp(d->name, "jbg", 4) == 0);
    CHECK(13, d->u64 == 0xFFFFFFFFFFFFFFFEull);
    CHECK(14, d->flex[0] == 7 && d->flex[1] == -8 && d->flex[2] == 9);
    return bad;
}

void fill_demo(struct demo *d) {
    memset(d, 0, sizeof *d);
    d->a = 6;
    d->b = -16;
    d->c = 0xFFFFF;
    d->kind = 255;
    d->s = -32768;
    d->f = 1.5f;
    d->col = BLUE;
    d->big = 0x7FFFFFFFFFFFFFFFLL;
    d->le = 0x1234;
    d->be = __builtin_bswap32(0x01020304u);
    d->vq[1].num = 40000;
    d->vq[1].irq = 7;
    d->vq[1].pfn = 0x80000000u;
    memcpy(d->name, "abc", 4);
    d->u64 = 0x8000000000000001ull;
    d->flex[0] = -1;
    d->flex[1] = 2147483647;
}

unsigned check_pk(const struct pk *p) {
    unsigned bad = 0;
    CHECK(0, p->c == -3);
    CHECK(1, p->i == -123456789);
    CHECK(2, p->v.num == 513 && p->v.irq == 1027 && p->v.pfn == 0xDEADBEEFu);
    return bad;
}

void fill_pk(struct pk *p) {
    p->c = 'x';
    p->i = 0x01020304;
    p->v.num = 0xFFFF;
    p->v.irq = 1;
    p->v.pfn = 0x10000;
}

unsigned check_t3(const struct t3 *t) {
    unsigned bad = 0;
    CHECK(0, t->a == 2);
    CHECK(1, t->b == 0xABCDE);
    return bad;
}

void fill_t3(struct t3 *t) {
    t->a = 1;
    t->b = 0xFFFFF;
}
