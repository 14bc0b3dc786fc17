/*
 * The C side of KvmBenchmark.notifyRoundTrip: the round trip of a guest notify that returns to the
 * launcher (KVM_RUN exits on the guest's 32-bit OUT to the notify port, user space reads the exit,
 * KVM_RUN again), with the guest set up as io.jbindgen.lguest.kvm.KvmDevice sets it up: 64-bit long
 * mode, identity page tables (2 MiB pages) and a GDT in a second memory slot above guest RAM. The guest
 * is "mov $0x510, %dx; mov $0x1000, %eax; 1: out %eax, %dx; jmp 1b".
 * Prints nanoseconds per round trip. Usage: kvm_notify [iterations] [rounds]
 */
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define RAM (1UL << 20)
#define TABLES_AT (1UL << 30)
#define NOTIFY_PORT 0x510

static double now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void slot(int vm, int n, uint64_t gpa, uint64_t size, void *host)
{
	struct kvm_userspace_memory_region r = { .slot = n, .guest_phys_addr = gpa, .memory_size = size,
		.userspace_addr = (uint64_t)host };
	if (ioctl(vm, KVM_SET_USER_MEMORY_REGION, &r) < 0)
		die("KVM_SET_USER_MEMORY_REGION");
}

static void long_mode(int vcpu, uint64_t *tables)
{
	/* page 0: PML4, 1: PDPT, 2: PD (first GiB, 2 MiB pages), 3: GDT */
	tables[0] = (TABLES_AT + 0x1000) | 3;
	tables[512] = (TABLES_AT + 0x2000) | 3;
	for (int i = 0; i < 512; i++)
		tables[1024 + i] = ((uint64_t)i << 21) | 0x83;
	tables[1536 + 1] = 0x00209a0000000000UL; /* 0x08: 64-bit code */
	tables[1536 + 2] = 0x0000920000000000UL; /* 0x10: data */
	struct kvm_sregs s;
	if (ioctl(vcpu, KVM_GET_SREGS, &s) < 0)
		die("KVM_GET_SREGS");
	struct kvm_segment code = { .base = 0, .limit = 0xffffffff, .selector = 0x08, .type = 11, .present = 1,
		.dpl = 0, .db = 0, .s = 1, .l = 1, .g = 1 };
	struct kvm_segment data = code;
	data.selector = 0x10;
	data.type = 3;
	data.l = 0;
	data.db = 1;
	s.cs = code;
	s.ds = s.es = s.fs = s.gs = s.ss = data;
	s.gdt.base = TABLES_AT + 0x3000;
	s.gdt.limit = 3 * 8 - 1;
	s.cr3 = TABLES_AT;
	s.cr4 = 1 << 5; /* PAE */
	s.cr0 = 0x80050033; /* PG AM WP NE ET MP PE */
	s.efer = 0x500; /* LMA LME */
	if (ioctl(vcpu, KVM_SET_SREGS, &s) < 0)
		die("KVM_SET_SREGS");
	struct kvm_regs r;
	memset(&r, 0, sizeof r);
	r.rflags = 2;
	r.rip = 0x1000;
	r.rsp = RAM;
	if (ioctl(vcpu, KVM_SET_REGS, &r) < 0)
		die("KVM_SET_REGS");
}

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 200000;
	int rounds = argc > 2 ? atoi(argv[2]) : 5;
	static const uint8_t guest[] = { 0x66, 0xba, 0x10, 0x05, 0xb8, 0x00, 0x10, 0x00, 0x00, 0xef, 0xeb, 0xfd };
	int kvm = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (kvm < 0)
		die("/dev/kvm");
	int vm = ioctl(kvm, KVM_CREATE_VM, 0);
	if (vm < 0)
		die("KVM_CREATE_VM");
	uint8_t *ram = mmap(NULL, RAM, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	uint64_t *tables = mmap(NULL, 0x4000, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ram == MAP_FAILED || tables == MAP_FAILED)
		die("mmap");
	memcpy(ram + 0x1000, guest, sizeof guest);
	slot(vm, 0, 0, RAM, ram);
	slot(vm, 1, TABLES_AT, 0x4000, tables);
	int vcpu = ioctl(vm, KVM_CREATE_VCPU, 0);
	if (vcpu < 0)
		die("KVM_CREATE_VCPU");
	int size = ioctl(kvm, KVM_GET_VCPU_MMAP_SIZE, 0);
	struct kvm_run *run = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, vcpu, 0);
	if (run == MAP_FAILED)
		die("mmap kvm_run");
	long_mode(vcpu, tables);
	for (int r = 0; r < rounds; r++) {
		double t0 = now_ns();
		for (long i = 0; i < iterations; i++) {
			if (ioctl(vcpu, KVM_RUN, 0) < 0)
				die("KVM_RUN");
			if (run->exit_reason != KVM_EXIT_IO || run->io.port != NOTIFY_PORT
					|| *(uint32_t *)((uint8_t *)run + run->io.data_offset) != 0x1000) {
				fprintf(stderr, "unexpected exit %u (port 0x%x)\n", run->exit_reason, run->io.port);
				if (run->exit_reason == KVM_EXIT_INTERNAL_ERROR)
					fprintf(stderr, "internal error suberror %u\n", run->internal.suberror);
				return 1;
			}
		}
		printf("kvm notify round trip: %.1f ns\n", (now_ns() - t0) / iterations);
	}
	return 0;
}
