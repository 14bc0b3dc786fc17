package io.jbindgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A struct or union definition (or a forward declaration when {@code complete} is false).
 *
 * @param key unique within its translation unit and usable in {@link CType.Record}: {@code struct tag}
 *     for a tagged record, {@code struct (anonymous at file:line:col)} for an untagged one
 * @param kind struct or union
 * @param tag the tag, or {@code null} for an anonymous record
 * @param fields the members in declaration order
 * @param complete whether a definition (body) was seen
 * @param attributes {@code packed} / {@code aligned(N)} on the record
 * @param comment the documenting comment, or {@code null}
 * @param position where the record's keyword is
 */
public record RecordDecl(String key, RecordKind kind, String tag, List<FieldDecl> fields, boolean complete,
        Attributes attributes, Comment comment, Position position) implements Declaration {

    public RecordDecl {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        fields = List.copyOf(fields);
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(position, "position");
    }

    /** {@return whether the record has no tag} */
    public boolean isAnonymous() {
        return tag == null;
    }

    /** {@return the type that refers to this record} */
    public CType.Record type() {
        return new CType.Record(kind, key);
    }

    @Override
    public Optional<Comment> doc() {
        return Optional.ofNullable(comment);
    }
}
