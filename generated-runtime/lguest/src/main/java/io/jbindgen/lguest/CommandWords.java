package io.jbindgen.lguest;

import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.MemorySegment;

/**
 * A command as a device backend reads it from the caller's {@code pwrite} buffer: word {@code i} in the
 * target's {@code unsigned long}, {@code EFAULT} for a word past what the caller made available (as the
 * kernel's {@code get_user} failed), and the vCPU that the file offset names.
 */
public final class CommandWords {
    private final TargetWord word;
    private final MemorySegment buffer;
    private final long available;
    private final String device;

    private CommandWords(TargetWord word, MemorySegment buffer, long available, String device) {
        this.word = word;
        this.buffer = buffer;
        this.available = available;
        this.device = device;
    }

    /**
     * Views a {@code pwrite}'s arguments.
     *
     * @param word the target word
     * @param buffer the caller's memory
     * @param count the {@code count} argument (bytes past the buffer count as unmapped)
     * @param offset the file offset
     * @param device the device's name, for errors
     * @return the words
     * @throws ErrnoException {@code EINVAL} for a negative offset
     */
    public static CommandWords of(TargetWord word, MemorySegment buffer, long count, long offset, String device)
            throws ErrnoException {
        if (offset < 0) {
            throw new ErrnoException("pwrite", Errno.EINVAL, device);
        }
        return new CommandWords(word, buffer, Math.min(count, buffer.byteSize()), device);
    }

    /**
     * Reads one word.
     *
     * @param index the word's index (0: the request)
     * @return the word, zero-extended
     * @throws ErrnoException {@code EFAULT} when the word is not all inside the available bytes
     */
    public long get(int index) throws ErrnoException {
        long at = (long) index * word.bytes();
        if (at + word.bytes() > available) {
            throw new ErrnoException("pwrite", Errno.EFAULT, device);
        }
        return word.get(buffer, at);
    }

    /**
     * {@return the vCPU a file offset names: the kernel reads the file position into an {@code unsigned
     * int}}
     *
     * @param offset the file offset
     */
    public static long vcpu(long offset) {
        return offset & 0xFFFF_FFFFL;
    }
}
