/*
 * The example's x86-64 guest for the KVM backend (io.jbindgen.lguest.kvm.KvmDevice), the machine-code
 * twin of HelloGuest: it finds the virtio console in the device page above its RAM, acknowledges it
 * (notifying the descriptor after each status change), puts "Hello from the guest" in the console's
 * transmit ring, notifies the ring, waits for the interrupt that says the launcher used the buffer,
 * and shuts down with the message "Power down".
 *
 * It waits with interrupts off: hlt then returns when the launcher raises an irq (KvmDevice's
 * paravirtual wait, as lguest's halt hypercall), which works on every KVM. Its IDT (64 gates: the
 * exceptions shut down with a message, vectors 32-63 return at once) serves a KVM that delivers through
 * the IDT; the paravirtual kvm-pvm ignores it.
 *
 * Position independent (every address is %rip-relative): the launcher loads the image anywhere in
 * guest RAM and gives its first byte as INITIALIZE's start. The backend starts it in 64-bit long mode
 * with guest-virtual = guest-physical, CS = 0x08, interrupts off and no IDT; the guest builds its own.
 *
 * Boot info, as lguest's launcher put boot_params at guest-physical 0: the quad word at
 * guest-physical 0 holds the device page's address (the top of RAM).
 *
 * Assemble: as --64 -o hello_guest.o hello_guest.S && objcopy -O binary -j .text hello_guest.o hello-guest.bin
 * (the launcher's test does this and compares with the committed bytes).
 */

	/* KvmDevice's ports: a 32-bit OUT of a guest-physical address */
	.set NOTIFY_PORT, 0x510
	.set SHUTDOWN_PORT, 0x514
	/* the first injected vector: irq n arrives as vector 32 + n */
	.set FIRST_IRQ_VECTOR, 32
	.set VECTORS, 64

	/* struct lguest_device_desc and struct lguest_vqconfig (linux/lguest_launcher.h) */
	.set DESC_TYPE, 0
	.set DESC_NUM_VQ, 1
	.set DESC_FEATURE_LEN, 2
	.set DESC_CONFIG_LEN, 3
	.set DESC_STATUS, 4
	.set DESC_SIZE, 5
	.set VQ_NUM, 0
	.set VQ_PFN, 4
	.set VQ_SIZE, 8
	.set VIRTIO_ID_CONSOLE, 3
	/* virtio_config.h status bits */
	.set S_ACKNOWLEDGE, 1
	.set S_DRIVER, 2
	.set S_DRIVER_OK, 4
	/* split virtqueue (virtio_ring.h), aligned as LGUEST_VRING_ALIGN */
	.set VRING_DESC_SIZE, 16
	.set VRING_ALIGN, 4096
	.set PAGE, 4096

	.text
	.code64
	.globl _start
_start:
	lea	stack_top(%rip), %rsp
	call	load_idt

	/* find the console: walk the descriptors until a zero type or the end of the page */
	mov	0, %rbx			/* boot info: the device page */
	xor	%ecx, %ecx
find:
	cmp	$PAGE - DESC_SIZE, %ecx
	ja	no_console
	movzbl	DESC_TYPE(%rbx,%rcx), %eax
	test	%eax, %eax
	jz	no_console
	cmp	$VIRTIO_ID_CONSOLE, %eax
	je	found
	movzbl	DESC_NUM_VQ(%rbx,%rcx), %eax
	movzbl	DESC_FEATURE_LEN(%rbx,%rcx), %edx
	movzbl	DESC_CONFIG_LEN(%rbx,%rcx), %esi
	lea	DESC_SIZE(%rcx,%rax,8), %ecx	/* + num_vq * VQ_SIZE */
	lea	(%rcx,%rdx,2), %ecx		/* + the feature bytes, offered and accepted */
	add	%esi, %ecx			/* + the config bytes */
	jmp	find
found:
	lea	(%rbx,%rcx), %rbx	/* %rbx: the console's descriptor */

	movb	$S_ACKNOWLEDGE | S_DRIVER, DESC_STATUS(%rbx)
	mov	%ebx, %eax
	mov	$NOTIFY_PORT, %dx
	out	%eax, %dx
	orb	$S_DRIVER_OK, DESC_STATUS(%rbx)
	out	%eax, %dx

	/* the transmit queue is the second: its ring, its size */
	movzwl	DESC_SIZE + VQ_SIZE + VQ_NUM(%rbx), %r12d
	mov	DESC_SIZE + VQ_SIZE + VQ_PFN(%rbx), %r13d
	shl	$12, %r13			/* %r13: the ring (descriptor table first) */

	/* descriptor 0: the message, read-only for the host */
	lea	message(%rip), %rax
	mov	%rax, 0(%r13)			/* addr */
	movl	$message_end - message, 8(%r13)	/* len */
	movl	$0, 12(%r13)			/* flags, next */
	/* the available ring follows the descriptors: flags, idx, ring[] */
	mov	%r12, %r14
	shl	$4, %r14
	add	%r13, %r14			/* %r14: the available ring */
	movw	$0, 4(%r14)			/* ring[0] = descriptor 0 */
	movw	$1, 2(%r14)			/* idx = 1 (x86 keeps the stores in order) */

	mov	%r13d, %eax
	out	%eax, %dx			/* notify the transmit queue */

	/* the used ring: after the available ring (4 + 2 * num + 2 bytes), aligned */
	lea	6(%r14,%r12,2), %r15
	add	$VRING_ALIGN - 1, %r15
	and	$-VRING_ALIGN, %r15		/* %r15: the used ring: flags, idx, ring[] */
	cli
wait:
	cmpw	$0, 2(%r15)
	jne	used
	hlt					/* interrupts off: KvmDevice's wait for an irq, which */
	jmp	wait				/* returns with the pending irqs in %eax */
used:
	lea	power_down(%rip), %rax
shutdown:
	mov	$SHUTDOWN_PORT, %dx
	out	%eax, %dx
	cli
1:	hlt
	jmp	1b

no_console:
	lea	no_console_text(%rip), %rax
	jmp	shutdown

/* An IDT of 64 interrupt gates: vectors 0-31 (exceptions) shut down, 32-63 (irqs) return. */
load_idt:
	lea	idt(%rip), %rdi
	xor	%ecx, %ecx
1:	lea	exception(%rip), %rax
	cmp	$FIRST_IRQ_VECTOR, %ecx
	jb	2f
	lea	interrupt(%rip), %rax
2:	mov	%ax, 0(%rdi)			/* offset 0-15 */
	movw	$0x08, 2(%rdi)			/* code selector */
	movw	$0x8e00, 4(%rdi)		/* present, DPL 0, 64-bit interrupt gate */
	shr	$16, %rax
	mov	%ax, 6(%rdi)			/* offset 16-31 */
	shr	$16, %rax
	mov	%eax, 8(%rdi)			/* offset 32-63 */
	movl	$0, 12(%rdi)
	add	$16, %rdi
	inc	%ecx
	cmp	$VECTORS, %ecx
	jb	1b
	lea	idt(%rip), %rax
	mov	%rax, idtr + 2(%rip)
	lidt	idtr(%rip)
	ret

interrupt:
	iretq

exception:
	lea	exception_text(%rip), %rax
	jmp	shutdown

message:
	.ascii	"Hello from the guest"
message_end:
power_down:
	.asciz	"Power down"
no_console_text:
	.asciz	"no virtio console in the device page"
exception_text:
	.asciz	"the guest took an exception"

	.balign	16
idtr:
	.word	VECTORS * 16 - 1
	.quad	0
	.balign	16
idt:
	.space	VECTORS * 16
stack:
	.space	1024
stack_top:
