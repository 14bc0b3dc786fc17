package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.RecordDecl;

/**
 * What the accessor emitters of one record class share.
 *
 * @param cls the class being generated
 * @param decl the C record
 * @param layout its layout on the target
 * @param type the class under construction
 * @param access the access layouts in use
 * @param mapping the type mapping of the target
 * @param deprecations what is deprecated
 */
record RecordContext(ClassName cls, RecordDecl decl, RecordLayout layout, TypeSpec.Builder type,
        AccessLayouts access, TypeMapping mapping, Deprecations deprecations) {

    /** {@return the C name of the record, e.g. {@code struct lguest_vqconfig}} */
    String cName() {
        return decl.isAnonymous() ? decl.kind().keyword() + " (anonymous)" : decl.key();
    }

    /** {@return {@code record.field}, the name range-check messages use} */
    String qualified(Member m) {
        return (decl.tag() != null ? decl.tag() : cls.simpleName()) + "." + m.cName();
    }
}
