/*
 * The C side of CommandBenchmark.irqFromC: `iterations` LHREQ_IRQ commands (two 4-byte little-endian
 * words, as an i386 launcher writes them) sent with pwrite at offset 0 on `fd`, called once through
 * FFM per batch so that C and Java are measured in the same JVM, back to back, under the same load.
 * Returns 0, or -1 - i when the i-th pwrite failed.
 */
#include <stdint.h>
#include <unistd.h>

long jbindgen_pwrite_irq_loop(int fd, long iterations)
{
	uint32_t command[2] = { 2 /* LHREQ_IRQ */, 5 };

	for (long i = 0; i < iterations; i++) {
		if (pwrite(fd, command, sizeof command, 0) != sizeof command)
			return -1 - i;
	}
	return 0;
}
