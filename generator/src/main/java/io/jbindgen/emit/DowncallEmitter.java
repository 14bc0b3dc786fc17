package io.jbindgen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the binding of one function: a nested holder class whose static final handle is created on
 * first use (so an unused function never needs its symbol, and the JIT sees a constant), and a static
 * method that converts the arguments and calls it; with errno capture the method throws
 * {@code ErrnoException} when the result says the call failed. A variadic function gets a factory
 * method and an invoker class per set of variadic argument layouts instead.
 */
final class DowncallEmitter {
    static final String STATE = "errnoState";
    static final String RESULT = "result";
    static final String ALLOCATOR = "allocator";
    static final String ARGS = "variadicArguments";

    private DowncallEmitter() {
    }

    /** Adds {@code f}'s holder class and method(s) to {@code type}. */
    static void emit(TypeSpec.Builder type, BoundFunction f) {
        if (f.decl().type().variadic()) {
            type.addMethod(factory(f));
            type.addType(invoker(f));
            return;
        }
        type.addType(TypeSpec.classBuilder(f.holderName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(FfmNames.METHOD_HANDLE, "HANDLE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$N.downcall($S, $S, $L$L)", FunctionsEmitter.LIBRARY, f.decl().symbol(),
                                f.what(), f.descriptor(), f.linkerOptions())
                        .build())
                .build());
        MethodSpec.Builder m = MethodSpec.methodBuilder(f.javaName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        signature(m, f, false);
        body(m, f, CodeBlock.of("$N.HANDLE", f.holderName()), List.of());
        type.addMethod(m.build());
    }

    /** The Javadoc, annotations, parameters (with the boxed variadic arguments when {@code variadic}) and result. */
    private static void signature(MethodSpec.Builder m, BoundFunction f, boolean variadic) {
        m.addJavadoc("{@code $L}\n<p>Declared at $L.", f.prototype(), f.declaredAt());
        if (!f.decl().attributes().isEmpty()) {
            m.addJavadoc(" GNU attributes: $L.", String.join(", ", f.decl().attributes()));
        }
        m.addJavadoc("\n");
        if (f.decl().deprecated()) {
            m.addAnnotation(Deprecated.class);
        }
        if (f.returnsRecord()) {
            m.addParameter(FfmNames.SEGMENT_ALLOCATOR, ALLOCATOR);
            m.addJavadoc("@param $N where the returned record is allocated\n", ALLOCATOR);
        }
        for (int i = 0; i < f.parameters().size(); i++) {
            m.addParameter(ParameterSpec.builder(f.parameters().get(i).javaType(), f.parameterNames().get(i)).build());
            m.addJavadoc("@param $N {@code $L}\n", f.parameterNames().get(i), f.decl().type().parameters().get(i).spelling());
        }
        if (variadic) {
            m.addParameter(ArrayTypeName.of(com.palantir.javapoet.ClassName.OBJECT), ARGS).varargs()
                    .addJavadoc("@param $N the variadic arguments, boxed, one per layout given to the factory\n", ARGS);
        }
        f.returns().ifPresent(r -> {
            m.returns(r.javaType());
            m.addJavadoc("@return what {@code $L} returns\n", f.decl().name());
        });
        if (f.errno() && f.failureTest(RESULT) != null) {
            m.addException(RuntimeNames.ERRNO_EXCEPTION);
            m.addJavadoc("@throws ErrnoException when it returns $L, naming the errno it left\n",
                    f.returns().orElseThrow() instanceof CallType.Address ? "{@code NULL} or {@code (void *) -1}" : "-1");
        }
    }

    /** The call: arguments converted, errno captured and checked, result converted. */
    private static void body(MethodSpec.Builder m, BoundFunction f, CodeBlock handle, List<CodeBlock> extraArgs) {
        List<CodeBlock> args = new ArrayList<>();
        if (f.errno()) {
            m.addStatement("$T $N = $T.state()", CallType.MEMORY_SEGMENT, STATE, RuntimeNames.ERRNO_CAPTURE);
            args.add(CodeBlock.of("$N", STATE));
        }
        if (f.returnsRecord()) {
            args.add(CodeBlock.of("$N", ALLOCATOR));
        }
        for (int i = 0; i < f.parameters().size(); i++) {
            args.add(f.parameters().get(i).toCarrier(f.parameterNames().get(i), f.decl().name() + " argument "
                    + f.decl().parameterNames().get(i)));
        }
        args.addAll(extraArgs);
        CodeBlock call = CodeBlock.of("$L.invokeExact($L)", handle, CodeBlock.join(args, ", "));
        if (f.returns().isEmpty()) {
            m.beginControlFlow("try").addStatement(call);
            m.nextControlFlow("catch ($T t)", Throwable.class)
                    .addStatement("throw $T.unexpected(t)", RuntimeNames.NATIVE_CALLS).endControlFlow();
            return;
        }
        CallType r = f.returns().get();
        m.addStatement("$T $N", r.carrier(), RESULT);
        m.beginControlFlow("try").addStatement("$N = ($T) $L", RESULT, r.carrier(), call);
        m.nextControlFlow("catch ($T t)", Throwable.class)
                .addStatement("throw $T.unexpected(t)", RuntimeNames.NATIVE_CALLS).endControlFlow();
        CodeBlock failed = f.errno() ? f.failureTest(RESULT) : null;
        if (failed != null) {
            m.beginControlFlow("if ($L)", failed)
                    .addStatement("throw $T.failure($S, $N, $L)", RuntimeNames.ERRNO_CAPTURE, f.decl().name(), STATE,
                            f.subject())
                    .endControlFlow();
        }
        m.addStatement("return $L", r.fromCarrier(CodeBlock.of("$N", RESULT)));
    }

    private static MethodSpec factory(BoundFunction f) {
        return MethodSpec.methodBuilder(f.javaName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("{@code $L}\n<p>Declared at $L. Returns an invoker for one set of variadic argument "
                        + "layouts; C's default argument promotions apply to them: pass {@code JAVA_DOUBLE} for "
                        + "{@code float}, {@code JAVA_INT} for {@code char} and {@code short}.\n"
                        + "@param layouts the layouts of the arguments after the fixed ones\n"
                        + "@return the invoker, to be kept and reused\n"
                        + "@throws IllegalArgumentException when a layout is one the promotions never pass\n",
                        f.prototype(), f.declaredAt())
                .addParameter(ArrayTypeName.of(FfmNames.MEMORY_LAYOUT), "layouts").varargs()
                .returns(com.palantir.javapoet.ClassName.get("", f.invokerName()))
                .addStatement("$T.checkPromoted($S, layouts)", RuntimeNames.NATIVE_CALLS, f.decl().name())
                .addStatement("return new $N(layouts)", f.invokerName())
                .build();
    }

    private static TypeSpec invoker(BoundFunction f) {
        CodeBlock options = CodeBlock.of("$T.Option.firstVariadicArg($L)$L", FfmNames.LINKER, f.parameters().size(),
                f.linkerOptions());
        MethodSpec constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(ArrayTypeName.of(FfmNames.MEMORY_LAYOUT), "layouts")
                .addStatement("this.exact = $N.downcall($S, $S, $L.appendArgumentLayouts(layouts), $L)",
                        FunctionsEmitter.LIBRARY, f.decl().symbol(), f.what(), f.descriptor(), options)
                .addStatement("this.handle = exact.asSpreader($T[].class, layouts.length)", Object.class)
                .build();
        MethodSpec exact = MethodSpec.methodBuilder("exact").addModifiers(Modifier.PUBLIC)
                .returns(FfmNames.METHOD_HANDLE)
                .addJavadoc("{@return the downcall handle itself, for {@code invokeExact} with the variadic arguments "
                        + "unboxed$L} {@link #invoke} boxes them into an array; kept in a {@code static final} field, "
                        + "this handle makes a call that allocates nothing, the caller checking the result itself.\n",
                        f.errno() ? " (after the errno capture segment, {@code ErrnoCapture.state()})" : "")
                .addStatement("return exact").build();
        MethodSpec.Builder invoke = MethodSpec.methodBuilder("invoke").addModifiers(Modifier.PUBLIC);
        signature(invoke, f, true);
        body(invoke, f, CodeBlock.of("handle"), List.of(CodeBlock.of("$N", ARGS)));
        return TypeSpec.classBuilder(f.invokerName()).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Calls {@code $L} with one set of variadic argument layouts.\n", f.decl().name())
                .addField(FfmNames.METHOD_HANDLE, "exact", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FfmNames.METHOD_HANDLE, "handle", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor).addMethod(invoke.build()).addMethod(exact)
                .build();
    }
}
