package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Getter and setter of a scalar member, plus the typed view of an enum member. */
final class ScalarAccessorEmitter {
    private static final String SEGMENT_BOUNDS =
            "@throws IndexOutOfBoundsException if the record does not fit in {@code segment}\n";

    private ScalarAccessorEmitter() {
    }

    static void emit(RecordContext ctx, Member m, JType.Scalar s) {
        TypeName java = TypeMapping.javaType(s);
        CodeBlock offset = CodeBlock.of("$N", m.offsetConst());
        String doc = JavadocText.paragraph(m.field().doc())
                + ScalarCode.describe(m, "at byte offset " + m.offset()) + "\n\n";
        String name = m.javaName();
        ctx.type().addMethod(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Reads $L from the record at the start of {@code segment}.\n\n$L"
                        + "@param segment the memory of the record\n@return the value\n" + SEGMENT_BOUNDS,
                        JavadocText.code(m.cName()), doc)
                .returns(java)
                .addParameter(ArrayAccessorEmitter.MEMORY_SEGMENT, "segment")
                .addStatement("return $L", ScalarCode.readFixed(ctx, m, s, offset))
                .build());
        ctx.type().addMethod(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Writes $L in the record at the start of {@code segment}.\n\n$L"
                        + "@param segment the memory of the record\n@param value the new value\n$L" + SEGMENT_BOUNDS,
                        JavadocText.code(m.cName()), doc, throwsDoc(s))
                .addParameter(ArrayAccessorEmitter.MEMORY_SEGMENT, "segment")
                .addParameter(java, "value")
                .addCode(ScalarCode.writeFixed(ctx, m, s, offset))
                .build());
        ctx.type().addMethod(MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Reads $L.\n\n$L@return the value\n", JavadocText.code(m.cName()), doc)
                .returns(java)
                .addStatement("return $N(segment)", name)
                .build());
        // A pointer's instance setter would clash with the static getter (both take one MemorySegment).
        String setter = s.storage() == JType.Storage.ADDRESS ? "set" + Character.toUpperCase(name.charAt(0))
                + name.substring(1) : name;
        ctx.type().addMethod(MethodSpec.methodBuilder(setter)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes $L.\n\n$L@param value the new value\n@return this view\n$L",
                        JavadocText.code(m.cName()), doc, throwsDoc(s))
                .returns(ctx.cls())
                .addParameter(java, "value")
                .addStatement("$N(segment, value)", name)
                .addStatement("return this")
                .build());
        Optional<ClassName> e = ctx.mapping().enumClass(s);
        if (e.isPresent()) {
            enumView(ctx, m, e.get(), TypeMapping.javaType(s), List.of());
        }
    }

    static String throwsDoc(JType.Scalar s) {
        long max = TypeMapping.unsignedMax(s);
        return max > 0 ? "@throws IllegalArgumentException if {@code value} is outside [0, " + max + "]\n" : "";
    }

    /**
     * Adds the typed view of a member (or array element, or bitfield) of enum type: {@code xEnum(...)}
     * reading it as the enum, and {@code x(..., E value)} writing a constant.
     *
     * @param cls the enum class
     * @param raw the Java type of the raw accessor
     * @param indexes the names of the raw accessor's {@code long} index parameters, if any
     */
    static void enumView(RecordContext ctx, Member m, ClassName cls, TypeName raw, List<String> indexes) {
        String args = String.join(", ", indexes);
        MethodSpec.Builder getter = MethodSpec.methodBuilder(m.javaName() + "Enum")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Reads $L as {@link $T}.\n\n", JavadocText.code(m.cName()), cls)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), cls));
        MethodSpec.Builder setter = MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes $L from {@link $T}.\n\n", JavadocText.code(m.cName()), cls)
                .returns(ctx.cls());
        for (String index : indexes) {
            getter.addParameter(TypeName.LONG, index).addJavadoc("@param $N the element index\n", index);
            setter.addParameter(TypeName.LONG, index).addJavadoc("@param $N the element index\n", index);
        }
        CodeBlock value = raw.equals(TypeName.LONG) ? CodeBlock.of("value.value()")
                : CodeBlock.of("($T) value.value()", raw);
        ctx.type().addMethod(getter
                .addJavadoc("@return the constant, or empty when the value is not one the header lists\n")
                .addStatement("return $T.of($N($L))", cls, m.javaName(), args)
                .build());
        ctx.type().addMethod(setter
                .addJavadoc("@param value the constant\n@return this view\n")
                .addParameter(cls, "value")
                .addStatement("return $N($L$L)", m.javaName(), indexes.isEmpty() ? "" : args + ", ", value)
                .build());
    }
}
