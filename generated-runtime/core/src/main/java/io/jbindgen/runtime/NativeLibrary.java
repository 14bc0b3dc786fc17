package io.jbindgen.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where generated function bindings find their symbols: the libraries named at generation time
 * (names such as {@code libfoo.so.1}, loaded as {@code dlopen} would, or paths), then the native
 * linker's default lookup (libc). A library that fails to load does not fail class initialisation: the
 * reason is kept and reported, with the missing symbol's name, when a function is first used.
 */
@SuppressWarnings("restricted")
public final class NativeLibrary {
    private static final Linker LINKER = Linker.nativeLinker();

    private final SymbolLookup lookup;
    private final List<String> searched;
    private final List<String> loadFailures;

    private NativeLibrary(SymbolLookup lookup, List<String> searched, List<String> loadFailures) {
        this.lookup = lookup;
        this.searched = List.copyOf(searched);
        this.loadFailures = List.copyOf(loadFailures);
    }

    /**
     * {@return a lookup over {@code libraries} (in order) and then the default lookup}
     *
     * @param libraries library names ({@code libz.so.1}) or paths (anything with a {@code /})
     */
    public static NativeLibrary of(String... libraries) {
        SymbolLookup lookup = null;
        List<String> searched = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String library : libraries) {
            try {
                SymbolLookup one = library.contains("/")
                        ? SymbolLookup.libraryLookup(Path.of(library), Arena.global())
                        : SymbolLookup.libraryLookup(library, Arena.global());
                lookup = lookup == null ? one : lookup.or(one);
                searched.add(library);
            } catch (IllegalArgumentException | IllegalCallerException e) {
                failures.add(library + " could not be loaded (" + e.getMessage() + ")");
            }
        }
        SymbolLookup fallback = LINKER.defaultLookup();
        searched.add("the default lookup (libc)");
        return new NativeLibrary(lookup == null ? fallback : lookup.or(fallback), searched, failures);
    }

    /** {@return the address of {@code symbol}, if one of the libraries has it} */
    public Optional<MemorySegment> find(String symbol) {
        return lookup.find(symbol);
    }

    /**
     * {@return the address of {@code symbol}}
     *
     * @param symbol the linker symbol
     * @param what what needs it, for the message (e.g. {@code function getpid of unistd.h})
     * @throws UnsatisfiedLinkError naming the symbol, the libraries searched and any that failed to load
     */
    public MemorySegment require(String symbol, String what) {
        return lookup.find(symbol).orElseThrow(() -> new UnsatisfiedLinkError("symbol '" + symbol + "' (" + what
                + ") not found in " + String.join(", ", searched)
                + (loadFailures.isEmpty() ? "" : "; " + String.join("; ", loadFailures))));
    }

    /**
     * {@return the global variable at {@code symbol}, {@code size} bytes long}
     *
     * @param symbol the linker symbol
     * @param what what needs it, for the message when the symbol is missing
     * @param size the variable's size in bytes
     * @throws UnsatisfiedLinkError when no library has the symbol
     */
    public MemorySegment global(String symbol, String what, long size) {
        return require(symbol, what).reinterpret(size);
    }

    /**
     * {@return a downcall handle for {@code symbol}}
     *
     * @param symbol the linker symbol
     * @param what what needs it, for the message when the symbol is missing
     * @param descriptor the C signature
     * @param options linker options (errno capture, first variadic argument)
     * @throws UnsatisfiedLinkError when no library has the symbol
     */
    public MethodHandle downcall(String symbol, String what, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(require(symbol, what), descriptor, options);
    }
}
