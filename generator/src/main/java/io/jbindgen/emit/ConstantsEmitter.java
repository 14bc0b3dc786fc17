package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.select.PlannedConstant;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits the constants class of a header: integer macros typed {@code int} or {@code long} by their
 * C type, string macros, the raw value of every enumerator (C enums are open), and for every ioctl
 * request macro an {@code IoctlRequest} descriptor next to its number.
 */
final class ConstantsEmitter {

    private final TranslationUnit unit;
    private final TypeMapping mapping;
    private final ClassNames classNames;
    private final Deprecations deprecations;

    ConstantsEmitter(TranslationUnit unit, TypeMapping mapping, ClassNames classNames, Deprecations deprecations) {
        this.unit = unit;
        this.mapping = mapping;
        this.classNames = classNames;
        this.deprecations = deprecations;
    }

    /** {@return the constants class with {@code constants}, or empty when there is none} */
    Optional<TypeSpec> emit(List<PlannedConstant> constants) {
        TypeSpec.Builder type = TypeSpec.classBuilder(classNames.constants())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(JavaEmitter.GENERATED)
                .addJavadoc("Constants of $L on $L: macros, enumerators and ioctl requests.\n",
                        JavadocText.code(unit.mainFile().replaceAll(".*/", "")), mapping.target().name())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (PlannedConstant c : constants) {
            switch (c.source()) {
                case EnumDecl e -> type.addField(integer(c.javaName(), c.enumerator().value(), e.underlying(),
                        c.enumerator().doc(), "enumerator " + JavadocText.code(c.cName()) + " of "
                                + JavadocText.code(e.tag() != null ? e.key() : "an anonymous enum")));
                case MacroDecl.Integer m -> {
                    type.addField(integer(c.javaName(), m.value(), m.type(), m.doc(), "macro " + JavadocText.code(m.name())));
                    if (c.requestName() != null) {
                        type.addField(ioctl(c.requestName(), c.javaName(), m));
                    }
                }
                case MacroDecl.Text t -> type.addField(FieldSpec.builder(String.class, c.javaName(), Modifier.PUBLIC,
                                Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("$LC macro $L.\n", JavadocText.paragraph(t.doc()), JavadocText.code(t.name()))
                        .initializer("$S", t.value()).build());
                default -> throw new IllegalStateException("not a constant: " + c.source());
            }
        }
        TypeSpec built = type.build();
        return built.fieldSpecs().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private FieldSpec integer(String name, long value, ScalarKind kind, Optional<Comment> doc, String what) {
        int size = mapping.target().scalar(kind).map(i -> i.size()).orElse(8);
        boolean unsigned = kind.isUnsigned() || kind == ScalarKind.CHAR && !mapping.target().charSigned();
        boolean asInt = size < 4 || size == 4 && !unsigned;
        long bits = unsigned && size < 8 ? value & ((1L << (8 * size)) - 1) : value;
        CodeBlock literal = asInt ? CodeBlock.of("$L", (int) bits)
                : unsigned && bits < 0 ? CodeBlock.of("0x$LL", Long.toHexString(bits)) : CodeBlock.of("$LL", bits);
        FieldSpec.Builder f = FieldSpec.builder(asInt ? TypeName.INT : TypeName.LONG, name, Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$LC $L, of type $L$L.\n", JavadocText.paragraph(doc), what,
                        JavadocText.code(kind.spelling()), unsigned && size == 8 ? " (unsigned)" : "")
                .initializer(literal);
        if (deprecations.marks(doc)) {
            f.addAnnotation(Deprecated.class);
        }
        return f.build();
    }

    private FieldSpec ioctl(String name, String valueField, MacroDecl.Integer m) {
        IoctlInfo io = m.ioctl();
        CodeBlock payload = CodeBlock.of("null");
        boolean deprecatedPayload = false;
        if (io.payload() != null && io.payload().canonical() instanceof CType.Record r) {
            Optional<ClassName> cls = classNames.record(r.key());
            if (cls.isPresent()) {
                payload = CodeBlock.of("$T.class", cls.get());
                deprecatedPayload = deprecations.record(r.key());
            }
        }
        FieldSpec.Builder f = FieldSpec.builder(RuntimeNames.IOCTL_REQUEST, name, Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL);
        if (deprecations.marks(m.doc())) {
            f.addAnnotation(Deprecated.class);
        } else if (deprecatedPayload) {
            f.addAnnotation(Deprecations.SUPPRESS);
        }
        return f
                .addJavadoc("The ioctl request $L decoded: direction, type, number, payload size$L.\n",
                        JavadocText.code(m.name()),
                        io.payload() != null ? " and payload " + JavadocText.code(io.payload().spelling()) : "")
                .initializer("new $T($T.Direction.$L, 0x$LL, 0x$LL, $LL, $L, $N)", RuntimeNames.IOCTL_REQUEST,
                    RuntimeNames.IOCTL_REQUEST,
                        io.direction().name(), Long.toHexString(io.type()), Long.toHexString(io.number()),
                        io.size(), payload, valueField)
                .build();
    }
}
