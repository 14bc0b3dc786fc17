package io.jbindgen.maven;

import io.jbindgen.GenerationRequest;
import io.jbindgen.Generator;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.maven.incremental.Fingerprint;
import io.jbindgen.maven.incremental.IncrementalGenerator;
import io.jbindgen.maven.incremental.Outcome;
import io.jbindgen.naming.FunctionOptions;
import io.jbindgen.select.DeclarationKind;
import io.jbindgen.select.SelectionRule;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates typed FFM bindings from C headers into a source directory that is added to the
 * compile source roots. Incremental: when no header (including the headers they include), no
 * parameter and no version changed since the last successful run of the same execution, nothing is
 * parsed and nothing is written; otherwise only files whose content changed are written, and files
 * this execution generated before but no longer generates are deleted.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.jbindgen</groupId>
 *   <artifactId>jbindgen-maven-plugin</artifactId>
 *   <executions>
 *     <execution>
 *       <goals><goal>generate</goal></goals>
 *       <configuration>
 *         <headers><header>src/main/c/include/linux/lguest_launcher.h</header></headers>
 *         <target>i386</target>
 *         <javaPackage>org.example.lguest</javaPackage>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class GenerateMojo extends AbstractMojo {

    /**
     * The header files to generate bindings for, each its own translation unit. Relative paths are
     * resolved against the project directory.
     *
     * <pre>{@code <headers><header>src/main/c/include/foo.h</header></headers>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    List<File> headers = List.of();

    /**
     * Base directory of a header fileset, selected with {@link #includes} and {@link #excludes}; may be
     * combined with {@link #headers}.
     *
     * <pre>{@code <headerDirectory>src/main/c/include</headerDirectory>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    File headerDirectory;

    /**
     * Glob patterns, relative to {@link #headerDirectory}, of the headers to use; default
     * {@code **}{@code /*.h}.
     *
     * <pre>{@code <includes><include>linux/virtio_*.h</include></includes>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includes = List.of();

    /**
     * Glob patterns, relative to {@link #headerDirectory}, of headers to leave out.
     *
     * <pre>{@code <excludes><exclude>**}{@code /internal/*.h</exclude></excludes>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludes = List.of();

    /**
     * Directories searched for {@code #include}, in order (like {@code -I}); no system directory is
     * searched unless listed. Headers found here are part of the fingerprint.
     *
     * <pre>{@code <includeDirectories><includeDirectory>/usr/include</includeDirectory></includeDirectories>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    List<File> includeDirectories = List.of();

    /**
     * The target ABI whose layouts the bindings use when {@link #outputs} is not set:
     * {@code x86_64}, {@code i386}, {@code aarch64}, {@code s390x}, {@code armhf}, {@code riscv64},
     * {@code ppc64el} or {@code mips64el}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.target", defaultValue = "x86_64")
    String target = "x86_64";

    /**
     * The Java package of the generated classes (with {@link #target}); required unless
     * {@link #outputs} is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.javaPackage")
    String javaPackage;

    /**
     * Several target ABIs at once, each into its own package; replaces {@link #target} and
     * {@link #javaPackage}.
     *
     * <pre>{@code
     * <outputs>
     *   <output><target>i386</target><javaPackage>org.example.i386</javaPackage></output>
     *   <output><target>x86_64</target><javaPackage>org.example.x64</javaPackage></output>
     * </outputs>
     * }</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    List<OutputSpec> outputs = List.of();

    /**
     * Where the sources are generated; added to the compile source roots. Keep it to jbindgen: files
     * of this execution's earlier runs that are no longer generated are deleted from it (other files
     * are never touched).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/jbindgen", required = true)
    File outputDirectory;

    /**
     * Macro definitions, like {@code -D}; an empty value means {@code 1}.
     *
     * <pre>{@code <defines><__KERNEL_STRICT_NAMES>1</__KERNEL_STRICT_NAMES></defines>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> defines = Map.of();

    /**
     * Macro names to undefine, like {@code -U} (e.g. a predefined macro of the target).
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> undefines = List.of();

    /**
     * A regular expression: a constant whose header comment matches it is generated
     * {@code @Deprecated}. Default: matches "no longer used", "obsolete" and "deprecated".
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.deprecationPattern")
    String deprecationPattern;

    /**
     * Tags of C enums that are sets of requests (such as lguest's {@code lguest_req}): each gets a
     * generated command class ({@code LguestReqCommands}) with one method per enumerator, which checks
     * its argument words against the target's {@code unsigned long} and sends them through the runtime's
     * {@code io.jbindgen.runtime.RequestChannel}. A request's argument words are named by its comment's
     * {@code + a, b} convention unless {@link #requestArguments} names them.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> requestEnums = List.of();

    /**
     * Argument names of requests, in place of what their comment documents: one element per
     * enumerator, its names separated by commas, e.g.
     * {@code <LHREQ_INITIALIZE>base, pfnlimit, start, deviceLimit</LHREQ_INITIALIZE>} (empty: no
     * argument).
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> requestArguments = Map.of();

    /**
     * Libraries the generated functions classes look symbols up in, before libc's default lookup: names
     * such as {@code libz.so.1} (found as {@code dlopen} would) or paths.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> libraries = List.of();

    /**
     * Functions and variables to bind (none: every one of each header's translation unit): C names,
     * globs such as {@code pthread_*}, or {@code header.h:glob} such as {@code unistd.h:*}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeFunctions = List.of();

    /**
     * Functions and variables not to bind, as {@link #includeFunctions}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludeFunctions = List.of();

    /**
     * Functions whose {@code errno} is captured, as {@link #includeFunctions} (e.g. {@code unistd.h:*}):
     * their methods throw {@code io.jbindgen.runtime.sys.ErrnoException}, naming the function and the
     * errno, when the result reports failure.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> errnoFunctions = List.of();

    /**
     * Functions linked as critical ({@code Linker.Option.critical(false)}), as {@link #includeFunctions}:
     * their calls skip the JVM's thread-state transitions. Only for short calls that never block for long
     * and never call back into Java (an upcall from a critical function ends the JVM).
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> criticalFunctions = List.of();

    /**
     * Structs to generate: C names (tags), globs such as {@code kvm_*}, or {@code header.h:glob}, from each
     * header or any header it includes. Once a kind has an include, only the declarations of that kind an
     * include matches are generated (plus the records and enums they need); the other kinds keep the
     * default (each header's own declarations). As jextract's {@code --include-struct}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeStructs = List.of();

    /**
     * Declarations to generate, as {@link #includeStructs}: unions, as {@link #includeStructs}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeUnions = List.of();

    /**
     * Declarations to generate, as {@link #includeStructs}: enum classes by tag or typedef name.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeEnums = List.of();

    /**
     * Declarations to generate, as {@link #includeStructs}: the records and enums that typedefs of these names name.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeTypedefs = List.of();

    /**
     * Declarations to generate, as {@link #includeStructs}: macros and enumerators by name, e.g. {@code KVM_*}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeConstants = List.of();

    /**
     * Structs never to generate, whatever reaches them (a member of one becomes an opaque segment); the
     * patterns as {@link #includeStructs}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludeStructs = List.of();

    /**
     * Unions never to generate, whatever reaches them (a member of one becomes an opaque segment); the
     * patterns as {@link #includeStructs}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludeUnions = List.of();

    /**
     * Enums never to generate, whatever reaches them (a member of one becomes an opaque segment); the
     * patterns as {@link #includeStructs}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludeEnums = List.of();

    /**
     * Typedefs never to generate, whatever reaches them (a member of one becomes an opaque segment); the
     * patterns as {@link #includeStructs}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludeTypedefs = List.of();

    /**
     * Constants never to generate, whatever reaches them (a member of one becomes an opaque segment); the
     * patterns as {@link #includeStructs}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> excludeConstants = List.of();

    /**
     * Skips the goal. The output directory is still added as a source root if it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.skip", defaultValue = "false")
    boolean skip;

    /**
     * Whether a warning about the headers fails the build like an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * Regenerates even when everything is up to date (files are still written only if changed).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.force", defaultValue = "false")
    boolean force;

    /**
     * A layout JSON report of the header (one header, one target) written earlier ("the ABI we ship"):
     * every regenerating build compares the header with it, writes
     * {@code target/jbindgen/<execution>/abi-report.txt} and {@code .json}, logs a summary, and fails on
     * an incompatible change that {@link #acceptedAbiChanges} does not list. Run once with
     * {@code -Djbindgen.updateAbiBaseline=true} to write or rewrite it from the current header.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.abiBaseline")
    File abiBaseline;

    /**
     * Incompatible ABI changes the build accepts, each as the report names it:
     * {@code <acceptedAbiChange>MEMBER_MOVED struct lguest_device_desc.config</acceptedAbiChange>}.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> acceptedAbiChanges = List.of();

    /**
     * Rewrites {@link #abiBaseline} from the current header instead of comparing with it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.updateAbiBaseline", defaultValue = "false")
    boolean updateAbiBaseline;

    /**
     * Logs, at INFO, every declaration the selection left out, with its reason and its stable code, per
     * header and target: the lines of the command line's {@code --report-skipped}, e.g.
     * {@code /p/dev/ctl.h:5: skipped constant DEV_FLAGS: matches no --include-constant rule [not-included]}
     * (the reasons name the command line's options: {@code --include-constant} is {@link #includeConstants}).
     * Asking for it runs the selection even when the sources are up to date (then nothing is written
     * and the log says so).
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.reportSkipped", defaultValue = "false")
    boolean reportSkipped;

    /**
     * Writes every declaration the headers reach (their own and those of the headers they include, kept
     * or skipped) as the include option that selects it, one a line and each once, with the header that
     * declares it: the file of the command line's {@code --dump-includes}, e.g.
     * {@code --include-struct arch_regs    # header: /p/arch/ctl.h}. Relative paths are resolved against
     * the project directory. Asking for it runs the selection even when the sources are up to date (then
     * no source is written and the log says so).
     *
     * <pre>{@code <dumpIncludes>${project.build.directory}/jbindgen-includes.txt</dumpIncludes>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter(property = "jbindgen.dumpIncludes")
    File dumpIncludes;

    /** The project, whose compile source roots receive {@link #outputDirectory}. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** This execution, whose id keys the incremental state. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    /** Where the per-execution state lives: {@code <buildDirectory>/jbindgen/<executionId>/}. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // The CPU clock first: with -X its first use loads java.lang.management, ~15 ms in a fresh
        // Maven JVM that a normal build never pays, so it must not count in the reported wall time.
        long cpuStart = getLog().isDebugEnabled() ? threadCpuNanos() : 0;
        long start = System.nanoTime();
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        if (skip) {
            SourceRootRegistrar.registerIfPresent(project, output);
            getLog().info("jbindgen: skipped");
            return;
        }
        GenerationRequest request = RequestBuilder.build(settings());
        SourceRootRegistrar.register(project, output);
        Outcome outcome;
        try {
            String tools = ToolIdentity.describe(pluginVersion(), Generator.version(),
                    List.of(GenerateMojo.class, Generator.class));
            AbiGate.Settings abi = abiSettings(output);
            String parameters = Fingerprint.describe(request, output, failOnWarning, tools)
                    + (abi == null ? "" : AbiGate.fingerprintPart(abi));
            IncrementalGenerator.Job job = new IncrementalGenerator.Job(request, output, stateDirectory(), parameters,
                    failOnWarning, force, abi == null ? null : new AbiGate(request, abi, getLog()));
            SelectionListingLog listing = listing();
            outcome = listing == null ? new IncrementalGenerator(Generator::generate).run(job)
                    : new IncrementalGenerator(listing::generate).run(job);
            if (listing != null) {
                listing.finish(request);
            }
        } catch (IOException e) {
            getLog().error("jbindgen: I/O failure: " + e, e);
            throw new MojoExecutionException("jbindgen: I/O failure: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            getLog().error("jbindgen: internal error (please report it): " + e, e);
            throw new MojoExecutionException("jbindgen: internal error: " + e, e);
        }
        report(outcome, (System.nanoTime() - start) / 1_000_000);
        if (getLog().isDebugEnabled()) {
            getLog().debug("jbindgen: " + (threadCpuNanos() - cpuStart) / 1_000 + " us CPU in this execution");
        }
    }

    /** {@return the listings asked for by {@link #reportSkipped} and {@link #dumpIncludes}, or {@code null}} */
    private SelectionListingLog listing() {
        if (!reportSkipped && dumpIncludes == null) {
            return null;
        }
        Path file = dumpIncludes == null ? null : project.getBasedir().toPath().resolve(dumpIncludes.toPath()).normalize();
        return new SelectionListingLog(reportSkipped, file, getLog());
    }

    /** {@return this thread's CPU time; only asked for with -X, where it shows the plugin's own cost on a busy machine} */
    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    PluginSettings settings() {
        Path base = project.getBasedir().toPath();
        return new PluginSettings(resolve(base, headers), headerDirectory == null ? null : base.resolve(headerDirectory.toPath()),
                nonNull(includes), nonNull(excludes), resolve(base, includeDirectories), target, javaPackage,
                nonNull(outputs), defines, nonNull(undefines), deprecationPattern, nonNull(requestEnums),
                requestArguments, new FunctionOptions(nonNull(libraries), nonNull(includeFunctions),
                        nonNull(excludeFunctions), nonNull(errnoFunctions), nonNull(criticalFunctions)), selection());
    }

    /** {@return the include and exclude parameters as selection rules, includes first, kind by kind} */
    private List<SelectionRule> selection() {
        List<SelectionRule> rules = new ArrayList<>();
        add(rules, true, DeclarationKind.STRUCT, includeStructs);
        add(rules, true, DeclarationKind.UNION, includeUnions);
        add(rules, true, DeclarationKind.ENUM, includeEnums);
        add(rules, true, DeclarationKind.TYPEDEF, includeTypedefs);
        add(rules, true, DeclarationKind.CONSTANT, includeConstants);
        add(rules, false, DeclarationKind.STRUCT, excludeStructs);
        add(rules, false, DeclarationKind.UNION, excludeUnions);
        add(rules, false, DeclarationKind.ENUM, excludeEnums);
        add(rules, false, DeclarationKind.TYPEDEF, excludeTypedefs);
        add(rules, false, DeclarationKind.CONSTANT, excludeConstants);
        return rules;
    }

    private static void add(List<SelectionRule> rules, boolean include, DeclarationKind kind, List<String> patterns) {
        for (String pattern : nonNull(patterns)) {
            rules.add(new SelectionRule(include, kind, pattern));
        }
    }

    private void report(Outcome outcome, long millis) throws MojoFailureException {
        // An if chain rather than a pattern switch: the switch's bootstrap alone costs milliseconds in a
        // fresh Maven JVM, and the up-to-date path is meant to take very few.
        if (outcome instanceof Outcome.Failed f) {
            throw DiagnosticReport.failure(f.diagnostics(), failOnWarning, getLog());
        }
        if (outcome instanceof Outcome.Refused r) {
            getLog().error(r.reason());
            throw new MojoFailureException(r.reason());
        }
        if (outcome instanceof Outcome.Generated g) {
            for (Diagnostic d : g.diagnostics()) {
                getLog().warn(d.format());
            }
            getLog().info("jbindgen: generated " + g.files() + " files (" + g.written() + " written, "
                    + g.deleted() + " deleted) in " + millis + " ms");
        } else {
            getLog().info("jbindgen: up to date (" + millis + " ms)");
        }
    }

    /** {@return the ABI check's settings, or {@code null} without {@link #abiBaseline}} */
    private AbiGate.Settings abiSettings(Path output) throws MojoExecutionException {
        if (abiBaseline == null) {
            return null;
        }
        if (RequestBuilder.build(settings()).headers().size() != 1 || !nonNull(outputs).isEmpty()) {
            throw new MojoExecutionException("<abiBaseline>: a baseline describes one header on one target; this "
                    + "execution has several (use one execution per header)");
        }
        Path base = project.getBasedir().toPath();
        List<Path> roots = new ArrayList<>();
        for (String root : project.getCompileSourceRoots()) {
            roots.add(base.resolve(root));
        }
        return new AbiGate.Settings(base.resolve(abiBaseline.toPath()).normalize(), nonNull(acceptedAbiChanges),
                updateAbiBaseline, output, stateDirectory(), base, roots);
    }

    private Path stateDirectory() {
        return buildDirectory.toPath().resolve("jbindgen").resolve(mojoExecution.getExecutionId());
    }

    private String pluginVersion() {
        var descriptor = mojoExecution.getMojoDescriptor();
        String version = descriptor == null ? null : descriptor.getPluginDescriptor().getVersion();
        return Objects.requireNonNullElse(version, "unknown");
    }

    private static List<Path> resolve(Path base, List<File> files) {
        List<Path> paths = new ArrayList<>();
        for (File file : nonNull(files)) {
            paths.add(base.resolve(file.toPath()));
        }
        return paths;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
