package io.jbindgen.select;

import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.MacroDecl;
import java.util.Objects;

/**
 * One field (or, for an ioctl request macro, two) of the constants class.
 *
 * @param source the macro, or the enum of the enumerator
 * @param enumerator the enumerator, or {@code null} for a macro
 * @param javaName the field name
 * @param requestName the name of the {@code IoctlRequest} field of an ioctl request macro, else {@code null}
 */
public record PlannedConstant(Declaration source, EnumConstant enumerator, String javaName, String requestName) {
    public PlannedConstant {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(javaName, "javaName");
        if (!(source instanceof MacroDecl || source instanceof EnumDecl && enumerator != null)) {
            throw new IllegalArgumentException("not a constant: " + source);
        }
    }

    /** {@return the C name} */
    public String cName() {
        return enumerator != null ? enumerator.name() : ((MacroDecl) source).name();
    }
}
