package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.lang.foreign.SegmentAllocator;
import javax.lang.model.element.Modifier;

/**
 * The segment field, constructor and factories of a record class: {@code allocate}, {@code at}
 * (bounds and alignment checked), {@code atUnaligned} (bounds checked only: packed records such as
 * those back to back in a device page; every accessor reads unaligned), the package-private {@code slice} that nested views use, and for
 * records with a trailing flexible array {@code sizeWith(count)} and {@code allocate(allocator, count)}.
 */
final class RecordFactories {
    private static final ClassName SEGMENT = ArrayAccessorEmitter.MEMORY_SEGMENT;

    private RecordFactories() {
    }

    static void emit(RecordContext ctx, Member flexibleMember) {
        boolean flexible = flexibleMember != null;
        ClassName cls = ctx.cls();
        String c = ctx.cName();
        ctx.type().addField(FieldSpec.builder(SEGMENT, "segment", Modifier.PRIVATE, Modifier.FINAL).build());
        ctx.type().addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                .addParameter(SEGMENT, "segment")
                .addStatement("this.segment = segment").build());
        ctx.type().addMethod(MethodSpec.methodBuilder("allocate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Allocates a record with {@code allocator} (an arena gives zeroed memory).\n\n"
                        + "@param allocator where the memory comes from\n@return a view of the new record\n")
                .returns(cls).addParameter(SegmentAllocator.class, "allocator")
                .addStatement("return new $T(allocator.allocate(SIZE, ALIGN))", cls).build());
        ctx.type().addMethod(MethodSpec.methodBuilder("at")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Views the record at the start of {@code segment}.\n\n@param segment the memory\n"
                        + "@return the view\n@throws IndexOutOfBoundsException if the record does not fit\n"
                        + "@throws IllegalArgumentException if native memory is not aligned to {@link #ALIGN}\n")
                .returns(cls).addParameter(SEGMENT, "segment")
                .addStatement("return at(segment, 0)").build());
        ctx.type().addMethod(MethodSpec.methodBuilder("at")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Views the record at {@code offset} in {@code segment}.\n\n@param segment the memory\n"
                        + "@param offset the byte offset of the record\n@return the view\n"
                        + "@throws IndexOutOfBoundsException if the record does not fit\n"
                        + "@throws IllegalArgumentException if native memory is not aligned to {@link #ALIGN}\n")
                .returns(cls).addParameter(SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addStatement("$T.view(segment, offset, SIZE, ALIGN, $S)", RuntimeNames.CHECKS, c)
                .addStatement("return slice(segment, offset)").build());
        ctx.type().addMethod(MethodSpec.methodBuilder("atUnaligned")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Views the record at {@code offset} in {@code segment} at any address, for records "
                        + "packed without\nalignment; the accessors read and write unaligned.\n\n"
                        + "@param segment the memory\n@param offset the byte offset of the record\n@return the view\n"
                        + "@throws IndexOutOfBoundsException if the record does not fit\n")
                .returns(cls).addParameter(SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addStatement("$T.view(segment, offset, SIZE, 1, $S)", RuntimeNames.CHECKS, c)
                .addStatement("return slice(segment, offset)").build());
        ctx.type().addMethod(MethodSpec.methodBuilder("slice")
                .addModifiers(Modifier.STATIC)
                .returns(cls).addParameter(SEGMENT, "segment").addParameter(TypeName.LONG, "offset")
                .addStatement(flexible ? "return new $T(segment.asSlice(offset))"
                        : "return new $T(segment.asSlice(offset, SIZE))", cls).build());
        ctx.type().addMethod(MethodSpec.methodBuilder("segment")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("{@return the memory of this record$L}\n", flexible ? ", trailing array included" : "")
                .returns(SEGMENT)
                .addStatement("return segment").build());
        if (flexible) {
            flexibleFactories(ctx, flexibleMember);
        }
    }

    private static void flexibleFactories(RecordContext ctx, Member flexible) {
        JType.Array a = (JType.Array) flexible.type();
        ctx.type().addMethod(MethodSpec.methodBuilder("sizeWith")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("{@return the bytes a record with {@code count} elements in $L needs "
                        + "(at least {@link #SIZE})}\n\n@param count the number of elements\n"
                        + "@throws IllegalArgumentException if {@code count} is negative or too big\n",
                        JavadocText.code(flexible.cName()))
                .returns(TypeName.LONG).addParameter(TypeName.LONG, "count")
                .addStatement("$T.range(count, 0, $LL, $S)", RuntimeNames.CHECKS,
                        Long.MAX_VALUE / 2 / Math.max(1, a.element().size()), ctx.qualified(flexible))
                .addStatement("return $T.max(SIZE, $N + count * $LL)", Math.class, flexible.offsetConst(),
                        a.element().size())
                .build());
        ctx.type().addMethod(MethodSpec.methodBuilder("allocate")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Allocates a record followed by room for {@code count} elements of $L.\n\n"
                        + "@param allocator where the memory comes from\n@param count the number of elements\n"
                        + "@return a view of the new record\n", JavadocText.code(flexible.cName()))
                .returns(ctx.cls()).addParameter(SegmentAllocator.class, "allocator")
                .addParameter(TypeName.LONG, "count")
                .addStatement("return new $T(allocator.allocate(sizeWith(count), ALIGN))", ctx.cls()).build());
    }
}
