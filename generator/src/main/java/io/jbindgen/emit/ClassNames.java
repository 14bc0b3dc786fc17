package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.naming.JavaNames;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses which records and enums get a class and names every generated class of one header.
 * Records and enums of the main file get one, so does the payload record of every ioctl request
 * macro of the main file, and so does every record or enum a generated record reaches through its
 * members (so the output compiles on its own), and so does every record a function takes or returns by
 * value (or a variable has as its type). Anonymous records used as
 * anonymous members get none: their fields are flattened onto the enclosing class.
 */
final class ClassNames {
    /** Simple names the generated code refers to unqualified; a generated class must not shadow them. */
    private static final Set<String> USED_BY_GENERATED_CODE = Set.of(
            "String", "Long", "Integer", "Short", "Byte", "Boolean", "Float", "Double", "Math", "Object",
            "Class", "Override", "Deprecated", "Optional", "MemorySegment", "MemoryLayout", "ValueLayout",
            "SegmentAllocator", "ByteOrder", "StructLayout", "UnionLayout", "GroupLayout", "Generated",
            "Checks", "IoctlRequest", "CEnum", "LayoutSupport", "StringBuilder", "Enum", "Record",
            "IllegalArgumentException", "IndexOutOfBoundsException", "System", "Objects", "RequestChannel",
            "ErrnoException");

    private final String javaPackage;
    private final Map<String, ClassName> records = new LinkedHashMap<>();
    private final Map<String, ClassName> enums = new LinkedHashMap<>();
    private final Map<String, ClassName> commands = new LinkedHashMap<>();
    private final ClassName constants;
    private final ClassName functions;

    ClassNames(TranslationUnit unit, LayoutSource layouts, String javaPackage) {
        this(unit, layouts, javaPackage, List.of());
    }

    /**
     * Names the classes of {@code unit}, with a command class for each enum in {@code commandEnums}.
     *
     * @param unit the header
     * @param layouts its record layouts
     * @param javaPackage the package of every class
     * @param commandEnums keys of the request enums: {@code enum lguest_req} gets {@code LguestReqCommands}
     */
    ClassNames(TranslationUnit unit, LayoutSource layouts, String javaPackage, List<String> commandEnums) {
        this.javaPackage = javaPackage;
        NameAllocator allocator = new NameAllocator(USED_BY_GENERATED_CODE);
        Map<String, String> typedefNames = typedefNamesOfAnonymous(unit);
        Deque<String> work = new ArrayDeque<>();
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof RecordDecl r && r.complete() && (!r.isAnonymous() || typedefNames.containsKey(r.key()))
                    && layouts.record(r.key()).isPresent() && !records.containsKey(r.key())) {
                records.put(r.key(), cls(allocator, name(r, typedefNames, null)));
                work.add(r.key());
            } else if (d instanceof EnumDecl e) {
                enumName(e, typedefNames, allocator);
            }
        }
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof MacroDecl.Integer m && m.ioctl() != null && m.ioctl().payload() != null
                    && m.ioctl().payload().canonical() instanceof CType.Record r && !records.containsKey(r.key())
                    && layouts.record(r.key()).isPresent() && (r.key().indexOf('(') < 0 || typedefNames.containsKey(r.key()))) {
                unit.record(r.key()).ifPresent(decl -> {
                    records.put(r.key(), cls(allocator, name(decl, typedefNames, null)));
                    work.add(r.key());
                });
            }
        }
        for (String key : ByValueRecords.of(unit)) {
            if (!records.containsKey(key) && layouts.record(key).isPresent()) {
                unit.record(key).ifPresent(decl -> {
                    records.put(key, cls(allocator, name(decl, typedefNames, "Record" + decl.position().line())));
                    work.add(key);
                });
            }
        }
        while (!work.isEmpty()) {
            String key = work.poll();
            unit.record(key).ifPresent(r -> discover(unit, layouts, r, records.get(key).simpleName(),
                    typedefNames, allocator, work));
        }
        for (String key : commandEnums) {
            unit.enumeration(key).ifPresent(e -> enumName(e, typedefNames, allocator));
            String base = enums.containsKey(key) ? enums.get(key).simpleName()
                    : JavaNames.upperCamel(key.substring(key.indexOf(' ') + 1), "Request");
            commands.put(key, cls(allocator, base + "Commands"));
        }
        String header = unit.mainFile().replaceAll(".*[/\\\\]", "").replaceAll("\\.h$", "")
                .replaceAll("[^A-Za-z0-9_]", "_");
        String wanted = JavaNames.upperCamel(header, "Header");
        constants = cls(allocator, allocator.isTaken(wanted) ? wanted + "Constants" : wanted);
        functions = cls(allocator, wanted + "Functions");
    }

    private void discover(TranslationUnit unit, LayoutSource layouts, RecordDecl owner, String ownerName,
            Map<String, String> typedefNames, NameAllocator allocator, Deque<String> work) {
        for (FieldDecl f : owner.fields()) {
            CType t = f.type().canonical();
            while (t instanceof CType.Array a) {
                t = a.element().canonical();
            }
            if (t instanceof CType.Enum e) {
                unit.enumeration(e.key()).ifPresent(ed -> enumName(ed, typedefNames, allocator));
            }
            if (!(t instanceof CType.Record ref) || layouts.record(ref.key()).isEmpty()) {
                continue;
            }
            Optional<RecordDecl> decl = unit.record(ref.key());
            if (decl.isEmpty()) {
                continue;
            }
            if (f.isAnonymous()) {
                discover(unit, layouts, decl.get(), ownerName, typedefNames, allocator, work);
            } else if (!records.containsKey(ref.key())) {
                records.put(ref.key(), cls(allocator, name(decl.get(), typedefNames, ownerName
                        + JavaNames.upperCamel(f.name(), "Member"))));
                work.add(ref.key());
            }
        }
    }

    private void enumName(EnumDecl e, Map<String, String> typedefNames, NameAllocator allocator) {
        if (enums.containsKey(e.key())) {
            return;
        }
        String c = e.tag() != null ? e.tag() : typedefNames.get(e.key());
        if (c != null) {
            enums.put(e.key(), cls(allocator, JavaNames.upperCamel(c, "Enum")));
        }
    }

    private static String name(RecordDecl r, Map<String, String> typedefNames, String fromOwner) {
        String c = r.tag() != null ? r.tag() : typedefNames.get(r.key());
        if (c != null) {
            return JavaNames.upperCamel(c, "Record");
        }
        return fromOwner != null ? fromOwner : "Anonymous" + r.position().line();
    }

    private ClassName cls(NameAllocator allocator, String wanted) {
        return ClassName.get(javaPackage, allocator.allocate(wanted));
    }

    private static Map<String, String> typedefNamesOfAnonymous(TranslationUnit unit) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Declaration d : unit.declarations()) {
            if (d instanceof TypedefDecl td) {
                String key = switch (td.type()) {
                    case CType.Record r when r.key().contains("(anonymous") -> r.key();
                    case CType.Enum e when e.key().contains("(anonymous") -> e.key();
                    default -> null;
                };
                if (key != null) {
                    names.putIfAbsent(key, td.name());
                }
            }
        }
        return names;
    }

    /** {@return the class generated for the record with this key, if any} */
    Optional<ClassName> record(String key) {
        return Optional.ofNullable(records.get(key));
    }

    /** {@return the enum class generated for the C enum with this key, if any} */
    Optional<ClassName> enumeration(String key) {
        return Optional.ofNullable(enums.get(key));
    }

    /** {@return record keys with a class, in naming order} */
    Map<String, ClassName> records() {
        return records;
    }

    /** {@return enum keys with a class, in naming order} */
    Map<String, ClassName> enums() {
        return enums;
    }

    /** {@return the command class of the request enum with this key} */
    ClassName commands(String key) {
        return commands.get(key);
    }

    /** {@return the constants class of the header} */
    ClassName constants() {
        return constants;
    }

    /** {@return the functions class of the header (generated only when it binds a function or variable)} */
    ClassName functions() {
        return functions;
    }
}
