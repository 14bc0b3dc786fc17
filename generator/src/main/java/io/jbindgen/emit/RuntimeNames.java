package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The classes of {@code io.jbindgen:jbindgen-runtime} that generated code refers to, named once. A test
 * loads each from the runtime jar, and checks that no generated class can take one of their simple names.
 */
final class RuntimeNames {
    private static final String RUNTIME = "io.jbindgen.runtime";
    private static final String SYS = "io.jbindgen.runtime.sys";

    static final ClassName BITS = ClassName.get(RUNTIME, "Bits");
    static final ClassName C_ENUM = ClassName.get(RUNTIME, "CEnum");
    static final ClassName CHECKS = ClassName.get(RUNTIME, "Checks");
    static final ClassName DEBUG_TEXT = ClassName.get(RUNTIME, "DebugText");
    static final ClassName IOCTL_REQUEST = ClassName.get(RUNTIME, "IoctlRequest");
    static final ClassName LAYOUT_SUPPORT = ClassName.get(RUNTIME, "LayoutSupport");
    static final ClassName NATIVE_CALLS = ClassName.get(RUNTIME, "NativeCalls");
    static final ClassName NATIVE_LIBRARY = ClassName.get(RUNTIME, "NativeLibrary");
    static final ClassName REQUEST_CHANNEL = ClassName.get(RUNTIME, "RequestChannel");
    static final ClassName ERRNO_CAPTURE = ClassName.get(SYS, "ErrnoCapture");
    static final ClassName ERRNO_EXCEPTION = ClassName.get(SYS, "ErrnoException");

    /** Every runtime class generated code refers to. */
    static final List<ClassName> ALL = List.of(BITS, C_ENUM, CHECKS, DEBUG_TEXT, IOCTL_REQUEST, LAYOUT_SUPPORT,
            NATIVE_CALLS, NATIVE_LIBRARY, REQUEST_CHANNEL, ERRNO_CAPTURE, ERRNO_EXCEPTION);

    private RuntimeNames() {
    }
}
