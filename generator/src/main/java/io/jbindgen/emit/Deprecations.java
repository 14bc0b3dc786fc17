package io.jbindgen.emit;

import com.palantir.javapoet.AnnotationSpec;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the generated code marks {@code @Deprecated}, and how it avoids warning about itself: a record
 * class, an enumerator or a constant whose C comment matches the deprecation pattern is deprecated; an
 * accessor whose type is a deprecated record class (or an array of one) is deprecated too, so the user's
 * calls warn; a field that only names such a class for the generator's own needs (the enclosing
 * record's {@code LAYOUT}, an ioctl descriptor's payload class) carries {@link #SUPPRESS}.
 */
final class Deprecations {
    /** {@code @SuppressWarnings("deprecation")}. */
    static final AnnotationSpec SUPPRESS = AnnotationSpec.builder(SuppressWarnings.class)
            .addMember("value", "$S", "deprecation").build();

    private final Pattern pattern;
    private final Set<String> records = new HashSet<>();

    /**
     * @param unit the header
     * @param pattern matched against comments, anywhere in their text
     */
    Deprecations(TranslationUnit unit, Pattern pattern) {
        this.pattern = pattern;
        for (Declaration d : unit.declarations()) {
            if (d instanceof RecordDecl r && r.complete() && marks(r.doc())) {
                records.add(r.key());
            }
        }
    }

    /** {@return whether an element documented by {@code doc} is deprecated} */
    boolean marks(Optional<Comment> doc) {
        return doc.map(c -> pattern.matcher(c.text()).find()).orElse(false);
    }

    /** {@return whether the class of the record with this key is deprecated} */
    boolean record(String key) {
        return records.contains(key);
    }

    /** {@return whether a member of this type is accessed through a deprecated record class} */
    boolean uses(JType type) {
        return switch (type) {
            case JType.Struct s -> records.contains(s.key());
            case JType.Array a -> uses(a.innermost());
            default -> false;
        };
    }
}
