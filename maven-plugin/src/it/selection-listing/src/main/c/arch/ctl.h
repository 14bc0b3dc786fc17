#ifndef ARCH_CTL_H
#define ARCH_CTL_H
/* Included by dev/ctl.h, not generated on its own. */
#define CTL_ARCH_MAX 16
#define ARCH_ONLY 3
struct arch_regs {
	unsigned long long ip;
};
struct arch_unused {
	int u;
};
#endif
