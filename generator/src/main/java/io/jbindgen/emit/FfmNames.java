package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;

/** The JDK and runtime classes generated function bindings refer to. */
final class FfmNames {
    static final ClassName ARENA = ClassName.get("java.lang.foreign", "Arena");
    static final ClassName FUNCTION_DESCRIPTOR = ClassName.get("java.lang.foreign", "FunctionDescriptor");
    static final ClassName LINKER = ClassName.get("java.lang.foreign", "Linker");
    static final ClassName MEMORY_LAYOUT = ClassName.get("java.lang.foreign", "MemoryLayout");
    static final ClassName SEGMENT_ALLOCATOR = ClassName.get("java.lang.foreign", "SegmentAllocator");
    static final ClassName METHOD_HANDLE = ClassName.get("java.lang.invoke", "MethodHandle");

    private FfmNames() {
    }
}
