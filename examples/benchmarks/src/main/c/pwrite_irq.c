/*
 * The C side of CommandBenchmark: one LHREQ_IRQ command (two 4-byte little-endian words, as an
 * i386 launcher writes it) sent with pwrite at offset 0, here on /dev/null, in a timed loop.
 * Prints nanoseconds per command. Usage: pwrite_irq [iterations] [rounds]
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 5000000;
	int rounds = argc > 2 ? atoi(argv[2]) : 5;
	uint32_t command[2] = { 2 /* LHREQ_IRQ */, 5 };
	int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		perror("/dev/null");
		return 1;
	}
	for (int r = 0; r < rounds; r++) {
		double start = now_ns();
		for (long i = 0; i < iterations; i++) {
			if (pwrite(fd, command, sizeof command, 0) != sizeof command) {
				perror("pwrite");
				return 1;
			}
		}
		printf("round %d: %.2f ns/command\n", r, (now_ns() - start) / iterations);
	}
	close(fd);
	return 0;
}
