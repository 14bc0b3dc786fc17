package io.jbindgen.select;

import io.jbindgen.commands.CommandSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the Java emitter and the layout reports generate for one header on one target, as data:
 * every declaration decided on (kept or skipped, with the reason), the simple name of every generated
 * class, the fields of the constants class, and the typed commands of the request enums. Immutable;
 * two plans are equal when they decide and name the same.
 *
 * @param javaPackage the package of every class
 * @param declarations every record, enum and constant decided on, in source order
 * @param records the record classes: record key to simple class name, in naming order
 * @param enums the enum classes: enum key to simple name (an enum without enumerators is named but gets no class)
 * @param commands the command classes: request enum key to simple name
 * @param constantsClass the simple name of the constants class
 * @param functionsClass the simple name of the functions class
 * @param constants the fields of the constants class, in order
 * @param commandSets the typed commands of the request enums, in the order asked
 * @param typedefs the typedefs naming each record that gets a class, in source order (for its Javadoc)
 * @param members the accessor-bearing members of each record class, in declaration order (empty in a
 *     plan made for the layout reports)
 * @param functions the methods of the functions class: C function or variable name to method name, in
 *     declaration order (empty until {@link Selector#planFunctions} has run)
 * @param unsupported what the front end recognised but could not model (a macro without a constant
 *     value, an inline function, a prototype taking a {@code va_list} ...), from every file read, with
 *     the front end's code and reason: skipped whatever the rules say (empty macros are left out; empty
 *     in a plan made for the layout reports)
 */
public record SelectionPlan(String javaPackage, List<PlannedDeclaration> declarations, Map<String, String> records,
        Map<String, String> enums, Map<String, String> commands, String constantsClass, String functionsClass,
        List<PlannedConstant> constants, List<CommandSet> commandSets, Map<String, List<String>> typedefs,
        Map<String, List<PlannedMember>> members, Map<String, String> functions,
        List<PlannedDeclaration> unsupported) {
    /** The functions class's field holding its library lookup: no method takes its name. */
    public static final String LIBRARY_FIELD = "LIBRARY";
    /** The functions class's method returning the last captured errno: no function takes its name. */
    public static final String LAST_ERRNO_METHOD = "lastErrno";

    public SelectionPlan {
        declarations = List.copyOf(declarations);
        records = ordered(records);
        enums = ordered(enums);
        commands = ordered(commands);
        constants = List.copyOf(constants);
        commandSets = List.copyOf(commandSets);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        typedefs.forEach((key, names) -> copy.put(key, List.copyOf(names)));
        typedefs = Collections.unmodifiableMap(copy);
        Map<String, List<PlannedMember>> memberCopy = new LinkedHashMap<>();
        members.forEach((key, list) -> memberCopy.put(key, List.copyOf(list)));
        members = Collections.unmodifiableMap(memberCopy);
        functions = ordered(functions);
        unsupported = List.copyOf(unsupported);
    }

    /**
     * {@return this plan with the functions and variables decided on and named}
     *
     * @param decisions one per function and variable of the translation unit, in declaration order
     * @param names the kept ones' method names by C name, in declaration order
     */
    SelectionPlan withFunctions(List<PlannedDeclaration> decisions, Map<String, String> names) {
        List<PlannedDeclaration> all = new ArrayList<>(declarations);
        all.addAll(decisions);
        return new SelectionPlan(javaPackage, all, records, enums, commands, constantsClass, functionsClass, constants,
                commandSets, typedefs, members, names, unsupported);
    }

    /** {@return the method name of the function or variable with this C name, if it is bound} */
    public Optional<String> function(String cName) {
        return Optional.ofNullable(functions.get(cName));
    }

    private static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** {@return the simple name of the class of the record with this key, if it gets one} */
    public Optional<String> recordClass(String key) {
        return Optional.ofNullable(records.get(key));
    }

    /** {@return the simple name of the class of the enum with this key, if it gets one} */
    public Optional<String> enumClass(String key) {
        return Optional.ofNullable(enums.get(key));
    }

    /** {@return the accessor-bearing members of the class of the record with this key (none if it gets no class)} */
    public List<PlannedMember> members(String key) {
        return members.getOrDefault(key, List.of());
    }

    /**
     * {@return every declaration skipped: those the selection decided to skip, in the order of
     * {@link #declarations}, then those the front end could not model}
     */
    public List<PlannedDeclaration> skipped() {
        List<PlannedDeclaration> all = new ArrayList<>(declarations.stream().filter(d -> !d.kept()).toList());
        all.addAll(unsupported);
        return List.copyOf(all);
    }

    /** {@return the decision on the record or enum with this key, if one was made} */
    public Optional<PlannedDeclaration> decision(String key) {
        return declarations.stream().filter(d -> d.key().equals(key) && d.kind() != DeclarationKind.CONSTANT
                && d.kind() != DeclarationKind.FUNCTION)
                .findFirst();
    }
}
