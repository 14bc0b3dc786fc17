package io.jbindgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A C type as the header spells it, with typedef names kept.
 *
 * <p>Records and enums are referred to by {@link RecordDecl#key()} / {@link EnumDecl#key()} and
 * resolved through the {@link TranslationUnit}, so that self-referencing records stay finite values.
 * Qualifiers ({@code const}, {@code volatile}) do not change layout and are not kept.
 */
public sealed interface CType {

    /** {@return the C spelling of this type, e.g. {@code __u8[0]}, {@code struct foo *}} */
    String spelling();

    /** {@code void}. */
    record Void() implements CType {
        @Override
        public String spelling() {
            return "void";
        }
    }

    /** An arithmetic type. */
    record Scalar(ScalarKind kind) implements CType {
        public Scalar {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public String spelling() {
            return kind.spelling();
        }
    }

    /** A pointer to {@code pointee}. */
    record Pointer(CType pointee) implements CType {
        public Pointer {
            Objects.requireNonNull(pointee, "pointee");
        }

        @Override
        public String spelling() {
            return pointee instanceof Function ? "void (*)()" : pointee.spelling() + " *";
        }
    }

    /**
     * An array. {@code length} is {@link #FLEXIBLE} for {@code T x[]} and {@code 0} for the GNU
     * zero-length array {@code T x[0]}.
     */
    record Array(CType element, long length) implements CType {
        /** The length of a flexible array member, {@code T x[]}. */
        public static final long FLEXIBLE = -1;

        public Array {
            Objects.requireNonNull(element, "element");
            if (length < FLEXIBLE) {
                throw new IllegalArgumentException("length " + length);
            }
        }

        /** {@return whether this is {@code T x[]}} */
        public boolean isFlexible() {
            return length == FLEXIBLE;
        }

        @Override
        public String spelling() {
            StringBuilder dims = new StringBuilder();
            CType t = this;
            while (t instanceof Array a) {
                dims.append('[').append(a.isFlexible() ? "" : Long.toString(a.length())).append(']');
                t = a.element();
            }
            return t.spelling() + dims;
        }
    }

    /** A struct or union, referred to by key (see {@link RecordDecl#key()}). */
    record Record(RecordKind kind, String key) implements CType {
        public Record {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String spelling() {
            return key;
        }
    }

    /** An enum, referred to by key (see {@link EnumDecl#key()}). */
    record Enum(String key) implements CType {
        public Enum {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String spelling() {
            return key;
        }
    }

    /** A use of a typedef name; {@code target} is the type it names (possibly another typedef). */
    record Typedef(String name, CType target) implements CType {
        public Typedef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String spelling() {
            return name;
        }
    }

    /** A function type; it appears in the model only behind a {@link Pointer}. */
    record Function(CType returnType, List<CType> parameters, boolean variadic) implements CType {
        public Function {
            Objects.requireNonNull(returnType, "returnType");
            parameters = List.copyOf(parameters);
        }

        @Override
        public String spelling() {
            return returnType.spelling() + " ()";
        }
    }

    /** {@return this type with every typedef name removed (array elements and pointees keep theirs)} */
    default CType canonical() {
        CType t = this;
        while (t instanceof Typedef td) {
            t = td.target();
        }
        return t;
    }
}
