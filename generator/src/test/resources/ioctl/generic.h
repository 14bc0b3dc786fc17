/* ioctl request macros defined the way asm-generic/ioctl.h defines them, requested in every form the
 * template path of macro values must handle exactly (and the forms it must leave to full expansion). */
#ifndef JBINDGEN_FIXTURE_IOCTL_GENERIC_H
#define JBINDGEN_FIXTURE_IOCTL_GENERIC_H

#define _IOC_NRBITS 8
#define _IOC_TYPEBITS 8
#define _IOC_SIZEBITS 14
#define _IOC_DIRBITS 2
#define _IOC_NRSHIFT 0
#define _IOC_TYPESHIFT (_IOC_NRSHIFT + _IOC_NRBITS)
#define _IOC_SIZESHIFT (_IOC_TYPESHIFT + _IOC_TYPEBITS)
#define _IOC_DIRSHIFT (_IOC_SIZESHIFT + _IOC_SIZEBITS)
#define _IOC_NONE 0U
#define _IOC_WRITE 1U
#define _IOC_READ 2U
#define _IOC(dir, type, nr, size) \
	(((dir) << _IOC_DIRSHIFT) | ((type) << _IOC_TYPESHIFT) | ((nr) << _IOC_NRSHIFT) | ((size) << _IOC_SIZESHIFT))
#define _IOC_TYPECHECK(t) (sizeof(t))
#define _IO(type, nr) _IOC(_IOC_NONE, (type), (nr), 0)
#define _IOR(type, nr, size) _IOC(_IOC_READ, (type), (nr), (_IOC_TYPECHECK(size)))
#define _IOW(type, nr, size) _IOC(_IOC_WRITE, (type), (nr), (_IOC_TYPECHECK(size)))
#define _IOWR(type, nr, size) _IOC(_IOC_READ | _IOC_WRITE, (type), (nr), (_IOC_TYPECHECK(size)))

struct fix_payload {
	int a;
	char b[3];
};
typedef struct fix_payload fix_payload_t;

#define FIXIO 0xAF
#define FIX_NONE _IO(FIXIO, 0x01)
#define FIX_READ _IOR(FIXIO, 0x02, struct fix_payload)
#define FIX_WRITE_TYPEDEF _IOW(FIXIO, 0x03, fix_payload_t)
#define FIX_RW_ARRAY _IOWR(FIXIO, 0x04, int[7])
#define FIX_NR_SUM _IO(FIXIO, 1 + 4)
#define FIX_NR_OR _IO(FIXIO, 1 | 6)
#define FIX_CHAR_TYPE _IOR('x', 6, long)
#define FIX_CHAIN FIX_READ
#define FIX_CHAIN_TWICE FIX_CHAIN
#define FIX_NOT_WHOLE _IO(FIXIO, 7) | 1
#define FIX_WIDE_TYPE _IO(FIXIO << 1, 8)
#define FIX_UNSIGNED_NR _IOR(FIXIO, 9U, unsigned long long)
#define FIX_LONG_NR _IOW(FIXIO, 10L, short)
#define FIX_SELF_ARG (FIX_SELF & 0)
#define FIX_SELF _IO(FIX_SELF_ARG, 11)

#endif
