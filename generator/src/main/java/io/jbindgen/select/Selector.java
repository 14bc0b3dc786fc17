package io.jbindgen.select;

import io.jbindgen.commands.CommandSet;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.naming.JavaNames;
import io.jbindgen.naming.NameAllocator;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The selection-and-naming pass. Records and enums the policy selects get a class (by default those
 * of the header itself), so does the payload record of every selected ioctl request macro, every
 * record a function takes or returns by value (or a variable has as its type), and every record or
 * enum a generated record reaches through its members, so the output compiles on its own. Anonymous
 * records used as anonymous members get none: their fields are flattened onto the enclosing class.
 * Names come in that order from one {@link NameAllocator}, so they are deterministic.
 */
public final class Selector {
    /** Simple names the generated code refers to unqualified; a generated class must not shadow them. */
    private static final Set<String> USED_BY_GENERATED_CODE = Set.of(
            "String", "Long", "Integer", "Short", "Byte", "Boolean", "Float", "Double", "Math", "Object",
            "Class", "Override", "Deprecated", "Optional", "MemorySegment", "MemoryLayout", "ValueLayout",
            "SegmentAllocator", "ByteOrder", "StructLayout", "UnionLayout", "GroupLayout", "Generated",
            "Checks", "IoctlRequest", "CEnum", "LayoutSupport", "StringBuilder", "Enum", "Record",
            "IllegalArgumentException", "IndexOutOfBoundsException", "System", "Objects", "RequestChannel",
            "ErrnoException");

    private final TranslationUnit unit;
    private final Predicate<String> laidOut;
    private final SelectionPolicy.Compiled rules;
    private final TypedefNames typedefs;
    private final NameAllocator allocator = new NameAllocator(USED_BY_GENERATED_CODE);
    private final Map<String, String> records = new LinkedHashMap<>();
    private final Map<String, String> enums = new LinkedHashMap<>();
    private final Map<String, PlannedDeclaration> decisions = new LinkedHashMap<>();
    private final Deque<String> work = new ArrayDeque<>();
    /** The unit's records (the definition, else the first forward declaration) and enums, by key. */
    private final Map<String, RecordDecl> recordsByKey;
    private final Map<String, EnumDecl> enumsByKey = new HashMap<>();

    private Selector(TranslationUnit unit, Predicate<String> laidOut, SelectionPolicy policy) {
        this.unit = unit;
        this.laidOut = laidOut;
        this.rules = SelectionPolicy.compile(policy);
        this.typedefs = new TypedefNames(unit);
        this.recordsByKey = unit.records();
        for (Declaration d : unit.declarations()) {
            if (d instanceof EnumDecl e) {
                enumsByKey.putIfAbsent(e.key(), e);
            }
        }
    }

    private Optional<RecordDecl> record(String key) {
        return Optional.ofNullable(recordsByKey.get(key));
    }

    private Optional<EnumDecl> enumeration(String key) {
        return Optional.ofNullable(enumsByKey.get(key));
    }

    /**
     * Plans what to generate for one header.
     *
     * @param unit the header as the front end understood it
     * @param laidOut whether the record with a key has a layout
     * @param javaPackage the package of every class
     * @param commandSets the typed commands planned for the header's request enums
     * @param policy what the user selects
     * @return the plan
     */
    public static SelectionPlan plan(TranslationUnit unit, Predicate<String> laidOut, String javaPackage,
            List<CommandSet> commandSets, SelectionPolicy policy) {
        return plan(unit, laidOut, javaPackage, commandSets, policy, true);
    }

    /**
     * Plans the records and enums of one header only, as the layout reports need them: the plan has no
     * constants, no decision on any (the costly part on a header with thousands of macros reached) and no
     * member names.
     *
     * @param unit the header as the front end understood it
     * @param laidOut whether the record with a key has a layout
     * @param policy what the user selects
     * @return the plan, without constants
     */
    public static SelectionPlan planTypes(TranslationUnit unit, Predicate<String> laidOut, SelectionPolicy policy) {
        return plan(unit, laidOut, "", List.of(), policy, false);
    }

    /**
     * Adds the functions and variables of one header to its plan: which are bound, which are skipped
     * and why, and their method names. A second step, since whether a function can be called depends on
     * the record classes planned first.
     *
     * @param plan the plan of the header's types and constants
     * @param unit the header as the front end understood it
     * @param policy what the user selects (the same as for {@code plan})
     * @param shapes how the emitter passes each function's arguments
     * @return the plan with its functions
     */
    public static SelectionPlan planFunctions(SelectionPlan plan, TranslationUnit unit, SelectionPolicy policy,
            CallShapes shapes) {
        return FunctionPlanner.plan(plan, unit, policy, shapes);
    }

    private static SelectionPlan plan(TranslationUnit unit, Predicate<String> laidOut, String javaPackage,
            List<CommandSet> commandSets, SelectionPolicy policy, boolean forJava) {
        Selector selector = new Selector(unit, laidOut, policy);
        selector.roots();
        selector.ioctlPayloads();
        for (String key : ByValueRecords.of(unit)) {
            selector.reach(key, decl -> "Record" + decl.position().line(), "by-value",
                    "a function or variable has it by value");
        }
        while (!selector.work.isEmpty()) {
            String key = selector.work.poll();
            selector.record(key).ifPresent(r -> selector.discover(r, selector.records.get(key)));
        }
        Map<String, String> commands = new LinkedHashMap<>();
        for (CommandSet set : commandSets) {
            String key = set.enumKey();
            selector.enumeration(key).ifPresent(e -> selector.enumName(e, "request-enum", "a request enum"));
            String base = selector.enums.containsKey(key) ? selector.enums.get(key)
                    : JavaNames.upperCamel(key.substring(key.indexOf(' ') + 1), "Request");
            commands.put(key, selector.allocator.allocate(base + "Commands"));
        }
        String wanted = headerClassName(unit.mainFile(), policy);
        String constants = selector.allocator.allocate(selector.allocator.isTaken(wanted) ? wanted + "Constants" : wanted);
        String functions = selector.allocator.allocate(wanted + "Functions");
        List<PlannedDeclaration> declarations = new ArrayList<>(selector.decisions.values());
        List<PlannedConstant> planned = List.of();
        if (forJava) {
            ConstantPlanner constantPlanner = new ConstantPlanner(unit, selector.rules);
            declarations.addAll(constantPlanner.decisions());
            planned = constantPlanner.constants();
        }
        Map<String, List<String>> typedefNames = new LinkedHashMap<>();
        selector.records.keySet().forEach(key -> typedefNames.put(key, selector.typedefs.ofRecord(key)));
        Map<String, List<PlannedMember>> members = new LinkedHashMap<>();
        if (forJava) {
            selector.records.keySet().forEach(key -> members.put(key,
                    MemberNames.of(selector.recordsByKey.get(key), selector.recordsByKey)));
        }
        return new SelectionPlan(javaPackage, declarations, selector.records, selector.enums, commands, constants,
                functions, planned, commandSets, typedefNames, members, Map.of(),
                forJava ? unsupported(unit) : List.of());
    }

    /**
     * {@return what the front end recognised but could not model, as skipped declarations; empty macros
     * (include guards, feature switches) have nothing to bind and are left out}
     */
    private static List<PlannedDeclaration> unsupported(TranslationUnit unit) {
        List<PlannedDeclaration> out = new ArrayList<>();
        for (SkippedDecl s : unit.skipped()) {
            if (s.code().equals("macro-empty")) {
                continue;
            }
            DeclarationKind kind = switch (s.kind()) {
                case MACRO -> DeclarationKind.CONSTANT;
                case FUNCTION, INLINE_FUNCTION, VARIABLE -> DeclarationKind.FUNCTION;
            };
            out.add(new PlannedDeclaration(kind, s.name(), s.name(), s.position(), false, s.code(), s.reason(), null));
        }
        return out;
    }

    /** The class name of the header's constants: its file name, with its folder when another header of the run has that file name. */
    private static String headerClassName(String mainFile, SelectionPolicy policy) {
        String file = mainFile.replaceAll(".*[/\\\\]", "");
        String header = file.replaceAll("\\.h$", "");
        boolean clash = policy.fileNameRepeats(Path.of(mainFile));
        if (clash) {
            Path parent = Path.of(mainFile).toAbsolutePath().normalize().getParent();
            if (parent != null && parent.getFileName() != null) {
                header = parent.getFileName() + "_" + header;
            }
        }
        return JavaNames.upperCamel(header.replaceAll("[^A-Za-z0-9_]", "_"), "Header");
    }

    private void roots() {
        for (Declaration d : unit.declarations()) {
            if (d instanceof RecordDecl r) {
                root(r);
            } else if (d instanceof EnumDecl e && !decisions.containsKey(e.key())) {
                SelectionPolicy.Verdict v = rules.decide(DeclarationKind.ENUM, ruleName(cName(e)), typedefs.all(e.key()),
                        e.position().file(), unit.inMainFile(e));
                if (v.kept()) {
                    enumName(e, v.code(), v.reason());
                } else {
                    decide(e.key(), DeclarationKind.ENUM, cName(e), e, false, v.code(), v.reason(), null);
                }
            }
        }
    }

    private void root(RecordDecl r) {
        PlannedDeclaration earlier = decisions.get(r.key());
        if (earlier != null && (earlier.kept() || !earlier.code().equals("incomplete") || !r.complete())) {
            return;
        }
        decisions.remove(r.key()); // the definition decides, at its own place, not a forward declaration
        DeclarationKind kind = kind(r);
        String c = cName(r);
        SelectionPolicy.Verdict v = rules.decide(kind, ruleName(c), typedefs.all(r.key()), r.position().file(),
                unit.inMainFile(r));
        if (!v.kept()) {
            decide(r.key(), kind, c, r, false, v.code(), v.reason(), null);
        } else if (!r.complete()) {
            decide(r.key(), kind, c, r, false, "incomplete", "declared but not defined", null);
        } else if (c == null) {
            boolean memberType = typedefs.isMemberType(r.key());
            decide(r.key(), kind, null, r, false, memberType ? "not-reached" : "record-unnamed",
                    memberType ? "anonymous, and no generated record has it as a member"
                            : "anonymous record no typedef or member names", null);
        } else if (!laidOut.test(r.key())) {
            decide(r.key(), kind, c, r, false, "record-no-layout", "no layout (see the layout errors)", null);
        } else {
            name(r, JavaNames.upperCamel(c.substring(c.indexOf(' ') + 1), "Record"), v.code(), v.reason());
        }
    }

    private void ioctlPayloads() {
        for (Declaration d : unit.declarations()) {
            if (d instanceof MacroDecl.Integer m && m.ioctl() != null && m.ioctl().payload() != null
                    && m.ioctl().payload().canonical() instanceof CType.Record r
                    && rules.decide(DeclarationKind.CONSTANT, m.name(), List.of(), m.position().file(),
                            unit.inMainFile(m)).kept()) {
                record(r.key()).filter(decl -> !decl.isAnonymous() || typedefs.ofAnonymous(r.key()) != null)
                        .ifPresent(decl -> reach(r.key(), anonymous -> "Anonymous" + anonymous.position().line(),
                                "ioctl-payload", "the payload of " + m.name()));
            }
        }
    }

    /** Gives the record with this key a class if it has none, is laid out and not excluded. */
    private void reach(String key, Function<RecordDecl, String> unnamed, String code, String reason) {
        if (records.containsKey(key) || !laidOut.test(key)) {
            return;
        }
        record(key).ifPresent(decl -> {
            String c = cName(decl);
            if (!excluded(kind(decl), ruleName(c), decl)) {
                String name = c != null ? JavaNames.upperCamel(c.substring(c.indexOf(' ') + 1), "Record")
                        : unnamed.apply(decl);
                name(decl, name, code, reason);
            }
        });
    }

    private void discover(RecordDecl owner, String ownerName) {
        for (FieldDecl f : owner.fields()) {
            CType t = f.type().canonical();
            while (t instanceof CType.Array a) {
                t = a.element().canonical();
            }
            if (t instanceof CType.Enum e) {
                enumeration(e.key()).filter(ed -> !excluded(DeclarationKind.ENUM, ruleName(cName(ed)), ed))
                        .ifPresent(ed -> enumName(ed, "member-type", "the type of " + owner.key() + "." + f.name()));
            }
            if (!(t instanceof CType.Record ref) || !laidOut.test(ref.key())) {
                continue;
            }
            Optional<RecordDecl> decl = record(ref.key());
            if (decl.isEmpty()) {
                continue;
            }
            if (f.isAnonymous()) {
                if (!records.containsKey(ref.key())) {
                    decide(ref.key(), kind(decl.get()), cName(decl.get()), decl.get(), false, "flattened",
                            "an anonymous member: its fields are accessors of " + ownerName, null);
                }
                discover(decl.get(), ownerName);
            } else {
                reach(ref.key(), unnamed -> ownerName + JavaNames.upperCamel(f.name(), "Member"), "member-type",
                        "the type of " + owner.key() + "." + f.name());
            }
        }
    }

    private boolean excluded(DeclarationKind kind, String c, Declaration d) {
        String file = d.position().file();
        return rules.excluding(kind, c, file) != null || typedefs.all(keyOf(d)).stream()
                .anyMatch(t -> rules.excluding(DeclarationKind.TYPEDEF, t, file) != null);
    }

    private static String keyOf(Declaration d) {
        return d instanceof RecordDecl r ? r.key() : ((EnumDecl) d).key();
    }

    private void name(RecordDecl r, String wanted, String code, String reason) {
        String simple = allocator.allocate(wanted);
        records.put(r.key(), simple);
        work.add(r.key());
        decide(r.key(), kind(r), cName(r), r, true, code, reason, simple);
    }

    private void enumName(EnumDecl e, String code, String reason) {
        if (enums.containsKey(e.key())) {
            return;
        }
        String c = e.isAnonymous() ? typedefs.ofAnonymous(e.key()) : e.tag();
        if (c != null) {
            String simple = allocator.allocate(JavaNames.upperCamel(c, "Enum"));
            enums.put(e.key(), simple);
            boolean empty = e.constants().isEmpty();
            decide(e.key(), DeclarationKind.ENUM, cName(e), e, !empty, empty ? "no-enumerators" : code,
                    empty ? "no enumerators" : reason, empty ? null : simple);
        } else if (!decisions.containsKey(e.key())) {
            decide(e.key(), DeclarationKind.ENUM, null, e, false, "enum-unnamed",
                    "anonymous enum no typedef names (its enumerators are constants)", null);
        }
    }

    private void decide(String key, DeclarationKind kind, String c, Declaration d, boolean kept, String code,
            String reason, String javaName) {
        decisions.put(key, new PlannedDeclaration(kind, key, c, d.position(), kept, code, reason, javaName));
    }

    /** {@return how C names the record: its key when tagged, else the first typedef naming it, else null} */
    private String cName(RecordDecl r) {
        return r.isAnonymous() ? typedefs.ofAnonymous(r.key()) : r.key();
    }

    private String cName(EnumDecl e) {
        return e.isAnonymous() ? typedefs.ofAnonymous(e.key()) : e.key();
    }

    /** {@return the name rules match: the tag without its keyword, or the typedef name} */
    static String ruleName(String cName) {
        return cName == null ? null : cName.substring(cName.indexOf(' ') + 1);
    }

    private static DeclarationKind kind(RecordDecl r) {
        return r.kind() == RecordKind.UNION ? DeclarationKind.UNION : DeclarationKind.STRUCT;
    }

    /** The typedefs of a unit by the key of the record or enum they name, and the records used as member types. */
    private static final class TypedefNames {
        private final Map<String, List<String>> names = new LinkedHashMap<>();
        private final Map<String, List<String>> ofRecords = new LinkedHashMap<>();
        private final Set<String> memberTypes = new HashSet<>();

        TypedefNames(TranslationUnit unit) {
            for (Declaration d : unit.declarations()) {
                if (d instanceof TypedefDecl td) {
                    String key = switch (td.type()) {
                        case CType.Record r -> r.key();
                        case CType.Enum e -> e.key();
                        default -> null;
                    };
                    if (key != null) {
                        names.computeIfAbsent(key, k -> new ArrayList<>()).add(td.name());
                    }
                    if (td.type() instanceof CType.Record r) {
                        ofRecords.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(td.name());
                    }
                } else if (d instanceof RecordDecl r) {
                    r.fields().forEach(f -> {
                        if (f.type() instanceof CType.Record t) {
                            memberTypes.add(t.key());
                        }
                    });
                }
            }
        }

        List<String> all(String key) {
            return names.getOrDefault(key, List.of());
        }

        /** The first typedef naming the record or enum with this key (meant for anonymous ones). */
        String ofAnonymous(String key) {
            List<String> all = all(key);
            return all.isEmpty() ? null : all.get(0);
        }

        /** Every typedef of the record type with this key itself. */
        List<String> ofRecord(String key) {
            return ofRecords.getOrDefault(key, List.of());
        }

        boolean isMemberType(String key) {
            return memberTypes.contains(key);
        }
    }
}
