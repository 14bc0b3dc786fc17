package io.jbindgen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.target.Target;
import io.jbindgen.commands.CommandSet;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.output.GeneratedFile;
import io.jbindgen.select.SelectionPlan;
import io.jbindgen.select.SelectionPolicy;
import io.jbindgen.select.SelectionRule;
import io.jbindgen.select.Selector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The emitter's entry point: Java sources for one header on one target, as data.
 *
 * <p>Generated code needs {@code io.jbindgen:jbindgen-runtime}. The result is sorted by path and
 * carries no timestamp, so the same input always gives the same bytes.
 */
public final class JavaEmitter {
    /** {@code @Generated("io.jbindgen")}, on every generated type. */
    static final AnnotationSpec GENERATED = AnnotationSpec
            .builder(ClassName.get("javax.annotation.processing", "Generated"))
            .addMember("value", "$S", "io.jbindgen").build();

    private JavaEmitter() {
    }

    /**
     * Generates the bindings of {@code unit} for the target its layouts were computed for.
     *
     * @param unit the header as the front end understood it
     * @param layouts the layout engine's result for {@code unit}
     * @param target the target ABI (the one {@code layouts} were computed for)
     * @param options the Java package and the deprecation pattern
     * @return one file per generated class, sorted by path
     */
    public static List<GeneratedFile> emit(TranslationUnit unit, Layouts layouts, Target target,
            EmitOptions options) {
        return emit(unit, (LayoutSource) layouts::record, target, options);
    }

    /**
     * Generates the bindings of {@code unit} for {@code target}.
     *
     * @param unit the header as the front end understood it
     * @param layouts the record layouts of {@code unit} on {@code target}
     * @param target the target ABI (byte order, sizes)
     * @param options the Java package and the deprecation pattern
     * @return one file per generated class, sorted by path
     */
    public static List<GeneratedFile> emit(TranslationUnit unit, LayoutSource layouts, Target target,
            EmitOptions options) {
        return emit(unit, layouts, target, options, List.of());
    }

    /**
     * Generates the bindings of {@code unit} for {@code target}, with a command class per request set.
     *
     * @param unit the header as the front end understood it
     * @param layouts the record layouts of {@code unit} on {@code target}
     * @param target the target ABI (byte order, sizes)
     * @param options the Java package and the deprecation pattern
     * @param commands the typed commands planned for the header's request enums
     * @return one file per generated class, sorted by path
     */
    public static List<GeneratedFile> emit(TranslationUnit unit, LayoutSource layouts, Target target,
            EmitOptions options, List<CommandSet> commands) {
        SelectionPolicy policy = new SelectionPolicy(SelectionRule.functions(options.functions()), List.of());
        SelectionPlan plan = Selector.plan(unit, key -> layouts.record(key).isPresent(), options.javaPackage(),
                commands, policy);
        return emit(unit, layouts, target, options, planFunctions(unit, layouts, target, plan, policy));
    }

    /**
     * Adds the functions and variables of {@code unit} to {@code plan}, with how this emitter passes
     * their arguments on {@code target} (which depends on the record classes {@code plan} names).
     *
     * @param unit the header as the front end understood it
     * @param layouts the record layouts of {@code unit} on {@code target}
     * @param target the target ABI
     * @param plan the plan of the header's types and constants
     * @param policy the policy {@code plan} was made with
     * @return the plan with its functions
     */
    public static SelectionPlan planFunctions(TranslationUnit unit, LayoutSource layouts, Target target,
            SelectionPlan plan, SelectionPolicy policy) {
        CallTypes types = new CallTypes(new TypeMapping(unit, target, layouts, new ClassNames(plan)));
        return Selector.planFunctions(plan, unit, policy, types::parameterTypes);
    }

    /**
     * Generates what {@code plan} selects and names of {@code unit} for {@code target}.
     *
     * @param unit the header as the front end understood it
     * @param layouts the record layouts of {@code unit} on {@code target}
     * @param target the target ABI (byte order, sizes)
     * @param options the Java package and the deprecation pattern
     * @param plan the selection-and-naming pass's result for {@code unit} (its package is the one used),
     *     functions included ({@link #planFunctions}); a plan without them binds no function
     * @return one file per generated class, sorted by path
     */
    public static List<GeneratedFile> emit(TranslationUnit unit, LayoutSource layouts, Target target,
            EmitOptions options, SelectionPlan plan) {
        List<CommandSet> commands = plan.commandSets();
        ClassNames classNames = new ClassNames(plan);
        TypeMapping mapping = new TypeMapping(unit, target, layouts, classNames);
        MemberPlanner planner = new MemberPlanner(unit, layouts, mapping, plan);
        Deprecations deprecations = new Deprecations(unit, options.deprecation());
        RecordClassEmitter records = new RecordClassEmitter(mapping, planner, deprecations);
        List<TypeSpec> types = new ArrayList<>();
        for (Map.Entry<String, ClassName> e : classNames.records().entrySet()) {
            RecordLayout layout = layouts.record(e.getKey()).orElseThrow();
            types.add(records.emit(e.getValue(), unit.record(e.getKey()).orElseThrow(), layout,
                    plan.typedefs().get(e.getKey())));
        }
        for (Map.Entry<String, ClassName> e : classNames.enums().entrySet()) {
            unit.enumeration(e.getKey()).filter(d -> !d.constants().isEmpty())
                    .ifPresent(d -> types.add(EnumEmitter.emit(e.getValue(), d, target.name(), deprecations)));
        }
        for (CommandSet set : commands) {
            types.add(CommandClassEmitter.emit(classNames.commands(set.enumKey()), set));
        }
        new ConstantsEmitter(unit, mapping, classNames, deprecations).emit(plan.constants()).ifPresent(types::add);
        new FunctionsEmitter(unit, mapping, classNames, options.functions(), plan).emit().ifPresent(types::add);
        List<GeneratedFile> files = new ArrayList<>();
        for (TypeSpec type : types) {
            JavaFile file = JavaFile.builder(options.javaPackage(), type)
                    .skipJavaLangImports(true).indent("    ").build();
            String dir = options.javaPackage().isEmpty() ? "" : options.javaPackage().replace('.', '/') + "/";
            files.add(new GeneratedFile(dir + type.name() + ".java", file.toString()));
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        return List.copyOf(files);
    }
}
