package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import java.lang.foreign.GroupLayout;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of one C struct or union: a final view over a {@code MemorySegment} with its
 * layout constants, factories and typed accessors.
 */
final class RecordClassEmitter {
    private final TypeMapping mapping;
    private final MemberPlanner planner;
    private final LayoutExpressionEmitter layouts;
    private final Deprecations deprecations;

    RecordClassEmitter(TypeMapping mapping, MemberPlanner planner, Deprecations deprecations) {
        this.mapping = mapping;
        this.planner = planner;
        this.deprecations = deprecations;
        this.layouts = new LayoutExpressionEmitter(planner, mapping);
    }

    TypeSpec emit(ClassName cls, RecordDecl decl, RecordLayout layout, List<String> typedefNames) {
        TypeSpec.Builder type = TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(JavaEmitter.GENERATED);
        RecordContext ctx = new RecordContext(cls, decl, layout, type, new AccessLayouts(), mapping, deprecations);
        List<Member> members = planner.plan(layout);
        Member flexible = members.stream().filter(m -> m.type() instanceof JType.Array a && a.flexible())
                .reduce((x, y) -> y).orElse(null);
        type.addJavadoc("$L<p>View of the C $L on $L: $L bytes, aligned to $L.$L\n",
                JavadocText.paragraph(decl.doc()), JavadocText.code(ctx.cName()), mapping.target().name(),
                layout.size(), layout.align(), typedefNames.isEmpty() ? ""
                        : " Typedef names: " + JavadocText.code(String.join(", ", typedefNames)) + ".");
        boolean deprecated = deprecations.marks(decl.doc());
        if (deprecated) {
            type.addAnnotation(Deprecated.class);
        }
        constants(ctx, layout, members, !deprecated && members.stream().anyMatch(m -> deprecations.uses(m.type())));
        RecordFactories.emit(ctx, flexible);
        for (Member m : members) {
            if (!deprecated && deprecations.uses(m.type())) {
                deprecatedAccessors(ctx, m);
            } else {
                accessor(ctx, m);
            }
        }
        type.addMethod(toStringMethod(ctx, members));
        for (FieldSpec f : ctx.access().fields()) {
            type.addField(f);
        }
        List<FieldSpec> pointees = ctx.access().pointeeFields();
        if (!pointees.isEmpty()) {
            type.addType(TypeSpec.classBuilder(AccessLayouts.POINTEES).addModifiers(Modifier.PRIVATE, Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The pointer members' handles with their pointee's layout, made on first use.\n")
                    .addAnnotation(com.palantir.javapoet.AnnotationSpec.builder(SuppressWarnings.class)
                            .addMember("value", "{$S, $S}", "restricted", "deprecation").build())
                    .addFields(pointees).build());
        }
        return type.build();
    }

    /** The layout, size, alignment and offset constants; {@code namesDeprecated}: the layout names a deprecated class. */
    private void constants(RecordContext ctx, RecordLayout layout, List<Member> members, boolean namesDeprecated) {
        String name = ctx.decl().tag() != null ? ctx.decl().tag() : ctx.cls().simpleName();
        FieldSpec.Builder layoutField = FieldSpec.builder(GroupLayout.class, "LAYOUT", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The layout of the record on $L, with C member names and explicit padding.\n",
                        mapping.target().name())
                .initializer(layouts.group(layout, ctx.decl().kind(), name));
        if (namesDeprecated) {
            layoutField.addAnnotation(Deprecations.SUPPRESS);
        }
        ctx.type().addField(layoutField.build());
        ctx.type().addField(constant("SIZE", layout.size(), "The size of the record in bytes ({@code sizeof})."));
        ctx.type().addField(constant("ALIGN", layout.align(), "The alignment of the record in bytes."));
        for (Member m : members) {
            ctx.type().addField(constant(m.offsetConst(), m.offset(), "The byte offset of "
                    + JavadocText.code(m.cName()) + (m.isBitfield() ? " (of the byte holding its first bit)." : ".")));
        }
    }

    private static FieldSpec constant(String name, long value, String doc) {
        return FieldSpec.builder(TypeName.LONG, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L\n", doc).initializer("$LL", value).build();
    }

    private void accessor(RecordContext ctx, Member m) {
        switch (m.type()) {
            case JType.Scalar s when m.isBitfield() -> BitfieldEmitter.emit(ctx, m, 0);
            case JType.Scalar s -> ScalarAccessorEmitter.emit(ctx, m, s);
            case JType.Array a -> ArrayAccessorEmitter.emit(ctx, m, a);
            case JType.Struct st -> NestedRecordEmitter.emit(ctx, m, st);
            case JType.Opaque o -> NestedRecordEmitter.opaque(ctx, m, o);
        }
    }

    /**
     * The accessors of a member whose type is a deprecated class, deprecated themselves: the user's calls
     * warn, the generated code that names the class inside them does not.
     */
    private void deprecatedAccessors(RecordContext ctx, Member m) {
        TypeSpec.Builder scratch = TypeSpec.classBuilder(ctx.cls());
        accessor(new RecordContext(ctx.cls(), ctx.decl(), ctx.layout(), scratch, ctx.access(), ctx.mapping(),
                ctx.deprecations()), m);
        TypeSpec made = scratch.build();
        made.fieldSpecs().forEach(ctx.type()::addField);
        for (MethodSpec method : made.methodSpecs()) {
            ctx.type().addMethod(method.toBuilder().addAnnotation(Deprecated.class).build());
        }
    }

    private static MethodSpec toStringMethod(RecordContext ctx, List<Member> members) {
        CodeBlock.Builder b = CodeBlock.builder().add("return $S", ctx.cls().simpleName() + "[");
        String sep = "";
        for (Member m : members) {
            CodeBlock value = switch (m.type()) {
                case JType.Scalar _, JType.Struct _ -> CodeBlock.of("$N()", m.javaName());
                case JType.Array a -> arrayText(m, a);
                default -> null;
            };
            if (value != null) {
                b.add("\n$>$>+ $S + $L$<$<", sep + m.javaName() + "=", value);
                sep = ", ";
            }
        }
        b.add("\n$>$>+ $S$<$<", "]");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("{@return the member values, for debugging}\n")
                .returns(String.class)
                .addStatement(b.build())
                .build();
    }

    /**
     * {@return the text of a fixed array's elements through its accessor, e.g.
     * {@code DebugText.elements(NAME_LENGTH, index0 -> name(index0))}, or null for a flexible array or
     * opaque elements}
     */
    private static CodeBlock arrayText(Member m, JType.Array a) {
        JType element = a.innermost();
        if (a.flexible() || !(element instanceof JType.Scalar) && !(element instanceof JType.Struct)) {
            return null;
        }
        List<Long> dims = a.dimensions();
        List<String> indexes = new ArrayList<>();
        for (int k = 0; k < dims.size(); k++) {
            indexes.add(dims.size() == 1 ? "index" : "index" + k);
        }
        CodeBlock inner = CodeBlock.of("$N($L)", m.javaName(), String.join(", ", indexes));
        for (int k = dims.size() - 1; k >= 0; k--) {
            inner = CodeBlock.of("$T.elements($LL, $N -> $L)", RuntimeNames.DEBUG_TEXT, dims.get(k),
                    indexes.get(k), inner);
        }
        return inner;
    }

    static boolean isUnion(RecordDecl decl) {
        return decl.kind() == RecordKind.UNION;
    }
}
