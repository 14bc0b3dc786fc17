package io.jbindgen.parse;

import io.jbindgen.eval.IntValue;
import io.jbindgen.model.CType;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.ScalarKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The file-scope names that steer parsing: typedef names (an identifier is a type exactly when it is
 * one), record and enum tags already seen, and enumeration constants with their values.
 */
final class Scope {
    private final Map<String, CType.Typedef> typedefs = new HashMap<>();
    private final Map<String, Boolean> completeTags = new HashMap<>();
    private final Map<String, EnumDecl> enums = new HashMap<>();
    private final Map<String, IntValue> enumConstants = new HashMap<>();
    private final Set<String> declaredRecords = new HashSet<>();
    private final Set<String> anonymousKeys = new HashSet<>();
    private final Map<String, String> unmodelled = new HashMap<>();
    private final Map<String, CType> objects = new HashMap<>();
    private final Map<String, String> tagKeywords = new HashMap<>();

    Scope() {
        builtin("__int128_t", new CType.Scalar(ScalarKind.INT128));
        builtin("__uint128_t", new CType.Scalar(ScalarKind.UNSIGNED_INT128));
        builtin("__builtin_va_list", new CType.Pointer(new CType.Void()));
    }

    private void builtin(String name, CType type) {
        typedefs.put(name, new CType.Typedef(name, type));
    }

    /** {@return the type a typedef name stands for, or {@code null} when the name is not a typedef} */
    CType.Typedef typedef(String name) {
        return typedefs.get(name);
    }

    boolean isTypedef(String name) {
        return typedefs.containsKey(name);
    }

    /** Records the type of a function or variable declared at file scope (the first declaration wins). */
    void declareObject(String name, CType type) {
        objects.putIfAbsent(name, type);
    }

    /** {@return the type of the file-scope function or variable with this name, or {@code null}} */
    CType objectType(String name) {
        return objects.get(name);
    }

    void defineTypedef(String name, CType target) {
        typedefs.put(name, new CType.Typedef(name, target));
        enumConstants.remove(name);
        unmodelled.remove(name);
    }

    /** Defines a typedef name whose type jbindgen does not model: it parses, but nothing that needs its layout does. */
    void defineUnmodelledTypedef(String name, CType target, String why) {
        defineTypedef(name, target);
        unmodelled.put(name, why);
    }

    /** {@return why the typedef name's type is not modelled, or {@code null}} */
    String unmodelled(String typedefName) {
        return unmodelled.get(typedefName);
    }

    /** Marks a record or enum key as seen; {@code complete} once its body was parsed. */
    void tag(String key, boolean complete) {
        Boolean before = completeTags.get(key);
        completeTags.put(key, before == null ? complete : before || complete);
    }

    /** Notes that file-scope {@code tag} names a {@code struct}, {@code union} or {@code enum} ({@code keyword}). */
    void tagKeyword(String tag, String keyword) {
        tagKeywords.putIfAbsent(tag, keyword);
    }

    /** {@return the keyword file-scope {@code tag} was first used with, or {@code null}} */
    String tagKeyword(String tag) {
        return tagKeywords.get(tag);
    }

    /** {@return whether a body was parsed for this key} */
    boolean isComplete(String key) {
        return Boolean.TRUE.equals(completeTags.get(key));
    }

    /** {@return whether the key was seen (declared or defined)} */
    boolean hasTag(String key) {
        return completeTags.containsKey(key);
    }

    /**
     * {@return a key for an untagged record or enum at {@code where}: {@code struct (anonymous at
     * file:line:col)}, with {@code #2}, {@code #3}… appended when one macro invocation defines several}
     */
    String anonymousKey(String keyword, io.jbindgen.model.Position where) {
        String base = keyword + " (anonymous at " + where;
        String key = base + ")";
        for (int n = 2; !anonymousKeys.add(key); n++) {
            key = base + " #" + n + ")";
        }
        return key;
    }

    /** Notes that the model has a declaration of this record; {@return whether it had none before} */
    boolean markDeclared(String key) {
        return declaredRecords.add(key);
    }

    void defineEnum(EnumDecl decl) {
        enums.put(decl.key(), decl);
        tag(decl.key(), true);
    }

    /** {@return the enum with this key, or {@code null}} */
    EnumDecl enumeration(String key) {
        return enums.get(key);
    }

    void defineEnumConstant(String name, IntValue value) {
        enumConstants.put(name, value);
        typedefs.remove(name);
    }

    /** {@return the value of an enumeration constant, or {@code null}} */
    IntValue enumConstant(String name) {
        return enumConstants.get(name);
    }
}
