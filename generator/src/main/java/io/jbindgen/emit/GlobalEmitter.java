package io.jbindgen.emit;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.model.CType;
import io.jbindgen.model.VariableDecl;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the accessors of a global variable: a holder class with the symbol's segment (looked up on
 * first use), a getter and, for scalars and pointers, a setter. Records and arrays are returned as
 * their class or segment, to be read and written in place.
 */
final class GlobalEmitter {
    private GlobalEmitter() {
    }

    /**
     * Adds the accessors of {@code v} to {@code type}.
     *
     * @param type the functions class
     * @param v the variable
     * @param javaName the accessors' name
     * @param holderName the holder class's name
     * @param callType how its value crosses, empty for arrays and types without one
     * @param size its size in bytes
     * @param header the header's file name, for messages
     */
    static void emit(TypeSpec.Builder type, VariableDecl v, String javaName, String holderName,
            Optional<CallType> callType, long size, String header) {
        type.addType(TypeSpec.classBuilder(holderName).addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(CallType.MEMORY_SEGMENT, "SEGMENT", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$N.global($S, $S, $LL)", FunctionsEmitter.LIBRARY, v.symbol(),
                                "variable " + v.name() + " of " + header, size)
                        .build())
                .build());
        String doc = "{@code " + v.type().spelling() + " " + v.name() + "}, declared at "
                + v.position().file().replaceAll(".*[/\\\\]", "") + ":" + v.position().line() + ".\n";
        MethodSpec.Builder get = MethodSpec.methodBuilder(javaName).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("{@return the global $L}", doc);
        if (v.type().canonical() instanceof CType.Array || callType.isEmpty()) {
            type.addMethod(get.returns(CallType.MEMORY_SEGMENT).addStatement("return $N.SEGMENT", holderName).build());
            return;
        }
        CallType t = callType.get();
        if (t instanceof CallType.ByValue b) {
            type.addMethod(get.returns(b.cls()).addStatement("return $T.at($N.SEGMENT)", b.cls(), holderName).build());
            return;
        }
        type.addMethod(get.returns(t.javaType()).addStatement("return $L", t.fromCarrier(com.palantir.javapoet.CodeBlock.of(
                "$N.SEGMENT.get($L, 0L)", holderName, t.layout()))).build());
        type.addMethod(MethodSpec.methodBuilder(javaName).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Sets the global $L@param value the new value\n", doc)
                .addParameter(t.javaType(), "value")
                .addStatement("$N.SEGMENT.set($L, 0L, $L)", holderName, t.layout(), t.toCarrier("value", v.name()))
                .build());
    }
}
