package interop;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Objects;

/**
 * What the interop drivers (compiled with generated bindings, run against a gcc-built library) share:
 * calls into the library and the list of problems found, empty when Java and C agree.
 */
@SuppressWarnings("restricted")
public abstract class InteropDriver {
    private final StringBuilder problems = new StringBuilder();

    /** {@return a handle on the library function {@code name}} */
    protected static MethodHandle downcall(SymbolLookup lib, String name, FunctionDescriptor descriptor) {
        return Linker.nativeLinker().downcallHandle(lib.find(name).orElseThrow(), descriptor);
    }

    /** {@return what C's {@code unsigned name(const struct *)} says of {@code s}: a mask of wrong fields, 0 when none} */
    protected static int check(SymbolLookup lib, String name, MemorySegment s) throws Throwable {
        return (int) downcall(lib, name, FunctionDescriptor.of(JAVA_INT, ADDRESS)).invokeExact(s);
    }

    /** Has C's {@code void name(struct *)} fill {@code s}. */
    protected static void fill(SymbolLookup lib, String name, MemorySegment s) throws Throwable {
        downcall(lib, name, FunctionDescriptor.ofVoid(ADDRESS)).invokeExact(s);
    }

    /** Notes a problem unless {@code actual} equals {@code expected}. */
    protected final void expect(String what, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            problem(what + ": Java has " + actual + ", expected " + expected);
        }
    }

    /** Notes a problem. */
    protected final void problem(String text) {
        problems.append(text).append('\n');
    }

    /** {@return every problem noted, one per line; empty when there was none} */
    protected final String problems() {
        return problems.toString();
    }
}
