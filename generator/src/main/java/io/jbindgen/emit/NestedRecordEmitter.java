package io.jbindgen.emit;

import com.palantir.javapoet.MethodSpec;
import java.lang.foreign.MemorySegment;
import javax.lang.model.element.Modifier;

/** Accessors of nested record members (a view and a copying setter) and of opaque members (a slice). */
final class NestedRecordEmitter {
    private NestedRecordEmitter() {
    }

    static void emit(RecordContext ctx, Member m, JType.Struct st) {
        String doc = JavadocText.paragraph(m.field().doc())
                + ScalarCode.describe(m, "at byte offset " + m.offset()) + "\n\n";
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Returns a view of $L over this record's memory.\n\n$L@return the view\n",
                        JavadocText.code(m.cName()), doc)
                .returns(st.cls())
                .addStatement("return $T.slice(segment, $N)", st.cls(), m.offsetConst())
                .build());
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Copies {@code value} into $L.\n\n$L@param value the record to copy\n@return this view\n",
                        JavadocText.code(m.cName()), doc)
                .returns(ctx.cls())
                .addParameter(st.cls(), "value")
                .addStatement("$T.copy(value.segment(), 0, segment, $N, $T.SIZE)", MemorySegment.class,
                        m.offsetConst(), st.cls())
                .addStatement("return this")
                .build());
    }

    static void opaque(RecordContext ctx, Member m, JType.Opaque o) {
        String doc = JavadocText.paragraph(m.field().doc())
                + ScalarCode.describe(m, "at byte offset " + m.offset()) + "\n\n";
        ctx.type().addMethod(MethodSpec.methodBuilder(m.javaName() + "Segment")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Returns the memory of $L ($L bytes; Java has no matching type).\n\n$L"
                        + "@return a slice of this record's segment\n", JavadocText.code(m.cName()), o.size(), doc)
                .returns(MemorySegment.class)
                .addStatement("return segment.asSlice($N, $LL)", m.offsetConst(), o.size())
                .build());
    }
}
