package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jbindgen.emit.JavaCompilation;
import io.jbindgen.output.GeneratedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The selection options of the command line over the real pipeline and this machine's kernel headers
 * ({@code linux/kvm.h} and the x86 {@code asm/kvm.h} it includes), the generated Java compiled.
 */
class SelectionCliTest {
    private static final Path ARCH = Path.of("/usr/include/x86_64-linux-gnu");
    private static final Path LINUX_KVM = Path.of("/usr/include/linux/kvm.h");
    private static final Path ASM_KVM = ARCH.resolve("asm/kvm.h");

    @TempDir
    Path out;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void kernelHeaders() {
        assumeTrue(Files.isRegularFile(LINUX_KVM) && Files.isRegularFile(ASM_KVM),
                "needs linux-libc-dev's linux/kvm.h and asm/kvm.h (x86_64)");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("-I", ARCH.toString(), "-I", "/usr/include"));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new), new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private List<GeneratedFile> generated(Path root) throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new GeneratedFile(root.relativize(p).toString(), Files.readString(p)));
            }
        }
        return files;
    }

    @Test
    void linuxAndAsmKvmShareOnePackageEachDeclarationOnce() throws IOException {
        Path java = out.resolve("java");

        int status = run("-d", java.toString(), "-p", "kvm", LINUX_KVM.toString(), ASM_KVM.toString());

        assertThat(status).as(err()).isZero();
        Path pkg = java.resolve("kvm");
        assertThat(pkg.resolve("LinuxKvm.java")).isRegularFile();
        assertThat(pkg.resolve("AsmKvm.java")).isRegularFile();
        assertThat(pkg.resolve("Kvm.java")).doesNotExist();
        // declared in asm/kvm.h, reached by no declaration of linux/kvm.h: generated with asm/kvm.h
        assertThat(pkg.resolve("KvmReinjectControl.java")).isRegularFile();
        String linux = Files.readString(pkg.resolve("LinuxKvm.java"));
        String asm = Files.readString(pkg.resolve("AsmKvm.java"));
        assertThat(asm).contains("public static final int KVM_NR_INTERRUPTS = 256;");
        assertThat(linux).doesNotContain("KVM_NR_INTERRUPTS").contains("KVM_CAP_REINJECT_CONTROL = 24;");
        assertThat(JavaCompilation.compile(out.resolve("classes"), generated(java), false).errors()).isEmpty();
    }

    @Test
    void includeConstantGlobBindsTheConstantsOfIncludedHeaders() throws IOException {
        Path java = out.resolve("java");

        int status = run("-d", java.toString(), "-p", "kvm", "--include-constant", "KVM_*", LINUX_KVM.toString());

        assertThat(status).as(err()).isZero();
        String constants = Files.readString(java.resolve("kvm/Kvm.java"));
        // asm/kvm.h (x86): #define KVM_NR_INTERRUPTS 256, KVM_IRQCHIP_PIC_MASTER 0, KVM_GUESTDBG_USE_SW_BP 0x00010000
        assertThat(constants).contains("KVM_NR_INTERRUPTS = 256;", "KVM_IRQCHIP_PIC_MASTER = 0;",
                "KVM_GUESTDBG_USE_SW_BP = 65536;", "KVM_CAP_REINJECT_CONTROL = 24;");
        // linux/kvm.h: #define KVMIO 0xAE, which KVM_* does not match
        assertThat(constants).doesNotContain(" KVMIO ");
    }

    @Test
    void reportSkippedNamesEveryDeclarationLeftOutWithItsReason() {
        int status = run("--report-skipped", LINUX_KVM.toString());

        assertThat(status).as(err()).isZero();
        String listing = stdout.toString(StandardCharsets.UTF_8);
        assertThat(listing).startsWith("# " + LINUX_KVM + " (x86_64): ");
        assertThat(listing).contains(ASM_KVM + ":318: skipped struct kvm_reinject_control: declared in " + ASM_KVM
                + ", which the header includes [not-in-header]");
        assertThat(listing).contains(ASM_KVM + ":54: skipped constant KVM_NR_INTERRUPTS: declared in " + ASM_KVM
                + ", which the header includes [not-in-header]");
    }

    @Test
    void theConstantsOfIncludedHeadersAreReportedAndAnIncludeAllBindsExactlyThose() throws Exception {
        int status = run("--report-skipped", LINUX_KVM.toString());
        assertThat(status).as(err()).isZero();
        Set<String> reported = new TreeSet<>();
        Matcher m = Pattern.compile(": skipped constant (\\w+): declared in .*\\[not-in-header]")
                .matcher(stdout.toString(StandardCharsets.UTF_8));
        while (m.find()) {
            reported.add(m.group(1));
        }
        assertThat(reported).contains("KVM_SYNC_X86_REGS", "KVM_IRQCHIP_PIC_MASTER", "KVM_GUESTDBG_USE_SW_BP",
                "KVM_NR_INTERRUPTS", "_IOC_NRBITS");
        Path plain = out.resolve("plain");
        Path all = out.resolve("all");
        assertThat(run("-d", plain.toString(), "-p", "kvm", LINUX_KVM.toString())).as(err()).isZero();
        assertThat(run("-d", all.toString(), "-p", "kvm", "--include-constant", "*", LINUX_KVM.toString()))
                .as(err()).isZero();
        Set<String> added = new TreeSet<>(fields(all.resolve("kvm/Kvm.java")));
        added.removeAll(fields(plain.resolve("kvm/Kvm.java")));
        assertThat(added).isEqualTo(reported);
        // gcc's own macro table for the header: every reported constant is a macro it defines
        Process gcc = new ProcessBuilder("gcc", "-E", "-dM", "-I", ARCH.toString(), LINUX_KVM.toString())
                .redirectErrorStream(true).start();
        String defined = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gcc.waitFor()).as(defined).isZero();
        assertThat(reported).allMatch(name -> defined.contains("#define " + name + " "), "defined by gcc");
    }

    private static Set<String> fields(Path constants) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("public static final \\w+ (\\w+) =").matcher(Files.readString(constants));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void dumpIncludesListsWhatTheHeaderReachesAsIncludeOptions() throws IOException {
        Path dump = out.resolve("includes.txt");

        int status = run("--dump-includes", dump.toString(), LINUX_KVM.toString());

        assertThat(status).as(err()).isZero();
        assertThat(Files.readAllLines(dump)).contains(
                "--include-struct kvm_reinject_control    # header: " + ASM_KVM,
                "--include-constant KVM_NR_INTERRUPTS    # header: " + ASM_KVM,
                "--include-struct kvm_run    # header: " + LINUX_KVM);
    }

    @Test
    void anExcludedStructBecomesAnOpaqueMemberAndTheRestCompiles() throws IOException {
        Path header = Files.writeString(out.resolve("pair.h"), """
                struct secret { int key; };
                struct pair { struct secret s; int n; };
                """);
        Path java = out.resolve("java");

        int status = run("-d", java.toString(), "-p", "pair", "--exclude-struct", "secret", header.toString());

        assertThat(status).as(err()).isZero();
        assertThat(java.resolve("pair/Secret.java")).doesNotExist();
        assertThat(java.resolve("pair/Pair.java")).isRegularFile();
        assertThat(JavaCompilation.compile(out.resolve("classes"), generated(java), true).errors()).isEmpty();
    }

    @Test
    void aBadPatternIsAUsageErrorNamingTheOption() {
        int status = run("--include-struct", "a[", LINUX_KVM.toString());

        assertThat(status).isEqualTo(CliRunner.EXIT_USAGE);
        assertThat(err()).startsWith("jbindgen: --include-struct: 'a[' is not a C name or glob");
    }
}
