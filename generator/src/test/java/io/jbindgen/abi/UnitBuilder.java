package io.jbindgen.abi;

import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds translation units by hand, as the front end would for a fixture header, so the layout engine
 * can be tested before (and independently of) the parser.
 */
public final class UnitBuilder {
    private final String file;
    private final List<Declaration> decls = new ArrayList<>();
    private final Map<String, CType> typedefs = new HashMap<>();
    private int line = 1;
    private int anonymous;

    private final List<SkippedDecl> skipped = new ArrayList<>();

    public UnitBuilder(String file) {
        this.file = file;
    }

    public static CType scalar(ScalarKind k) {
        return new CType.Scalar(k);
    }

    public static CType array(CType element, long... dims) {
        CType t = element;
        for (int i = dims.length - 1; i >= 0; i--) {
            t = new CType.Array(t, dims[i]);
        }
        return t;
    }

    public static FieldDecl field(String name, CType type) {
        return new FieldDecl(name, type, FieldDecl.NOT_A_BITFIELD, Attributes.EMPTY, null, new Position("f", 1, 1));
    }

    public static FieldDecl field(String name, CType type, Attributes attributes) {
        return new FieldDecl(name, type, FieldDecl.NOT_A_BITFIELD, attributes, null, new Position("f", 1, 1));
    }

    public static FieldDecl bits(String name, CType type, int width) {
        return new FieldDecl(name, type, width, Attributes.EMPTY, null, new Position("f", 1, 1));
    }

    public static Attributes aligned(long n) {
        return new Attributes(false, n);
    }

    public static final Attributes PACKED = new Attributes(true, Attributes.NONE);

    private Position next() {
        return new Position(file, line++, 1);
    }

    public CType typedef(String name, CType type) {
        return typedef(name, type, Attributes.EMPTY);
    }

    public CType typedef(String name, CType type, Attributes attributes) {
        decls.add(new TypedefDecl(name, type, attributes, null, next()));
        CType t = new CType.Typedef(name, type);
        typedefs.put(name, t);
        return t;
    }

    public CType type(String typedefName) {
        return typedefs.get(typedefName);
    }

    public CType.Record struct(String tag, Attributes attributes, FieldDecl... fields) {
        return record(RecordKind.STRUCT, tag, attributes, fields);
    }

    public CType.Record struct(String tag, FieldDecl... fields) {
        return record(RecordKind.STRUCT, tag, Attributes.EMPTY, fields);
    }

    public CType.Record union(String tag, FieldDecl... fields) {
        return record(RecordKind.UNION, tag, Attributes.EMPTY, fields);
    }

    public CType.Record record(RecordKind kind, String tag, Attributes attributes, FieldDecl... fields) {
        Position p = next();
        String key = kind.keyword() + " " + (tag != null ? tag : "(anonymous at " + file + ":" + p.line() + ":" + ++anonymous + ")");
        decls.add(new RecordDecl(key, kind, tag, List.of(fields), true, attributes, null, p));
        return new CType.Record(kind, key);
    }

    public CType.Record forward(RecordKind kind, String tag) {
        String key = kind.keyword() + " " + tag;
        decls.add(new RecordDecl(key, kind, tag, List.of(), false, Attributes.EMPTY, null, next()));
        return new CType.Record(kind, key);
    }

    public CType.Enum enumeration(String tag, ScalarKind underlying, Object... namesAndValues) {
        List<EnumConstant> constants = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            constants.add(new EnumConstant((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).longValue(),
                    null, next()));
        }
        String key = "enum " + (tag != null ? tag : "(anonymous at " + file + ":" + line + ":" + ++anonymous + ")");
        decls.add(new EnumDecl(key, tag, constants, underlying, Attributes.EMPTY, null, next()));
        return new CType.Enum(key);
    }

    public void macro(String name, long value, ScalarKind type) {
        decls.add(new MacroDecl.Integer(name, value, type, null, null, next()));
    }

    /** Records that the front end skipped macro {@code name} with this code and reason. */
    public void skippedMacro(String name, String code, String reason) {
        skipped.add(new SkippedDecl(name, SkippedDecl.Kind.MACRO, reason, next(), code));
    }

    public TranslationUnit build() {
        return new TranslationUnit(file, decls, skipped, List.of(file));
    }
}
