#ifndef DEMO_H
#define DEMO_H
/* A tiny device descriptor. */
struct demo_dev {
	/* The device type; 0 ends the list. */
	unsigned char type;
	/* How many queues. */
	unsigned short num;
};

/* What the device is doing. */
enum demo_mode {
	DEMO_MODE_OFF,
	DEMO_MODE_ON, /* running */
};

/* Most devices per guest. */
#define DEMO_MAX 16
/* Not touched by the edit: its class must not be rewritten. */
struct demo_stable {
	int untouched;
};
/* Added in the edit: a new macro and a new struct break nobody. */
#define DEMO_MIN 1
struct demo_extra {
	int more;
};
#endif
