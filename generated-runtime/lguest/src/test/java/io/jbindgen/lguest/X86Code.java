package io.jbindgen.lguest;

import java.io.ByteArrayOutputStream;

/**
 * Tiny x86-64 guests for the KVM backend's tests, built from the instruction encodings of the Intel SDM
 * (vol. 2), one method per instruction, in the order the guest runs them.
 */
final class X86Code {
    private final ByteArrayOutputStream code = new ByteArrayOutputStream();

    private X86Code bytes(int... values) {
        for (int v : values) {
            code.write(v);
        }
        return this;
    }

    private X86Code imm32(long value) {
        return bytes((int) value & 0xFF, (int) (value >>> 8) & 0xFF, (int) (value >>> 16) & 0xFF,
                (int) (value >>> 24) & 0xFF);
    }

    /** {@code mov $port, %dx; mov $value, %eax; out %eax, %dx}: a 32-bit write to an I/O port. */
    X86Code out32(int port, long value) {
        bytes(0x66, 0xBA, port & 0xFF, port >>> 8);
        bytes(0xB8);
        imm32(value);
        return bytes(0xEF);
    }

    /** {@code mov $top, %esp}: a stack below {@code top} (below 4 GiB; zero-extended to {@code %rsp}). */
    X86Code stack(long top) {
        bytes(0xBC);
        return imm32(top);
    }

    /** {@code mov $port, %dx; out %eax, %dx}: writes what {@code %eax} holds. */
    X86Code outEax(int port) {
        bytes(0x66, 0xBA, port & 0xFF, port >>> 8);
        return bytes(0xEF);
    }

    /** {@code mov abs32, %eax}: a 32-bit load from an absolute address. */
    X86Code load32(long address) {
        bytes(0x8B, 0x04, 0x25);
        return imm32(address);
    }

    /** {@code lidt abs32}. */
    X86Code lidt(long address) {
        bytes(0x0F, 0x01, 0x1C, 0x25);
        return imm32(address);
    }

    /** {@code sti}. */
    X86Code sti() {
        return bytes(0xFB);
    }

    /** {@code cli}. */
    X86Code cli() {
        return bytes(0xFA);
    }

    /** {@code hlt}. */
    X86Code hlt() {
        return bytes(0xF4);
    }

    /** {@code ud2}: an invalid-opcode exception. */
    X86Code ud2() {
        return bytes(0x0F, 0x0B);
    }

    /** {@code iretq}. */
    X86Code iretq() {
        return bytes(0x48, 0xCF);
    }

    /** {@code jmp .}: spins for ever. */
    X86Code spin() {
        return bytes(0xEB, 0xFE);
    }

    /** {@code 1: hlt; jmp 1b}. */
    X86Code haltForever() {
        return bytes(0xF4, 0xEB, 0xFD);
    }

    int size() {
        return code.size();
    }

    byte[] toByteArray() {
        return code.toByteArray();
    }
}
