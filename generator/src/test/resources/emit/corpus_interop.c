/* Checks what Java wrote into system-header structs, and fills them for Java to read. */
#include <linux/if_ether.h>
#include <linux/ip.h>
#include <linux/tcp.h>
#include <linux/virtio_ring.h>
#include <linux/virtio_net.h>
#include <linux/kvm.h>

#define CHECK(bit, cond) do { if (!(cond)) bad |= 1u << (bit); } while (0)
#define BE16(x) __builtin_bswap16(x)
#define BE32(x) __builtin_bswap32(x)

unsigned check_iphdr(const struct iphdr *h) {
    unsigned bad = 0;
    CHECK(0, h->ihl == 5);
    CHECK(1, h->version == 4);
    CHECK(2, h->tos == 0x10);
    CHECK(3, h->tot_len == BE16(1500));
    CHECK(4, h->id == BE16(0xBEEF));
    CHECK(5, h->frag_off == BE16(0x4000));
    CHECK(6, h->ttl == 64 && h->protocol == 6);
    CHECK(7, h->check == 0x1234);
    CHECK(8, h->saddr == BE32(0xC0A80001u) && h->daddr == BE32(0x0A000002u));
    return bad;
}

void fill_iphdr(struct iphdr *h) {
    h->ihl = 15;
    h->version = 6;
    h->tos = 0xFF;
    h->tot_len = BE16(40000);
    h->id = BE16(1);
    h->frag_off = BE16(0x1FFF);
    h->ttl = 1;
    h->protocol = 17;
    h->check = 0xFFFF;
    h->saddr = BE32(0x7F000001u);
    h->daddr = BE32(0xFFFFFFFFu);
}

unsigned check_tcphdr(const struct tcphdr *t) {
    unsigned bad = 0;
    CHECK(0, t->source == BE16(443) && t->dest == BE16(51000));
    CHECK(1, t->seq == BE32(0x01020304u) && t->ack_seq == BE32(0xFFFFFFFEu));
    CHECK(2, t->doff == 5 && t->res1 == 0xA);
    CHECK(3, t->fin == 0 && t->syn == 1 && t->rst == 0 && t->psh == 1);
    CHECK(4, t->ack == 1 && t->urg == 0 && t->ece == 1 && t->cwr == 1);
    CHECK(5, t->window == BE16(65535) && t->urg_ptr == BE16(7));
    return bad;
}

void fill_tcphdr(struct tcphdr *t) {
    t->source = BE16(22);
    t->dest = BE16(65535);
    t->seq = BE32(0x80000000u);
    t->ack_seq = BE32(1);
    t->doff = 15;
    t->res1 = 1;
    t->fin = 1; t->syn = 0; t->rst = 1; t->psh = 0; t->ack = 0; t->urg = 1; t->ece = 0; t->cwr = 1;
    t->window = BE16(1024);
    t->urg_ptr = BE16(0);
}

unsigned check_ethhdr(const struct ethhdr *e) {
    unsigned bad = 0;
    for (int i = 0; i < ETH_ALEN; i++) {
        CHECK(0, e->h_dest[i] == i + 1);
        CHECK(1, e->h_source[i] == 0xF0 + i);
    }
    CHECK(2, e->h_proto == BE16(ETH_P_IPV6));
    return bad;
}

unsigned check_vnet(const struct virtio_net_hdr_v1 *h) {
    unsigned bad = 0;
    CHECK(0, h->flags == VIRTIO_NET_HDR_F_NEEDS_CSUM && h->gso_type == VIRTIO_NET_HDR_GSO_TCPV6);
    CHECK(1, h->hdr_len == 54 && h->gso_size == 1448);
    CHECK(2, h->csum_start == 34 && h->csum_offset == 16);
    CHECK(3, h->csum.start == 34 && h->csum.offset == 16);
    CHECK(4, h->num_buffers == 2);
    return bad;
}

void fill_vnet(struct virtio_net_hdr_v1 *h) {
    h->flags = VIRTIO_NET_HDR_F_DATA_VALID;
    h->gso_type = VIRTIO_NET_HDR_GSO_UDP;
    h->hdr_len = 65535;
    h->gso_size = 9000;
    h->rsc.segments = 300;
    h->rsc.dup_acks = 4;
    h->num_buffers = 1;
}

unsigned check_used(const struct vring_used *u, unsigned n) {
    unsigned bad = 0;
    CHECK(0, u->flags == VRING_USED_F_NO_NOTIFY && u->idx == 65535);
    for (unsigned i = 0; i < n; i++) {
        CHECK(1, u->ring[i].id == i + 10 && u->ring[i].len == 1000u * i + 0x80000000u);
    }
    return bad;
}

void fill_desc(struct vring_desc *d, unsigned n) {
    for (unsigned i = 0; i < n; i++) {
        d[i].addr = 0xFFFFFFFF00000000ull + i;
        d[i].len = 4096 * (i + 1);
        d[i].flags = VRING_DESC_F_NEXT | VRING_DESC_F_WRITE;
        d[i].next = i + 1;
    }
}

unsigned check_msrs(const struct kvm_msrs *m) {
    unsigned bad = 0;
    CHECK(0, m->nmsrs == 3);
    for (unsigned i = 0; i < 3; i++) {
        CHECK(1, m->entries[i].index == 0xC0000080u + i && m->entries[i].data == (0x8000000000000000ull | i));
    }
    return bad;
}

unsigned check_regs(const struct kvm_regs *r) {
    unsigned bad = 0;
    CHECK(0, r->rax == 1 && r->rip == 0xFFFFFFFFFFFFFFF0ull && r->rflags == 2 && r->r15 == 15);
    return bad;
}

unsigned get_msrs_request(void) {
    return KVM_GET_MSRS;
}
