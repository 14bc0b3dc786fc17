package io.jbindgen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.FunctionDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.model.VariableDecl;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import io.jbindgen.naming.SymbolPatterns;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the functions class of a header: a downcall method per function the header's translation unit
 * declares (filtered by the include and exclude patterns), a functional interface per function-pointer
 * type, and accessors per global variable, all looking their symbols up through one
 * {@code NativeLibrary}. Nothing is emitted when nothing is bound, so headers without functions get
 * exactly the classes they got before.
 */
final class FunctionsEmitter {
    static final String LIBRARY = "LIBRARY";
    private static final String LAST_ERRNO = "lastErrno";
    /** Simple names the functions class refers to: a nested interface or invoker must not shadow them. */
    private static final Set<String> REFERENCED = Set.of("Arena", "FunctionDescriptor", "Linker", "MemoryLayout",
            "MemorySegment", "SegmentAllocator", "ValueLayout", "MethodHandle", "NativeLibrary", "NativeCalls",
            "ErrnoCapture", "ErrnoException", "Checks", "Object", "Throwable", "Integer", "Short", "Byte", "Deprecated",
            "FunctionalInterface", "Generated", "String");
    /** Restricted identifiers that are fine as method names ({@code open}, {@code record}, ...): not escaped. */
    private static final Set<String> METHOD_NAMES_ALLOWED = Set.of("open", "module", "requires", "exports", "opens",
            "to", "uses", "provides", "with", "transitive", "when", "permits", "sealed", "record", "var");
    private static final Set<String> RESERVED_PARAMETERS = Set.of(DowncallEmitter.STATE, DowncallEmitter.RESULT,
            DowncallEmitter.ALLOCATOR, DowncallEmitter.ARGS, "t", "layouts");

    private final TranslationUnit unit;
    private final TypeMapping mapping;
    private final ClassNames classNames;
    private final FunctionOptions options;
    private final CallTypes types;
    private final String header;

    FunctionsEmitter(TranslationUnit unit, TypeMapping mapping, ClassNames classNames, FunctionOptions options) {
        this.unit = unit;
        this.mapping = mapping;
        this.classNames = classNames;
        this.options = options;
        this.types = new CallTypes(mapping);
        this.header = unit.mainFile().replaceAll(".*[/\\\\]", "");
    }

    /** {@return the functions class, or empty when the header binds no function and no variable} */
    Optional<TypeSpec> emit() {
        SymbolPatterns include = new SymbolPatterns(options.include());
        SymbolPatterns exclude = new SymbolPatterns(options.exclude());
        SymbolPatterns errno = new SymbolPatterns(options.errno());
        SymbolPatterns critical = new SymbolPatterns(options.critical());
        NameAllocator members = new NameAllocator(Set.of(LIBRARY, LAST_ERRNO));
        NameAllocator nested = new NameAllocator(typeNamesInScope());
        Map<String, TypeSpec> interfaces = new LinkedHashMap<>();
        TypeSpec.Builder type = TypeSpec.classBuilder(classNames.functions())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(JavaEmitter.GENERATED)
                .addJavadoc(classDoc())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(FfmNames.NATIVE_LIBRARY, LIBRARY, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.of($L)", FfmNames.NATIVE_LIBRARY, options.libraries().stream()
                                .map(l -> CodeBlock.of("$S", l)).collect(CodeBlock.joining(", "))).build());
        int bound = 0;
        List<String> unbound = new ArrayList<>();
        for (Declaration d : unit.declarations()) {
            if (d instanceof TypedefDecl td && unit.inMainFile(td) && functionPointee(td.type()) != null) {
                upcall(interfaces, nested, td.name(), td.name(), functionPointee(td.type()));
            }
        }
        for (Declaration d : unit.declarations()) {
            if (d instanceof FunctionDecl f && selected(include, exclude, f.name(), f)) {
                Optional<BoundFunction> b = bind(f, errno.matches(f.name(), f.position().file()),
                        critical.matches(f.name(), f.position().file()), members, nested);
                if (b.isPresent()) {
                    DowncallEmitter.emit(type, b.get());
                    interfacesOf(f, interfaces, nested);
                    bound++;
                } else {
                    unbound.add(f.name());
                }
            } else if (d instanceof VariableDecl v && selected(include, exclude, v.name(), v)) {
                String name = members.allocate(methodName(v.name()));
                GlobalEmitter.emit(type, v, name, nested.allocate(v.name() + "$"), types.of(v.type()),
                        Math.max(0, mapping.resolve(v.type()).size()), header);
                bound++;
            }
        }
        if (bound == 0) {
            return Optional.empty();
        }
        if (!unbound.isEmpty()) {
            type.addJavadoc("<p>Not bound, because a parameter or the result has no FFM layout here (a record "
                    + "whose layout failed): $L.\n", JavadocText.code(String.join(", ", unbound)));
        }
        if (options.errno().stream().findAny().isPresent()) {
            type.addMethod(MethodSpec.methodBuilder(LAST_ERRNO).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(int.class)
                    .addJavadoc("{@return the errno the calling thread's last errno-capturing call left}\n")
                    .addStatement("return $T.last()", FfmNames.ERRNO_CAPTURE).build());
        }
        interfaces.values().forEach(type::addType);
        return Optional.of(type.build());
    }

    /** {@return the simple names a nested type of the functions class must not take} */
    private Set<String> typeNamesInScope() {
        Set<String> names = new HashSet<>(REFERENCED);
        names.add(classNames.functions().simpleName());
        names.add(classNames.constants().simpleName());
        classNames.records().values().forEach(c -> names.add(c.simpleName()));
        classNames.enums().values().forEach(c -> names.add(c.simpleName()));
        return names;
    }

    /**
     * {@return whether a static method {@code name} with these parameters would clash with a method of
     * {@code Object} ({@code toString()}, {@code wait(long)}, ...): javac rejects such a method}
     */
    private static boolean hidesObjectMethod(String name, List<CallType> params) {
        List<String> types = params.stream().map(p -> p.javaType().toString()).toList();
        return switch (name) {
            case "getClass", "hashCode", "toString", "notify", "notifyAll", "clone", "finalize" -> types.isEmpty();
            case "wait" -> types.isEmpty() || types.equals(List.of("long")) || types.equals(List.of("long", "int"));
            case "equals" -> types.equals(List.of("java.lang.Object"));
            default -> false;
        };
    }

    private static String methodName(String cName) {
        return METHOD_NAMES_ALLOWED.contains(cName) ? cName : JavaNames.escape(cName);
    }

    private CodeBlock classDoc() {
        return CodeBlock.of("Functions and global variables of $L on $L, looked up in $L.\n"
                + "<p>Each function's downcall handle is created on its first call; a missing symbol is reported "
                + "then, as an {@code UnsatisfiedLinkError} naming it. Callers need native access "
                + "({@code --enable-native-access}).$L\n", JavadocText.code(header), mapping.target().name(),
                options.libraries().isEmpty() ? "libc (the default lookup)"
                        : JavadocText.code(String.join(", ", options.libraries())) + " then libc",
                types.addresses() ? "" : " Pointers are target-width unsigned integers: the target's addresses "
                        + "are not this JVM's.");
    }

    private static boolean selected(SymbolPatterns include, SymbolPatterns exclude, String name, Declaration d) {
        String file = d.position().file();
        return (include.isEmpty() || include.matches(name, file)) && !exclude.matches(name, file);
    }

    private Optional<BoundFunction> bind(FunctionDecl f, boolean errno, boolean critical, NameAllocator members,
            NameAllocator nested) {
        CType ret = f.type().returnType();
        Optional<CallType> returns = ret.canonical() instanceof CType.Void ? Optional.empty() : types.of(ret);
        if (returns.isEmpty() && !(ret.canonical() instanceof CType.Void)) {
            return Optional.empty();
        }
        List<CallType> params = new ArrayList<>();
        for (CType p : f.type().parameters()) {
            Optional<CallType> t = types.of(p);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            params.add(t.get());
        }
        NameAllocator locals = new NameAllocator(RESERVED_PARAMETERS);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            names.add(locals.allocate(JavaNames.lowerCamel(f.parameterNames().get(i), "arg" + i)));
        }
        String wanted = methodName(f.name());
        String javaName = members.allocate(hidesObjectMethod(wanted, params) ? wanted + "_" : wanted);
        boolean variadic = f.type().variadic();
        return Optional.of(new BoundFunction(f, javaName, variadic ? null : nested.allocate(f.name() + "$"),
                variadic ? nested.allocate(JavaNames.upperCamel(f.name(), "Invoker")) : null, returns, params, names,
                errno, critical, header));
    }

    private void interfacesOf(FunctionDecl f, Map<String, TypeSpec> interfaces, NameAllocator nested) {
        for (int i = 0; i < f.type().parameters().size(); i++) {
            CType p = f.type().parameters().get(i);
            CType.Function fn = functionPointee(p);
            if (fn == null) {
                continue;
            }
            String typedef = typedefName(p);
            String key = typedef != null ? typedef : f.name() + " parameter " + (i + 1);
            String wanted = typedef != null ? typedef : f.name() + "_" + (f.parameterNames().get(i).isEmpty()
                    ? "callback" : f.parameterNames().get(i));
            upcall(interfaces, nested, key, wanted, fn);
        }
    }

    private void upcall(Map<String, TypeSpec> interfaces, NameAllocator nested, String key, String wanted,
            CType.Function fn) {
        if (interfaces.containsKey(key)) {
            return;
        }
        String name = nested.allocate(JavaNames.upperCamel(wanted, "Callback"));
        UpcallEmitter.emit(name, key, fn, types).ifPresent(t -> interfaces.put(key, t));
    }

    /** {@return the function type a pointer-to-function type (or a function type) points to, or null} */
    private static CType.Function functionPointee(CType t) {
        CType c = t.canonical();
        if (c instanceof CType.Pointer p) {
            c = p.pointee().canonical();
        }
        return c instanceof CType.Function f ? f : null;
    }

    /** {@return the first typedef name on the way to the function type, or null} */
    private static String typedefName(CType t) {
        if (t instanceof CType.Typedef td) {
            return td.name();
        }
        return t instanceof CType.Pointer p && p.pointee() instanceof CType.Typedef td ? td.name() : null;
    }
}
