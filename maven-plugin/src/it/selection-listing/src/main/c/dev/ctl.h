#ifndef DEV_CTL_H
#define DEV_CTL_H
#include <arch/ctl.h>
#define CTL_VERSION 2
#define DEV_FLAGS 7
struct ctl_state {
	struct arch_regs regs;
	int mode;
};
#endif
