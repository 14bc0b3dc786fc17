package io.jbindgen.emit;

import io.jbindgen.abi.Layouts;
import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.diag.Severity;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.select.SelectionPlan;
import io.jbindgen.select.SelectionPolicy;
import io.jbindgen.select.SelectionRule;
import io.jbindgen.select.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generates bindings for glibc's headers from the system include directories, one package per header. */
final class GlibcBindings {
    static final List<String> HEADERS = List.of("unistd.h", "fcntl.h", "sys/mman.h", "sys/ioctl.h",
            "sys/eventfd.h", "poll.h", "string.h", "stdio.h", "stdlib.h", "time.h", "signal.h", "pthread.h");

    private GlibcBindings() {
    }

    /** {@return the path of a system header, e.g. sys/mman.h under the multiarch directory} */
    static Path header(String name) {
        return header(name, HeaderBindings.SYSTEM_INCLUDES);
    }

    /** {@return the first {@code dir/name} of {@code dirs} that exists} */
    static Path header(String name, List<Path> dirs) {
        return dirs.stream().map(d -> d.resolve(name)).filter(Files::exists).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " on this system"));
    }

    /** {@return the package of a header's bindings under {@code base}: {@code base.sys_mman} for sys/mman.h} */
    static String packageOf(String base, String name) {
        return base + "." + name.replace(".h", "").replace('/', '_');
    }

    /** {@return the bindings of {@code headers}, each in its own package under {@code base}} */
    static List<GeneratedFile> generate(List<String> headers, String base, Target target, FunctionOptions functions) {
        return generate(headers, base, target, functions, HeaderBindings.SYSTEM_INCLUDES);
    }

    /** As {@link #generate(List, String, Target, FunctionOptions)}, with the target's include directories. */
    static List<GeneratedFile> generate(List<String> headers, String base, Target target, FunctionOptions functions,
            List<Path> includes) {
        return generate(headers, base, target, functions, includes, Map.of());
    }

    /**
     * As {@link #generate(List, String, Target, FunctionOptions, List)}, with selection rules for some headers
     * (by the name given in {@code headers}), e.g. {@code E*} constants for {@code errno.h}.
     */
    static List<GeneratedFile> generate(List<String> headers, String base, Target target, FunctionOptions functions,
            List<Path> includes, Map<String, List<SelectionRule>> selection) {
        List<GeneratedFile> files = new ArrayList<>();
        for (String name : headers) {
            Diagnostics diags = new Diagnostics();
            TranslationUnit unit = FrontEnd.parse(header(name, includes), PreprocessorOptions.of(target, includes), diags);
            Layouts layouts = Layouts.compute(unit, target, diags);
            List<String> errors = diags.all().stream().filter(d -> d.severity() == Severity.ERROR)
                    .map(Diagnostic::format).toList();
            if (!errors.isEmpty()) {
                throw new AssertionError(name + ": " + errors);
            }
            EmitOptions options = new EmitOptions(packageOf(base, name), null, functions);
            List<SelectionRule> rules = new ArrayList<>(selection.getOrDefault(name, List.of()));
            rules.addAll(SelectionRule.functions(functions));
            SelectionPolicy policy = new SelectionPolicy(rules, Set.of());
            SelectionPlan plan = Selector.plan(unit, key -> layouts.record(key).isPresent(), options.javaPackage(),
                    List.of(), policy);
            plan = JavaEmitter.planFunctions(unit, layouts::record, target, plan, policy);
            files.addAll(JavaEmitter.emit(unit, layouts::record, target, options, plan));
        }
        return files;
    }
}
