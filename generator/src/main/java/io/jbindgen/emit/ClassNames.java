package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import io.jbindgen.select.SelectionPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The generated classes of one header as JavaPoet names: the class names of a {@link SelectionPlan}. */
final class ClassNames {
    private final Map<String, ClassName> records = new LinkedHashMap<>();
    private final Map<String, ClassName> enums = new LinkedHashMap<>();
    private final Map<String, ClassName> commands = new LinkedHashMap<>();
    private final ClassName constants;
    private final ClassName functions;

    ClassNames(SelectionPlan plan) {
        String pkg = plan.javaPackage();
        plan.records().forEach((key, simple) -> records.put(key, ClassName.get(pkg, simple)));
        plan.enums().forEach((key, simple) -> enums.put(key, ClassName.get(pkg, simple)));
        plan.commands().forEach((key, simple) -> commands.put(key, ClassName.get(pkg, simple)));
        constants = ClassName.get(pkg, plan.constantsClass());
        functions = ClassName.get(pkg, plan.functionsClass());
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
