package io.jbindgen.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.parse.FrontEnd;
import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.emit.EmitOptions;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.preprocess.PreprocessorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the request-set pass plans, and what it refuses, with its diagnostics' codes and places. */
class CommandPlannerTest {
    @TempDir
    Path tmp;

    @Test
    void theSeedHeadersRequestsOnI386() {
        Diagnostics diags = new Diagnostics();
        List<CommandSet> sets = CommandPlanner.plan(parse(io.jbindgen.SeedHeader.PATH, Target.I386),
                Target.I386, new CommandOptions(List.of("lguest_req"), Map.of()), pattern(), diags);
        assertThat(diags.all()).isEmpty();
        CommandSet set = sets.getFirst();
        assertThat(set.wordBytes()).isEqualTo(4);
        assertThat(set.commands()).extracting(CommandSet.Command::constant, CommandSet.Command::code,
                CommandSet.Command::method, CommandSet.Command::deprecated).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LHREQ_INITIALIZE", 0L, "initialize", false),
                        org.assertj.core.groups.Tuple.tuple("LHREQ_GETDMA", 1L, "getdma", true),
                        org.assertj.core.groups.Tuple.tuple("LHREQ_IRQ", 2L, "irq", false),
                        org.assertj.core.groups.Tuple.tuple("LHREQ_BREAK", 3L, "break_", true),
                        org.assertj.core.groups.Tuple.tuple("LHREQ_EVENTFD", 4L, "eventfd", false));
        assertThat(set.commands().getLast().parameters()).extracting(CommandSet.Parameter::name)
                .containsExactly("address", "fd");
    }

    @Test
    void aMissingEnumAndAnOverrideOfNoRequestAreErrorsAtTheHeader() throws IOException {
        Path header = write("enum other { O_A, O_B };\n");
        Diagnostics diags = new Diagnostics();
        List<CommandSet> sets = CommandPlanner.plan(parse(header, Target.X86_64), Target.X86_64,
                new CommandOptions(List.of("lguest_req"), Map.of("LHREQ_NONE", List.of("a"))), pattern(), diags);
        assertThat(sets).isEmpty();
        assertThat(diags.all()).extracting(Diagnostic::code).containsExactly("request-enum-not-found",
                "request-arguments-unknown");
        assertThat(diags.all().getFirst().format()).startsWith(header + ":1:1: error: no enum 'lguest_req'");
    }

    @Test
    void aRequestCodeThatDoesNotFitTheWordIsAnErrorAtTheEnumerator() throws IOException {
        Path header = write("enum req {\n  R_SMALL = 1,\n  R_BIG = 0x100000000ULL, /* + a */\n};\n");
        Diagnostics diags = new Diagnostics();
        List<CommandSet> sets = CommandPlanner.plan(parse(header, Target.I386), Target.I386,
                new CommandOptions(List.of("req"), Map.of()), pattern(), diags);
        assertThat(diags.all()).extracting(Diagnostic::format).containsExactly(header
                + ":3:3: error: request R_BIG = 4294967296 does not fit the 4-byte unsigned long of i386"
                + " [request-code-out-of-range]");
        assertThat(sets.getFirst().commands()).extracting(CommandSet.Command::method).containsExactly("small");
    }

    @Test
    void namesThatClashOrAreTakenGetANumber() throws IOException {
        Path header = write("enum req { REQ_CHANNEL, /* + x, x. */\n REQ_TO_STRING, REQ_TOSTRING };\n");
        Diagnostics diags = new Diagnostics();
        CommandSet set = CommandPlanner.plan(parse(header, Target.X86_64), Target.X86_64,
                new CommandOptions(List.of("req"), Map.of()), pattern(), diags).getFirst();
        assertThat(set.commands()).extracting(CommandSet.Command::method)
                .containsExactly("channel2", "toString2", "tostring");
        assertThat(set.commands().getFirst().parameters()).extracting(CommandSet.Parameter::name)
                .containsExactly("x", "x2");
    }

    private Path write(String text) throws IOException {
        Path header = tmp.resolve("req.h");
        Files.writeString(header, text);
        return header;
    }

    private static java.util.regex.Pattern pattern() {
        return EmitOptions.of("p").deprecation();
    }

    private static TranslationUnit parse(Path header, Target target) {
        Diagnostics diags = new Diagnostics();
        TranslationUnit unit = FrontEnd.parse(header, PreprocessorOptions.of(target, List.of()), diags);
        assertThat(diags.hasErrors()).as(diags.all().toString()).isFalse();
        return unit;
    }
}
