#include <demo_limits.h>
struct demo_dev {
	unsigned char type;
	unsigned char slots[DEMO_SLOTS];
};
