#ifndef _LINUX_LGUEST_LAUNCHER
#define _LINUX_LGUEST_LAUNCHER
/* Everything the "lguest" userspace program needs to know (revision H9, PCI era). */
#include <linux/types.h>

/* Write command first word is a request. */
enum lguest_req
{
	LHREQ_INITIALIZE, /* + base, pfnlimit, start */
	LHREQ_GETDMA, /* No longer used */
	LHREQ_IRQ, /* + irq */
	LHREQ_BREAK, /* No longer used */
	LHREQ_EVENTFD, /* No longer used. */
	LHREQ_GETREG, /* + offset within struct pt_regs (then read value). */
	LHREQ_SETREG, /* + offset within struct pt_regs, value. */
	LHREQ_TRAP,   /* + trap number to deliver to guest. */
};

/*
 * This is what read() of the lguest fd populates.  trap ==
 * LGUEST_TRAP_ENTRY for an LHCALL_NOTIFY (the notify address is
 * "addr"), and trap == 14 (page fault) or 13 (general protection
 * fault) for MMIO accesses.
 */
struct lguest_pending {
	__u8 trap;
	__u8 insn[7];
	__u32 addr;
};
#endif /* _LINUX_LGUEST_LAUNCHER */
