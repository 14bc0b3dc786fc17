package io.jbindgen.runtime.sys;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Where {@link Errno#name(int)} gets symbolic errno names: a table the system's {@code <errno.h>} gives.
 * The runtime core is built before jbindgen's Maven plugin, so it cannot generate that table itself; the
 * module that does (artifact {@code jbindgen-posix}) provides one through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.jbindgen.runtime.sys.ErrnoNames}), and code that generated its own
 * errno constants may {@link Errno#register register} one built by {@link #fromConstants}.
 */
public interface ErrnoNames {
    /**
     * {@return the symbolic name of {@code errno}, such as {@code "EAGAIN"}, or {@code null} when this table
     * has none}
     *
     * @param errno the value
     */
    String name(int errno);

    /**
     * {@return the names of a generated constants class}: every {@code public static final int} field
     * named {@code E} and capitals or digits (generated from {@code <errno.h>} with the macros of its
     * included files, {@code E*}). Where several names share a value (glibc's aliases {@code EWOULDBLOCK}
     * = {@code EAGAIN}, {@code EDEADLOCK} = {@code EDEADLK}, {@code ENOTSUP} = {@code EOPNOTSUPP}) the
     * first field wins: jbindgen generates the macros in the order the headers define them, and the headers
     * define each alias after the name it stands for.
     *
     * @param constants the generated class
     */
    static ErrnoNames fromConstants(Class<?> constants) {
        Map<Integer, String> names = new HashMap<>();
        for (Field f : constants.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == int.class
                    && f.getName().matches("E[A-Z0-9]+")) {
                try {
                    names.putIfAbsent(f.getInt(null), f.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }
        }
        Map<Integer, String> table = Map.copyOf(names);
        return table::get;
    }
}
