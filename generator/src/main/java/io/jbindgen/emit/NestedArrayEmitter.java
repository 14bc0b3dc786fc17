package io.jbindgen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Element accessors of a multi-dimensional array member ({@code short cell[2][3]}): a length constant
 * per inner dimension ({@code CELL_LENGTH_1}; the outer one is {@code CELL_LENGTH}, or what the segment
 * holds for a flexible array), and get/set (scalar elements) or a view (record elements) taking one
 * index per dimension, each checked against its dimension.
 */
final class NestedArrayEmitter {
    private NestedArrayEmitter() {
    }

    /** The dimensions below the outer one, and the element type they end in. */
    private record Shape(List<Long> inner, JType element) {
        /** {@return the byte distance between consecutive indexes of dimension {@code k}} */
        long stride(int k) {
            long stride = element.size();
            for (int i = k; i < inner.size(); i++) {
                stride *= inner.get(i);
            }
            return stride;
        }
    }

    /**
     * Emits the element accessors of {@code outer}, whose element is itself an array.
     *
     * @param outerLength the expression for the outer dimension's length
     * @param doc the member's Javadoc paragraph
     */
    static void emit(RecordContext ctx, Member m, JType.Array outer, CodeBlock outerLength, String doc) {
        List<Long> inner = outer.dimensions().subList(1, outer.dimensions().size());
        JType element = outer.innermost();
        if (!(element instanceof JType.Scalar) && !(element instanceof JType.Struct)) {
            return; // opaque elements (and C's impossible inner flexible arrays) are reached through the slice
        }
        Shape shape = new Shape(inner, element);
        List<CodeBlock> lengths = new ArrayList<>(List.of(outerLength));
        for (int k = 1; k <= inner.size(); k++) {
            String name = m.lengthConst() + "_" + k;
            ctx.type().addField(FieldSpec.builder(TypeName.LONG, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The number of elements of dimension $L of $L (the outer one is 0).\n", k,
                            JavadocText.code(m.cName()))
                    .initializer("$L", LayoutExpressionEmitter.longLiteral(inner.get(k - 1))).build());
            lengths.add(CodeBlock.of("$N", name));
        }
        switch (element) {
            case JType.Scalar s -> scalars(ctx, m, s, shape, lengths, doc);
            case JType.Struct st -> ctx.type().addMethod(indexed(ctx, m, shape, lengths,
                    "Returns a view of element $L of $L.\n\n$L", doc)
                    .addJavadoc("@return the view\n")
                    .returns(st.cls())
                    .addStatement("return $T.slice(segment, $L)", st.cls(), offset(m, shape, lengths.size()))
                    .build());
            default -> throw new IllegalStateException("unreachable: " + element);
        }
    }

    private static void scalars(RecordContext ctx, Member m, JType.Scalar s, Shape shape, List<CodeBlock> lengths,
            String doc) {
        CodeBlock offset = offset(m, shape, lengths.size());
        ctx.type().addMethod(indexed(ctx, m, shape, lengths, "Reads element $L of $L.\n\n$L", doc)
                .addJavadoc("@return the value\n")
                .returns(TypeMapping.javaType(s))
                .addStatement("return $L", ScalarCode.read(ctx, s, offset))
                .build());
        MethodSpec.Builder setter = indexed(ctx, m, shape, lengths, "Writes element $L of $L.\n\n$L", doc)
                .addJavadoc("@param value the new value\n@return this view\n$L", ScalarAccessorEmitter.throwsDoc(s))
                .returns(ctx.cls())
                .addParameter(TypeMapping.javaType(s), "value");
        ctx.type().addMethod(setter.addCode(ScalarCode.write(ctx, m, s, offset)).addStatement("return this").build());
    }

    /** {@return a method with one checked {@code long} index per dimension and its Javadoc begun} */
    private static MethodSpec.Builder indexed(RecordContext ctx, Member m, Shape shape, List<CodeBlock> lengths,
            String summary, String doc) {
        StringBuilder where = new StringBuilder();
        for (int k = 0; k < lengths.size(); k++) {
            where.append("[{@code index").append(k).append("}]");
        }
        MethodSpec.Builder b = MethodSpec.methodBuilder(m.javaName()).addModifiers(Modifier.PUBLIC)
                .addJavadoc(summary, where, JavadocText.code(m.cName()), doc);
        for (int k = 0; k < lengths.size(); k++) {
            b.addJavadoc("@param index$L the index in dimension $L\n", k, k);
            b.addParameter(TypeName.LONG, "index" + k);
        }
        b.addJavadoc("@throws IndexOutOfBoundsException if an index is outside its dimension\n");
        for (int k = 0; k < lengths.size(); k++) {
            b.addCode(ScalarCode.indexCheck("index" + k, lengths.get(k), ctx.qualified(m) + ", dimension " + k));
        }
        return b;
    }

    private static CodeBlock offset(Member m, Shape shape, int dims) {
        CodeBlock.Builder b = CodeBlock.builder().add("$N", m.offsetConst());
        for (int k = 0; k < dims; k++) {
            b.add(" + index$L * $LL", k, shape.stride(k));
        }
        return b.build();
    }
}
