package io.jbindgen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits a Java enum for a C enum: one constant per enumerator with its {@code value()}, and
 * {@code of(long)} that returns empty for values the header does not list (C enums are open).
 */
final class EnumEmitter {
    private static final String TABLE = "CONSTANTS";

    private EnumEmitter() {
    }

    static TypeSpec emit(ClassName cls, EnumDecl decl, String targetName, Deprecations deprecations) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(cls).addModifiers(Modifier.PUBLIC)
                .addAnnotation(JavaEmitter.GENERATED)
                .addSuperinterface(RuntimeNames.C_ENUM)
                .addJavadoc("$L<p>The C $L ($L on $L). A C enum is open: use {@link #of(long)} for values "
                        + "read from memory, and the raw constants of the header's constants class.\n",
                        JavadocText.paragraph(decl.doc()),
                        JavadocText.code(decl.tag() != null ? decl.key() : "enum (anonymous)"),
                        JavadocText.code(decl.underlying().spelling()), targetName);
        NameAllocator names = new NameAllocator(Set.of());
        for (EnumConstant c : decl.constants()) {
            TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("$LL", c.value());
            String doc = JavadocText.paragraph(c.doc());
            body.addJavadoc("$LC enumerator $L = $L.\n", doc, JavadocText.code(c.name()), c.value());
            if (deprecations.marks(c.doc())) {
                body.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
            }
            type.addEnumConstant(names.allocate(JavaNames.constant(c.name())), body.build());
        }
        String table = names.allocate(TABLE);
        type.addField(FieldSpec.builder(ArrayTypeName.of(cls), table, Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL).initializer("values()").build());
        type.addField(TypeName.LONG, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder().addParameter(TypeName.LONG, "value")
                .addStatement("this.value = value").build());
        type.addMethod(MethodSpec.methodBuilder("value").addModifiers(Modifier.PUBLIC).addAnnotation(Override.class)
                .addJavadoc("{@return the C value}\n").returns(TypeName.LONG)
                .addStatement("return value").build());
        type.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("Finds the constant with a C value (the first one, when several share it).\n\n"
                        + "@param value the C value\n@return the constant, or empty when the header lists "
                        + "no enumerator with that value\n")
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), cls))
                .addParameter(TypeName.LONG, "value")
                .beginControlFlow("for ($T constant : $N)", cls, table)
                .beginControlFlow("if (constant.value == value)")
                .addStatement("return $T.of(constant)", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class).build());
        return type.build();
    }
}
