package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.model.CType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the functional interface of a C function-pointer type: its single method takes and returns
 * the call's carrier types, its {@code DESCRIPTOR} is the C signature, and {@code allocate} makes an
 * upcall stub in an arena, the {@code MemorySegment} to pass where C wants the function pointer.
 */
final class UpcallEmitter {
    private UpcallEmitter() {
    }

    /**
     * {@return the interface named {@code name} for {@code function}, or empty when a parameter or the
     * result has no call type (or the function is variadic)}
     *
     * @param name the interface's simple name
     * @param cName the C type's name or description, for the Javadoc
     * @param function the C function type
     * @param types the call-type mapping
     */
    static Optional<TypeSpec> emit(String name, String cName, CType.Function function, CallTypes types) {
        if (function.variadic()) {
            return Optional.empty();
        }
        Optional<CallType> ret = function.returnType().canonical() instanceof CType.Void ? Optional.empty()
                : types.of(function.returnType());
        if (ret.isEmpty() && !(function.returnType().canonical() instanceof CType.Void)) {
            return Optional.empty();
        }
        List<CallType> params = new ArrayList<>();
        for (CType p : function.parameters()) {
            Optional<CallType> t = types.of(p);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            params.add(t.get());
        }
        ClassName self = ClassName.get("", name);
        MethodSpec.Builder apply = MethodSpec.methodBuilder("apply").addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("Called by native code through the stub.\n");
        for (int i = 0; i < params.size(); i++) {
            apply.addParameter(params.get(i).carrier(), "arg" + i);
            apply.addJavadoc("@param arg$L {@code $L}\n", i, function.parameters().get(i).spelling());
        }
        ret.ifPresent(r -> apply.returns(r.carrier()).addJavadoc("@return the {@code $L} result\n",
                function.returnType().spelling()));
        CodeBlock layouts = params.stream().map(CallType::layout).collect(CodeBlock.joining(", "));
        CodeBlock descriptor = ret.map(r -> CodeBlock.of("$T.of($L$L$L)", FfmNames.FUNCTION_DESCRIPTOR, r.layout(),
                params.isEmpty() ? "" : ", ", layouts))
                .orElse(CodeBlock.of("$T.ofVoid($L)", FfmNames.FUNCTION_DESCRIPTOR, layouts));
        return Optional.of(TypeSpec.interfaceBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("The C function-pointer type {@code $L}: implement it in Java and pass "
                        + "{@link #allocate} where C wants the pointer.\n", cName)
                .addField(FieldSpec.builder(FfmNames.FUNCTION_DESCRIPTOR, "DESCRIPTOR", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL).addJavadoc("The C signature.\n").initializer(descriptor).build())
                .addMethod(apply.build())
                .addMethod(MethodSpec.methodBuilder("allocate").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addJavadoc("{@return an upcall stub calling {@code function}, valid while {@code arena} is alive}\n"
                                + "@param function the Java implementation\n@param arena the arena owning the stub\n")
                        .addParameter(self, "function").addParameter(FfmNames.ARENA, "arena")
                        .returns(CallType.MEMORY_SEGMENT)
                        .addStatement("return $T.upcall($T.class, $S, function, DESCRIPTOR, arena)",
                                RuntimeNames.NATIVE_CALLS, self, "apply")
                        .build())
                .build());
    }
}
