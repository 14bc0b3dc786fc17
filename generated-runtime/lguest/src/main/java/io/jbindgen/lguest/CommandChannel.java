package io.jbindgen.lguest;

import io.jbindgen.lguest.abi.LguestReq;
import io.jbindgen.posix.libc.Errno;
import io.jbindgen.runtime.RequestChannel;
import io.jbindgen.runtime.sys.ErrnoException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;

/**
 * The launcher's side of the lguest device: {@link #send} encodes a request and its argument words in
 * the target's {@code unsigned long} into a reused buffer and writes them with one {@code pwrite} at the
 * vCPU's file offset; {@link #run()} does one {@code pread} and returns a typed {@link RunResult}.
 *
 * <p>Every word is checked against the target word size before any system call. Sends are safe from any
 * number of threads (each encodes into a buffer of its own); {@link #run()} belongs to the thread that sent
 * INITIALIZE, as the device demands. A send in steady state allocates nothing; IRQ, which the device
 * answers without sleeping, goes through {@link LguestDevice#pwriteQuick}. Once a run has reported
 * the guest dead ({@code ENOENT}), later runs return the same death: the device then answers every read
 * with the reason, which a word-sized read could not tell from a notify.
 */
public final class CommandChannel implements RequestChannel, AutoCloseable {
    /** Most words a command has (INITIALIZE of the 4.x era: request + 4). */
    public static final int MAX_WORDS = 5;
    private static final int REASON_BYTES = 1023;
    private static final long IRQ = LguestReq.LHREQ_IRQ.value();

    private final LguestDevice device;
    private final TargetWord word;
    private final long vcpu;
    /** Each sending thread's own command buffer: sends from many threads need no lock. */
    private final ThreadLocal<MemorySegment> commands;
    private final MemorySegment result;
    private volatile boolean dead;

    /**
     * Creates a channel for vCPU 0.
     *
     * @param device the device
     * @param word the target's word
     */
    public CommandChannel(LguestDevice device, TargetWord word) {
        this(device, word, 0);
    }

    /**
     * Creates a channel.
     *
     * @param device the device
     * @param word the target's word
     * @param vcpu the vCPU index, used as the file offset of every call
     */
    public CommandChannel(LguestDevice device, TargetWord word, long vcpu) {
        this.device = device;
        this.word = word;
        this.vcpu = vcpu;
        // Freed by the garbage collector, not by close(): a run() on another thread may still hold them.
        Arena arena = Arena.ofAuto();
        long bytes = (long) MAX_WORDS * word.bytes();
        this.commands = ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(bytes, word.bytes()));
        this.result = arena.allocate(REASON_BYTES + 1L, 8);
    }

    /** {@return the device} */
    public LguestDevice device() {
        return device;
    }

    /** {@return the target word} */
    public TargetWord word() {
        return word;
    }

    @Override
    public int wordBytes() {
        return word.bytes();
    }

    /**
     * Sends a request with no argument.
     *
     * @param request the request code
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when a word does not fit the target word
     */
    @Override
    public long send(long request) throws ErrnoException {
        check(request, request, -1);
        MemorySegment command = commands.get();
        word.put(command, 0, request);
        return write(request, command, word.bytes());
    }

    /**
     * Sends a request with one argument word.
     *
     * @param request the request code
     * @param w1 the argument
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when a word does not fit the target word
     */
    @Override
    public long send(long request, long w1) throws ErrnoException {
        check(request, request, -1);
        check(request, w1, 1);
        MemorySegment command = commands.get();
        word.put(command, 0, request);
        word.put(command, word.bytes(), w1);
        return write(request, command, 2L * word.bytes());
    }

    /**
     * Sends a request with two argument words.
     *
     * @param request the request code
     * @param w1 the first argument
     * @param w2 the second argument
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when a word does not fit the target word
     */
    @Override
    public long send(long request, long w1, long w2) throws ErrnoException {
        check(request, request, -1);
        check(request, w1, 1);
        check(request, w2, 2);
        MemorySegment command = commands.get();
        word.put(command, 0, request);
        word.put(command, word.bytes(), w1);
        word.put(command, 2L * word.bytes(), w2);
        return write(request, command, 3L * word.bytes());
    }

    /**
     * Sends a request with three argument words.
     *
     * @param request the request code
     * @param w1 the first argument
     * @param w2 the second argument
     * @param w3 the third argument
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when a word does not fit the target word
     */
    @Override
    public long send(long request, long w1, long w2, long w3) throws ErrnoException {
        return send(request, new long[] {w1, w2, w3});
    }

    /**
     * Sends a request with any number of argument words (at most {@link #MAX_WORDS} - 1).
     *
     * @param request the request code
     * @param words the arguments
     * @return the device's result
     * @throws ErrnoException with the device's errno
     * @throws IllegalArgumentException when a word does not fit the target word, or there are too many
     */
    @Override
    public long send(long request, long[] words) throws ErrnoException {
        if (words.length >= MAX_WORDS) {
            throw new IllegalArgumentException("request " + request + ": " + words.length
                    + " argument words, at most " + (MAX_WORDS - 1));
        }
        check(request, request, -1);
        for (int i = 0; i < words.length; i++) {
            check(request, words[i], i + 1);
        }
        MemorySegment command = commands.get();
        word.put(command, 0, request);
        for (int i = 0; i < words.length; i++) {
            word.put(command, (i + 1L) * word.bytes(), words[i]);
        }
        return write(request, command, (words.length + 1L) * word.bytes());
    }

    /** One {@code pwrite}: IRQ, which the device answers without sleeping, through the quick path. */
    private long write(long request, MemorySegment command, long bytes) throws ErrnoException {
        return request == IRQ ? device.pwriteQuick(command, bytes, vcpu) : device.pwrite(command, bytes, vcpu);
    }

    private void check(long request, long value, int index) {
        if (!word.fits(value)) {
            String what = index < 0 ? "request code" : "word " + index + " of request " + Long.toUnsignedString(request);
            throw new IllegalArgumentException(what + ": " + value + " does not fit the " + word.bytes()
                    + "-byte unsigned long of " + word + " [0, " + Long.toUnsignedString(word.max()) + "]");
        }
    }

    /**
     * Runs the guest with one {@code pread} until it has something for the launcher.
     *
     * @return a notify address, the guest's death with its reason, a restart request or an interruption
     * @throws ErrnoException for any other errno (such as {@code EINVAL} before INITIALIZE or
     *     {@code EPERM} from a thread that did not initialize the guest)
     */
    public RunResult run() throws ErrnoException {
        if (dead) {
            // a dead guest's read returns its reason, which a word-sized read would take for a notify
            return new RunResult.Died(reason());
        }
        long n;
        try {
            n = device.pread(result, word.bytes(), vcpu);
        } catch (ErrnoException e) {
            return switch (e.errno()) {
                case Errno.ENOENT -> {
                    dead = true;
                    yield new RunResult.Died(reason());
                }
                case Errno.ERESTART -> new RunResult.Restart();
                case Errno.EINTR -> new RunResult.Interrupted();
                default -> throw e;
            };
        }
        if (n != word.bytes()) {
            throw new IllegalStateException(device.name() + ": read returned " + n + " bytes, expected a "
                    + word.bytes() + "-byte notify address");
        }
        return new RunResult.Notify(word.get(result, 0));
    }

    private String reason() throws ErrnoException {
        long n = device.pread(result, REASON_BYTES, vcpu);
        int end = 0;
        while (end < n && result.get(ValueLayout.JAVA_BYTE, end) != 0) {
            end++;
        }
        return new String(result.asSlice(0, end).toArray(ValueLayout.JAVA_BYTE),
                StandardCharsets.UTF_8);
    }

    /** Closes the device (see {@link LguestDevice#close()}). */
    @Override
    public void close() {
        device.close();
    }
}
