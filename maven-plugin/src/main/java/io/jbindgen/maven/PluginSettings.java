package io.jbindgen.maven;

import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.select.SelectionRule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Mojo's generation parameters as one plain value, so that request building and its validation
 * can be tested without Maven. Nullable fields are parameters the user did not set.
 *
 * @param headers explicitly listed headers (may be empty)
 * @param headerDirectory base directory of the header fileset, or {@code null}
 * @param includes fileset include globs (empty means {@code **}{@code /*.h})
 * @param excludes fileset exclude globs
 * @param includeDirectories {@code -I} directories in search order
 * @param target the single target ABI, used when {@code outputs} is empty
 * @param javaPackage the Java package for the single target, or {@code null}
 * @param outputs the explicit (target, package) pairs, or empty
 * @param defines macro definitions; a {@code null} or empty value means {@code 1}
 * @param undefines macro names to undefine
 * @param deprecationPattern the deprecation regex, or {@code null} for the generator's default
 * @param requestEnums tags of the C enums that get a typed command class
 * @param requestArguments per request enumerator, its argument names separated by commas (empty: none)
 * @param functions libraries, function include/exclude patterns, errno capture and critical functions
 * @param selection the include and exclude rules of records, enums and constants
 */
public record PluginSettings(List<Path> headers, Path headerDirectory, List<String> includes,
        List<String> excludes, List<Path> includeDirectories, String target, String javaPackage,
        List<OutputSpec> outputs, Map<String, String> defines, List<String> undefines,
        String deprecationPattern, List<String> requestEnums, Map<String, String> requestArguments,
        FunctionOptions functions, List<SelectionRule> selection) {

    /** Settings with the default selection. */
    public PluginSettings(List<Path> headers, Path headerDirectory, List<String> includes, List<String> excludes,
            List<Path> includeDirectories, String target, String javaPackage, List<OutputSpec> outputs,
            Map<String, String> defines, List<String> undefines, String deprecationPattern, List<String> requestEnums,
            Map<String, String> requestArguments, FunctionOptions functions) {
        this(headers, headerDirectory, includes, excludes, includeDirectories, target, javaPackage, outputs, defines,
                undefines, deprecationPattern, requestEnums, requestArguments, functions, List.of());
    }

    /** Settings with the default function binding. */
    public PluginSettings(List<Path> headers, Path headerDirectory, List<String> includes, List<String> excludes,
            List<Path> includeDirectories, String target, String javaPackage, List<OutputSpec> outputs,
            Map<String, String> defines, List<String> undefines, String deprecationPattern, List<String> requestEnums,
            Map<String, String> requestArguments) {
        this(headers, headerDirectory, includes, excludes, includeDirectories, target, javaPackage, outputs, defines,
                undefines, deprecationPattern, requestEnums, requestArguments, FunctionOptions.DEFAULT);
    }

    /** Settings without request enums. */
    public PluginSettings(List<Path> headers, Path headerDirectory, List<String> includes, List<String> excludes,
            List<Path> includeDirectories, String target, String javaPackage, List<OutputSpec> outputs,
            Map<String, String> defines, List<String> undefines, String deprecationPattern) {
        this(headers, headerDirectory, includes, excludes, includeDirectories, target, javaPackage, outputs, defines,
                undefines, deprecationPattern, List.of(), Map.of());
    }

    public PluginSettings {
        headers = List.copyOf(headers);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        includeDirectories = List.copyOf(includeDirectories);
        outputs = List.copyOf(outputs);
        defines = defines == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(defines));
        undefines = List.copyOf(undefines);
        requestEnums = List.copyOf(requestEnums);
        requestArguments = requestArguments == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(requestArguments));
        functions = functions == null ? FunctionOptions.DEFAULT : functions;
        selection = selection == null ? List.of() : List.copyOf(selection);
    }
}
