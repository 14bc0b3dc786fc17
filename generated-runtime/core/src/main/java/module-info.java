/**
 * jbindgen's runtime: what generated bindings need (layout support, checks, bit-field and enum helpers,
 * downcalls through {@link io.jbindgen.runtime.NativeLibrary}, typed ioctl requests and request channels)
 * and the errno capture and exceptions of their system calls. Depends on nothing but the JDK, and never on
 * the generator.
 */
module io.jbindgen.runtime {
    exports io.jbindgen.runtime;
    exports io.jbindgen.runtime.sys;

    uses io.jbindgen.runtime.sys.ErrnoNames;
}
