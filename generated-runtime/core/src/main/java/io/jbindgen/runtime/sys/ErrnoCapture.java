package io.jbindgen.runtime.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

/**
 * The per-thread {@code errno} capture that generated bindings with {@code captureCallState("errno")}
 * pass to their downcalls: one segment per thread, allocated once, so a call allocates nothing.
 */
@SuppressWarnings("restricted")
public final class ErrnoCapture {
    private static final StructLayout STATE = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final ThreadLocal<MemorySegment> CAPTURE =
            ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(STATE));
    private static final long MAX_PATH = 4096;

    private ErrnoCapture() {
    }

    /** {@return this thread's capture segment, to pass as a downcall's first argument} */
    public static MemorySegment state() {
        return CAPTURE.get();
    }

    /** {@return the errno the last capturing call of this thread left} */
    public static int last() {
        return errno(CAPTURE.get());
    }

    /**
     * {@return the errno captured in {@code state}}
     *
     * @param state a segment from {@link #state()}
     */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /**
     * {@return the exception for a failed call}
     *
     * @param function the C function
     * @param state the segment its call captured errno in
     * @param subject what it was called on ({@link #fd}, {@link #path}) or {@code null}
     */
    public static ErrnoException failure(String function, MemorySegment state, String subject) {
        return new ErrnoException(function, errno(state), subject == null ? "its arguments" : subject);
    }

    /** {@return {@code fd N}, the subject of a call on descriptor {@code fd}} */
    public static String fd(long fd) {
        return "fd " + fd;
    }

    /** {@return the C string at {@code path} (at most 4096 bytes read), the subject of a call on a path} */
    public static String path(MemorySegment path) {
        if (path.equals(MemorySegment.NULL)) {
            return "NULL";
        }
        MemorySegment s = path.byteSize() == 0 ? path.reinterpret(MAX_PATH) : path;
        long end = 0;
        while (end < s.byteSize() && s.get(java.lang.foreign.ValueLayout.JAVA_BYTE, end) != 0) {
            end++;
        }
        return new String(s.asSlice(0, end).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
