#ifndef _LINUX_LGUEST_LAUNCHER
#define _LINUX_LGUEST_LAUNCHER
/* The lguest launcher ABI: what the userspace launcher and the host agree on. */
#include <linux/types.h>

/*
 * Device descriptor. The launcher puts a list of these in the device page,
 * just above the top of guest memory, one per virtio device. Each is followed
 * in the config array by the device's virtqueue descriptors, its feature
 * bytes and its configuration bytes.
 */
struct lguest_device_desc {
	/* Kind of device (console, network, block, ...); a zero type ends the list. */
	__u8 type;
	/* How many virtqueues; their descriptors come first in config. */
	__u8 num_vq;
	/*
	 * Size in bytes of one feature bitmap. Two follow the virtqueues: the
	 * host's offered features, then the features the Guest accepted.
	 */
	__u8 feature_len;
	/* Bytes of device-specific configuration after the feature bitmaps. */
	__u8 config_len;
	/* Device status, which the Guest updates. */
	__u8 status;
	__u8 config[0];
};

/*
 * One virtqueue as described at the start of a device's config array.
 */
struct lguest_vqconfig {
	/* Ring size in entries. */
	__u16 num;
	/* Interrupt raised for this queue. */
	__u16 irq;
	/* Guest page frame number where the ring lives. */
	__u32 pfn;
};

/* The request word at the start of every write to the lguest device. */
enum lguest_req
{
	LHREQ_INITIALIZE, /* + base, pfnlimit, start */
	LHREQ_GETDMA, /* No longer used */
	LHREQ_IRQ, /* + irq */
	LHREQ_BREAK, /* No longer used */
	LHREQ_EVENTFD, /* + address, fd. */
};

/*
 * Alignment between the driver and device halves of a vring: the x86 page
 * size, kept for compatibility.
 */
#define LGUEST_VRING_ALIGN	4096
#endif /* _LINUX_LGUEST_LAUNCHER */
