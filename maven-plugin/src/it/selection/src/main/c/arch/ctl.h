#ifndef ARCH_CTL_H
#define ARCH_CTL_H
/* The architecture part: reached by dev/ctl.h and generated on its own too. */
#define CTL_ARCH_MAX 16
#define ARCH_ONLY 3
struct arch_regs {
	unsigned long long ip;
	unsigned long long sp;
};
struct ctl_secret {
	int key;
};
struct arch_unused {
	int u;
};
#endif
