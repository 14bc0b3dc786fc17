package io.jbindgen.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile headers through the whole command line (layout JSON and Java generation):
 * each ends with the expected exit status and a diagnostic at the offending line naming the construct,
 * within a hang guard, never with a stack trace. The deep-nesting cases are generated here.
 */
class HostileInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final int DEPTH = 10_000;
    private static final Pattern DIAGNOSTIC = Pattern.compile("^(.*):(\\d+):(\\d+): (error|warning|note): (.*)$",
            Pattern.MULTILINE);

    @TempDir
    Path out;

    /**
     * What a case must produce.
     *
     * @param firstLine the first acceptable line of the expected error
     * @param lastLine the last acceptable line of the expected error
     * @param message a regular expression the error's message must contain
     */
    record Expect(int firstLine, int lastLine, String message) {
        static Expect error(int line, String message) {
            return new Expect(line, line, message);
        }

        static Expect errorIn(int firstLine, int lastLine, String message) {
            return new Expect(firstLine, lastLine, message);
        }
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("unterminated_comment.h", Expect.error(2, "(?i)comment")),
                Arguments.of("unterminated_string.h", Expect.error(1, "(?i)string|terminat|\"")),
                Arguments.of("unterminated_char.h", Expect.error(1, "(?i)char|terminat|'")),
                Arguments.of("missing_endif.h", Expect.error(1, "(?i)#?ifndef|#?endif|unterminated|conditional")),
                Arguments.of("stray_endif.h", Expect.error(2, "(?i)#?endif")),
                Arguments.of("else_after_else.h", Expect.error(3, "(?i)#?else")),
                Arguments.of("elif_after_else.h", Expect.error(3, "(?i)#?elif")),
                Arguments.of("self_recursive_macro.h", Expect.errorIn(1, 2, "\\bN\\b")),
                Arguments.of("mutually_recursive_macros.h", Expect.errorIn(1, 3, "\\b[AB]\\b")),
                Arguments.of("include_cycle.h", Expect.error(1, "(?i)include|depth|nest|cycle|recurs")),
                Arguments.of("missing_include.h", Expect.error(1, "does_not_exist\\.h")),
                Arguments.of("junk_tokens.h", Expect.error(2, "(?i)@|stray|unexpected|token")),
                Arguments.of("stray_brace.h", Expect.error(2, "(?i)}|brace|unexpected|expected")),
                Arguments.of("if_division_by_zero.h", Expect.error(1, "(?i)division by zero|divide by zero")),
                Arguments.of("if_garbage.h", Expect.error(1, "(?i)expression|operand|expected|unexpected")),
                Arguments.of("array_size_overflow.h", Expect.error(1, "(?i)too large|overflow|exceeds")),
                Arguments.of("negative_array_size.h", Expect.error(1, "(?i)negative")),
                Arguments.of("bitfield_too_wide.h", Expect.error(1, "(?i)width|wide|exceeds")),
                Arguments.of("error_directive.h", Expect.error(1, "this header is broken on purpose")),
                Arguments.of("struct_contains_itself.h", Expect.error(1, "(?i)incomplete|itself|recursive")),
                Arguments.of("incomplete_by_value.h", Expect.error(2, "(?i)incomplete|fwd")),
                Arguments.of("unterminated_macro_call.h", Expect.error(2, "(?i)unterminated|argument")),
                Arguments.of("unknown_directive.h", Expect.error(1, "frobnicate")),
                // the lexer reports the bytes as gcc does (NUL ignored with a warning; \1, \xff\xfe stray errors)
                Arguments.of("binary_junk.h", Expect.error(1, "^stray '\\\\1' in program|invalid UTF-8 byte sequence")),
                Arguments.of("exponential_macro.h", Expect.errorIn(1, 42, "(?i)expan|too (many|large|long)|limit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixture(String name, Expect expect) throws IOException, URISyntaxException {
        Path header = Path.of(HostileInputTest.class.getResource("/hostile/" + name).toURI());
        check(header, expect);
    }

    /**
     * gcc accepts each of these. jbindgen either accepts it, with the declaration at the bottom of the
     * nesting in the JSON (a pass on exit 0 alone would also pass a front end that silently drops it), or
     * stops at its documented nesting limit with exactly one error, at a fixed place (an expectation
     * starting with {@code ":"}).
     */
    static Stream<Arguments> generated() {
        return Stream.of(
                Arguments.of("deep_parens_if.h", "#if " + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH)
                        + "\nenum e { INSIDE = 3 };\n#endif\n",
                        ":1:133: error: expression nested too deeply (more than 256 levels) [expression-too-deep]"),
                Arguments.of("deep_parens_enum.h",
                        "enum e { X = " + "(".repeat(DEPTH) + "1" + ")".repeat(DEPTH) + " };\n",
                        ":1:142: error: expression nested too deeply (more than 256 levels) [expression-too-deep]"),
                Arguments.of("deep_if.h", "#if 1\n".repeat(DEPTH) + "struct a { int x; };\n" + "#endif\n".repeat(DEPTH),
                        "\"c\": \"struct a\",\n      \"kind\": \"struct\",\n      \"size\": 4,"),
                Arguments.of("deep_structs.h", deepStructs(),
                        ":257:13: error: declarations nested more than 256 levels deep [nesting-too-deep]"));
    }

    /**
     * gcc accepts both, but each level of an argument's pre-expansion is a level of recursion (and
     * re-reads the rest of the argument), so the preprocessor stops at a documented limit: 100
     * invocations nested in arguments (ExpansionState.MAX_ARGUMENT_DEPTH), at the 101st, column
     * 2 + 2 * 100 + 14 of line 2; the exponential header trips the 1,000,000-token budget. Either way
     * exactly one error: the declaration left incomplete by the stopped expansion reports nothing more.
     */
    static Stream<Arguments> expansionLimits() {
        String nested = "F(".repeat(DEPTH) + "1" + ")".repeat(DEPTH);
        return Stream.of(
                Arguments.of("#define F(x) x\nenum e { X = " + nested + " };\n",
                        "2:216: error: macro invocations nested more than 100 deep in arguments"),
                Arguments.of("#define F(x) (x)\nenum e { X = " + nested + " };\n",
                        "2:216: error: macro invocations nested more than 100 deep in arguments"),
                Arguments.of("exponential_macro.h",
                        "42:18: error: macro expansion too large (more than 1000000 tokens)"));
    }

    @ParameterizedTest
    @MethodSource("expansionLimits")
    void anExpansionLimitIsOneErrorWithoutFollowOns(String source, String expected)
            throws IOException, URISyntaxException {
        Path header = source.endsWith(".h")
                ? Path.of(HostileInputTest.class.getResource("/hostile/" + source).toURI())
                : Files.writeString(out.resolve("deep_macro_calls.h"), source);
        Run run = run(header);

        assertThat(run.status).as(run.err).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(run.err.lines().filter(l -> l.contains(": error: "))).as(run.err)
                .containsExactly(header + ":" + expected + "; macro expansion stopped [macro-"
                        + (expected.contains("nested") ? "arguments-too-deep]" : "expansion-too-large]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void deepNesting(String name, String content, String expected) throws IOException {
        Path header = out.resolve(name);
        Files.writeString(header, content);
        Run run = run(header);

        assertThat(run.err).as("no stack trace, no internal error")
                .doesNotContain("\tat ", "    at ", "Exception", "internal error");
        if (expected.startsWith(":")) {
            assertThat(run.status).as(run.err).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
            assertThat(run.err.lines().filter(l -> l.contains(": error: "))).as(run.err)
                    .containsExactly(header + expected);
        } else {
            assertThat(run.status).as(run.err).isZero();
            assertThat(run.err).doesNotContain("error:");
            assertThat(Files.readString(out.resolve("layout.json"))).contains(expected);
        }
    }

    @Test
    void anEmptyHeaderSucceeds() throws IOException, URISyntaxException {
        Path header = Path.of(HostileInputTest.class.getResource("/hostile/empty.h").toURI());
        Run run = run(header);

        assertThat(run.status).as(run.err).isZero();
        assertThat(run.err).doesNotContain("error:");
        assertThat(out.resolve("layout.json")).exists();
    }

    private static String deepStructs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < DEPTH; i++) {
            text.append("struct s").append(i).append(" {\n");
        }
        text.append("int x;\n");
        for (int i = DEPTH - 1; i >= 0; i--) {
            text.append(i == 0 ? "};" : "} m" + i + ";").append('\n');
        }
        return text.toString();
    }

    private void check(Path header, Expect expect) {
        Run run = run(header);

        assertThat(run.err).as("no stack trace, no internal error")
                .doesNotContain("\tat ", "    at ", "Exception", "internal error");
        assertThat(run.status).as(run.err).isEqualTo(CliRunner.EXIT_HEADER_ERRORS);
        assertThat(errorsAt(run.err, header, expect)).as(run.err).isNotEmpty();
    }

    private static List<String> errorsAt(String err, Path header, Expect expect) {
        Pattern message = Pattern.compile(expect.message());
        Matcher m = DIAGNOSTIC.matcher(err);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            int line = Integer.parseInt(m.group(2));
            if (m.group(1).equals(header.toString()) && m.group(4).equals("error")
                    && line >= expect.firstLine() && line <= expect.lastLine()
                    && Integer.parseInt(m.group(3)) >= 1 && message.matcher(m.group(5)).find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    private record Run(int status, String err) {
    }

    private Run run(Path header) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            int status = Main.run(new String[] {"--layout-json", out.resolve("layout.json").toString(),
                "--layout-text", "-d", out.resolve("java").toString(), "-p", "hostile", header.toString()},
                    new PrintStream(stdout, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        });
    }
}
