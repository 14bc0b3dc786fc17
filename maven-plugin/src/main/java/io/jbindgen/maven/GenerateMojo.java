package io.jbindgen.maven;

import io.jbindgen.GenerationRequest;
import io.jbindgen.Generator;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.maven.incremental.Fingerprint;
import io.jbindgen.maven.incremental.IncrementalGenerator;
import io.jbindgen.maven.incremental.Outcome;
import io.jbindgen.naming.FunctionOptions;
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
     * Macros defined in files the headers include that their constants classes also get (a header's own
     * macros are always generated), as {@link #includeFunctions} with the file being where the macro is
     * defined: {@code E*} for {@code <errno.h>}, {@code MAP_*} for {@code <sys/mman.h>}.
     *
     * <pre>{@code <includeConstants><includeConstant>E*</includeConstant></includeConstants>}</pre>
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> includeConstants = List.of();

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
            outcome = new IncrementalGenerator(Generator::generate).run(job);
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
                        nonNull(excludeFunctions), nonNull(errnoFunctions), nonNull(includeConstants)));
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
