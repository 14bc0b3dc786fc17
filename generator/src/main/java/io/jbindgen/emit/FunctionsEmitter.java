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
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.PlannedDeclaration;
import io.jbindgen.select.SelectionPlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits the functions class of a header: a downcall method per function of the header's translation unit
 * that the selection plan binds, under the name it gives, a functional interface per function-pointer
 * type, and accessors per global variable it binds, all looking their symbols up through one
 * {@code NativeLibrary}. Nothing is emitted when nothing is bound, so headers without functions get
 * exactly the classes they got before.
 */
final class FunctionsEmitter {
    static final String LIBRARY = SelectionPlan.LIBRARY_FIELD;
    private static final String LAST_ERRNO = SelectionPlan.LAST_ERRNO_METHOD;
    /** Simple names the functions class refers to: a nested interface or invoker must not shadow them. */
    private static final Set<String> REFERENCED = Set.of("Arena", "FunctionDescriptor", "Linker", "MemoryLayout",
            "MemorySegment", "SegmentAllocator", "ValueLayout", "MethodHandle", "NativeLibrary", "NativeCalls",
            "ErrnoCapture", "ErrnoException", "Checks", "Object", "Throwable", "Integer", "Short", "Byte", "Deprecated",
            "FunctionalInterface", "Generated", "String");
    private static final Set<String> RESERVED_PARAMETERS = Set.of(DowncallEmitter.STATE, DowncallEmitter.RESULT,
            DowncallEmitter.ALLOCATOR, DowncallEmitter.ARGS, "t", "layouts");

    private final TranslationUnit unit;
    private final TypeMapping mapping;
    private final ClassNames classNames;
    private final FunctionOptions options;
    private final SelectionPlan plan;
    private final CallTypes types;
    private final String header;

    FunctionsEmitter(TranslationUnit unit, TypeMapping mapping, ClassNames classNames, FunctionOptions options,
            SelectionPlan plan) {
        this.unit = unit;
        this.mapping = mapping;
        this.classNames = classNames;
        this.options = options;
        this.plan = plan;
        this.types = new CallTypes(mapping);
        this.header = unit.mainFile().replaceAll(".*[/\\\\]", "");
    }

    /** {@return the functions class, or empty when the header binds no function and no variable} */
    Optional<TypeSpec> emit() {
        SymbolPatterns errno = new SymbolPatterns(options.errno());
        SymbolPatterns critical = new SymbolPatterns(options.critical());
        NameAllocator nested = new NameAllocator(typeNamesInScope());
        Map<String, TypeSpec> interfaces = new LinkedHashMap<>();
        TypeSpec.Builder type = TypeSpec.classBuilder(classNames.functions())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(JavaEmitter.GENERATED)
                .addJavadoc(classDoc())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addField(FieldSpec.builder(RuntimeNames.NATIVE_LIBRARY, LIBRARY, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.of($L)", RuntimeNames.NATIVE_LIBRARY,
                                options.libraries().stream()
                                .map(l -> CodeBlock.of("$S", l)).collect(CodeBlock.joining(", "))).build());
        int bound = 0;
        for (Declaration d : unit.declarations()) {
            if (d instanceof TypedefDecl td && unit.inMainFile(td) && functionPointee(td.type()) != null) {
                upcall(interfaces, nested, td.name(), td.name(), functionPointee(td.type()));
            }
        }
        for (Declaration d : unit.declarations()) {
            if (d instanceof FunctionDecl f && plan.function(f.name()).isPresent()) {
                DowncallEmitter.emit(type, bind(f, plan.function(f.name()).get(), errno.matches(f.name(),
                        f.position().file()), critical.matches(f.name(), f.position().file()), nested));
                interfacesOf(f, interfaces, nested);
                bound++;
            } else if (d instanceof VariableDecl v && plan.function(v.name()).isPresent()) {
                GlobalEmitter.emit(type, v, plan.function(v.name()).get(), nested.allocate(v.name() + "$"),
                        types.of(v.type()), Math.max(0, mapping.resolve(v.type()).size()), header);
                bound++;
            }
        }
        List<String> unbound = plan.declarations().stream()
                .filter(d -> d.kind() == DeclarationKind.FUNCTION && d.code().equals("no-call-layout"))
                .map(PlannedDeclaration::cName).toList();
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
                    .addStatement("return $T.last()", RuntimeNames.ERRNO_CAPTURE).build());
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

    /** Binds a function the plan names: the plan has checked that every type it passes has a layout. */
    private BoundFunction bind(FunctionDecl f, String javaName, boolean errno, boolean critical,
            NameAllocator nested) {
        CType ret = f.type().returnType();
        Optional<CallType> returns = ret.canonical() instanceof CType.Void ? Optional.empty() : types.of(ret);
        List<CallType> params = new ArrayList<>();
        for (CType p : f.type().parameters()) {
            params.add(types.of(p).orElseThrow(() -> new IllegalStateException("the plan binds " + f.name()
                    + ", whose parameter has no layout")));
        }
        NameAllocator locals = new NameAllocator(RESERVED_PARAMETERS);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            names.add(locals.allocate(JavaNames.lowerCamel(f.parameterNames().get(i), "arg" + i)));
        }
        boolean variadic = f.type().variadic();
        return new BoundFunction(f, javaName, variadic ? null : nested.allocate(f.name() + "$"),
                variadic ? nested.allocate(JavaNames.upperCamel(f.name(), "Invoker")) : null, returns, params, names,
                errno, critical, header);
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
