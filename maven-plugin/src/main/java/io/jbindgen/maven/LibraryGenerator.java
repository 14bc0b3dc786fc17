package io.jbindgen.maven;

import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** The generator's library API, {@code io.jbindgen.Generator}, as the plugin calls it. */
final class LibraryGenerator {

    private LibraryGenerator() {
    }

    /** {@return the files for {@code request}} */
    static GenerationResult generate(GenerationRequest request) {
        try {
            return (GenerationResult) handle("generate", MethodType.methodType(GenerationResult.class,
                    GenerationRequest.class)).invoke(request);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the generator's version} */
    static String version() {
        try {
            return (String) handle("version", MethodType.methodType(String.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    // TODO(plugin): call io.jbindgen.Generator directly once it is on main.
    private static MethodHandle handle(String name, MethodType type) throws ReflectiveOperationException {
        Class<?> generator = Class.forName("io.jbindgen.Generator");
        return MethodHandles.publicLookup().findStatic(generator, name, type);
    }
}
