package io.jbindgen.oracle;

import io.jbindgen.abi.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.TranslationUnit;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Calls the front end, {@code io.jbindgen.FrontEnd.parse(Path, FrontEndOptions, Diagnostics)}, found
 * reflectively so that the gcc corpus tests compile on a branch where the front end has not landed yet
 * (they are then skipped with an assumption message). Once it is on main this can become a direct call.
 */
final class FrontEndBridge {
    private static final boolean PRESENT = present("io.jbindgen.FrontEnd");
    private static Method parse;
    private static Constructor<?> options;

    private static boolean present(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static synchronized void bind() throws ReflectiveOperationException {
        if (parse != null) {
            return;
        }
        Class<?> optionsClass = Class.forName("io.jbindgen.FrontEndOptions");
        Class<?>[] types = java.util.Arrays.stream(optionsClass.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new);
        options = optionsClass.getDeclaredConstructor(types);
        parse = Class.forName("io.jbindgen.FrontEnd").getMethod("parse", Path.class, optionsClass, Diagnostics.class);
    }

    private FrontEndBridge() {
    }

    /** {@return whether the front end is on the class path (if it is but its API differs, {@link #parse} fails)} */
    static boolean available() {
        return PRESENT;
    }

    /** {@return the translation unit of {@code header} on {@code target}, diagnostics into {@code diags}} */
    static Optional<TranslationUnit> parse(Path header, Target target, List<Path> includeDirs, Diagnostics diags) {
        try {
            bind();
            Object o = options.newInstance(target, includeDirs, new LinkedHashMap<String, String>(), List.of());
            return Optional.ofNullable((TranslationUnit) parse.invoke(null, header, o, diags));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("front end crashed on " + header, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected front end API", e);
        }
    }
}
