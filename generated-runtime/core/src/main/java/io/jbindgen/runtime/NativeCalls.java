package io.jbindgen.runtime;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** What generated downcalls, upcalls and variadic invokers share. */
@SuppressWarnings("restricted")
public final class NativeCalls {
    private NativeCalls() {
    }

    /**
     * {@return {@code t} as an unchecked exception}: what a downcall handle's {@code invokeExact} throws
     * is always a runtime exception or an error; an {@code Error} is rethrown as is.
     *
     * @param t what the handle threw
     */
    public static RuntimeException unexpected(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }

    /**
     * {@return {@code ValueLayout.ADDRESS} with {@code pointee} as its target layout}: a returned pointer to
     * a record is then a segment of the record's size.
     *
     * @param pointee the layout of what the pointer points to
     */
    public static AddressLayout pointerTo(MemoryLayout pointee) {
        return ValueLayout.ADDRESS.withTargetLayout(pointee);
    }

    /**
     * Checks the layouts of a variadic call's extra arguments against C's default argument promotions:
     * {@code float} is passed as {@code double}, integers narrower than {@code int} as {@code int}.
     *
     * @param function the C function, for the message
     * @param variadic the layouts of the arguments after the fixed ones
     * @throws IllegalArgumentException naming the function, the argument and the layout to use instead
     */
    public static void checkPromoted(String function, MemoryLayout... variadic) {
        for (int i = 0; i < variadic.length; i++) {
            MemoryLayout l = variadic[i];
            String use = null;
            if (l instanceof ValueLayout v) {
                Class<?> c = v.carrier();
                if (c == float.class) {
                    use = "JAVA_DOUBLE (C promotes float to double)";
                } else if (c == byte.class || c == short.class || c == char.class || c == boolean.class) {
                    use = "JAVA_INT (C promotes " + c.getName() + "-sized integers to int)";
                }
            }
            if (use != null) {
                throw new IllegalArgumentException(function + ": variadic argument " + (i + 1) + " has layout " + l
                        + ", which C's default argument promotions never pass; use " + use);
            }
        }
    }

    /**
     * {@return an upcall stub calling {@code target}'s single abstract method {@code method}, valid while
     * {@code arena} is alive}
     *
     * @param type the functional interface
     * @param method the name of its abstract method
     * @param target the Java implementation
     * @param descriptor the C signature
     * @param arena the arena that owns the stub
     */
    public static <T> MemorySegment upcall(Class<T> type, String method, T target, FunctionDescriptor descriptor,
            Arena arena) {
        MethodHandle handle;
        try {
            handle = MethodHandles.publicLookup().findVirtual(type, method, descriptor.toMethodType());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + "." + method + " does not match " + descriptor, e);
        }
        return Linker.nativeLinker().upcallStub(handle.bindTo(target), descriptor, arena);
    }
}
