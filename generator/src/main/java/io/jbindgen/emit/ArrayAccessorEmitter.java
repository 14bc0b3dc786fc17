package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.lang.foreign.MemorySegment;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Accessors of array members: a length constant, indexed get/set with bounds checks for scalar
 * elements, indexed views for record elements, and a slice ({@link NestedArrayEmitter} adds the
 * element accessors of multi-dimensional arrays). A flexible or zero-length trailing
 * array has no fixed length: its bound is what the segment holds, and its slice takes a count.
 */
final class ArrayAccessorEmitter {
    static final ClassName MEMORY_SEGMENT = ClassName.get(MemorySegment.class);

    private ArrayAccessorEmitter() {
    }

    static void emit(RecordContext ctx, Member m, JType.Array a) {
        long elementSize = a.element().size();
        String doc = JavadocText.paragraph(m.field().doc())
                + ScalarCode.describe(m, "at byte offset " + m.offset()) + "\n\n";
        CodeBlock length;
        if (a.flexible()) {
            length = CodeBlock.of("$N()", m.javaName() + "Available");
            flexible(ctx, m, elementSize, doc);
        } else {
            ctx.type().addField(FieldSpec.builder(TypeName.LONG, m.lengthConst(), Modifier.PUBLIC,
                            Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The number of elements of $L.\n", JavadocText.code(m.cName()))
                    .initializer("$L", LayoutExpressionEmitter.longLiteral(a.length())).build());
            length = CodeBlock.of("$N", m.lengthConst());
            ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName() + "Segment")
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Returns the memory of $L.\n\n$L@return a slice of this record's segment\n",
                            JavadocText.code(m.cName()), doc)
                    .returns(MEMORY_SEGMENT)
                    .addStatement("return segment.asSlice($N, $LL)", m.offsetConst(), a.size())
                    .build());
        }
        CodeBlock offset = CodeBlock.of("$N + index * $LL", m.offsetConst(), elementSize);
        switch (a.element()) {
            case JType.Scalar s -> scalarElements(ctx, m, s, offset, length, doc);
            case JType.Struct st -> ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName())
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc("Returns a view of element {@code index} of $L.\n\n$L@param index the element "
                            + "index\n@return the view\n@throws IndexOutOfBoundsException if {@code index} is "
                            + "outside the array\n", JavadocText.code(m.cName()), doc)
                    .returns(st.cls())
                    .addParameter(TypeName.LONG, "index")
                    .addCode(ScalarCode.indexCheck(length, ctx.qualified(m)))
                    .addStatement("return $T.slice(segment, $L)", st.cls(), offset)
                    .build());
            case JType.Array inner -> NestedArrayEmitter.emit(ctx, m, a, length, doc);
            default -> {
                // opaque elements are reached through the slice
            }
        }
    }

    private static void scalarElements(RecordContext ctx, Member m, JType.Scalar s, CodeBlock offset,
            CodeBlock length, String doc) {
        TypeName java = TypeMapping.javaType(s);
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Reads element {@code index} of $L.\n\n$L@param index the element index\n"
                        + "@return the value\n@throws IndexOutOfBoundsException if {@code index} is "
                        + "outside the array\n", JavadocText.code(m.cName()), doc)
                .returns(java)
                .addParameter(TypeName.LONG, "index")
                .addCode(ScalarCode.indexCheck(length, ctx.qualified(m)))
                .addStatement("return $L", ScalarCode.read(ctx, s, offset))
                .build());
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Writes element {@code index} of $L.\n\n$L@param index the element index\n"
                        + "@param value the new value\n@return this view\n@throws IndexOutOfBoundsException "
                        + "if {@code index} is outside the array\n$L", JavadocText.code(m.cName()), doc,
                        ScalarAccessorEmitter.throwsDoc(s))
                .returns(ctx.cls())
                .addParameter(TypeName.LONG, "index")
                .addParameter(java, "value")
                .addCode(ScalarCode.indexCheck(length, ctx.qualified(m)))
                .addCode(ScalarCode.write(ctx, m, s, offset))
                .addStatement("return this")
                .build());
        ctx.mapping().enumClass(s).ifPresent(cls ->
                ScalarAccessorEmitter.enumView(ctx, m, cls, java, List.of("index")));
    }

    private static void flexible(RecordContext ctx, Member m, long elementSize, String doc) {
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName() + "Available")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeName.LONG)
                .addStatement("return $T.max(0, segment.byteSize() - $N) / $LL", Math.class, m.offsetConst(),
                        Math.max(1, elementSize))
                .build());
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName() + "Segment")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Returns the first {@code count} elements of the trailing array $L.\n\n$L"
                        + "@param count the number of elements (the header says where it is stored)\n"
                        + "@return a slice of this record's segment\n@throws IndexOutOfBoundsException if "
                        + "{@code count} is negative or more elements than the segment holds\n",
                        JavadocText.code(m.cName()), doc)
                .returns(MEMORY_SEGMENT)
                .addParameter(TypeName.LONG, "count")
                .addStatement("$T.count(count, $N(), $S)", RuntimeNames.CHECKS, m.javaName() + "Available",
                        ctx.qualified(m))
                .addStatement("return segment.asSlice($N, count * $LL)", m.offsetConst(), elementSize)
                .build());
    }
}
