package io.jbindgen.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.TypedefDecl;
import io.jbindgen.oracle.Toolchains;
import io.jbindgen.preprocess.PreprocessorOptions;
import io.jbindgen.preprocess.SourceCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Counts, over every {@code /usr/include/linux/**}{@code /*.h} on x86_64, the documented items declared
 * there (macro constants, enum constants, struct/union members, records, enums, typedefs) whose comment trails
 * code on an earlier line: a comment that starts after other code on its line belongs to that line,
 * so it must never document what comes on the next one ({@code #define KVM_CREATE_VM ... /* returns
 * a VM fd *}{@code /} followed by {@code #define KVM_GET_MSR_INDEX_LIST}).
 *
 * <p>The check reads the header text itself, not the front end's tokens: the line where the comment
 * starts must have nothing but white space and whole comments before the comment's column. The count
 * and the first offenders are printed; the count must be zero. (Before the fix of issue 8 item 4 it
 * was 5,426 of 19,357 documented items, all of them macros: a {@code #define} took the comment
 * trailing the line above it.)
 */
@Tag("corpus")
class CommentOwnershipCorpusTest {
    private static final Path LINUX = Path.of("/usr/include/linux");

    /** One documented item: what it is, where its name is, its comment. */
    private record Documented(String kind, String name, Position at, Comment comment) {
    }

    @Test
    void noCommentDocumentsAnItemOnAnotherLineThanTheCodeItTrails() throws IOException {
        Toolchains.require(Target.X86_64);
        List<Path> headers;
        try (Stream<Path> s = Files.walk(LINUX)) {
            headers = s.filter(p -> p.toString().endsWith(".h") && Files.isRegularFile(p)).sorted().toList();
        }
        PreprocessorOptions options = PreprocessorOptions.of(Target.X86_64, FrontEndSupport.SYSTEM);
        SourceCache cache = new SourceCache();
        Set<Documented> items = new LinkedHashSet<>();
        for (Path header : headers) {
            for (Declaration d : FrontEnd.parse(header, options, new Diagnostics(), cache).declarations()) {
                collect(d, items);
            }
        }
        SourceLines source = new SourceLines();
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> offenders = new ArrayList<>();
        for (Documented item : items) {
            if (source.trailsEarlierCode(item.comment(), item.at())) {
                byKind.merge(item.kind(), 1, Integer::sum);
                offenders.add(item.at() + " " + item.kind() + " " + item.name() + ": comment from line "
                        + item.comment().start().line() + " \"" + firstLine(item.comment()) + "\"");
            }
        }
        System.out.printf("comment ownership: %d headers, %d documented items declared in them, %d documented by a comment that "
                + "trails code on an earlier line %s%n", headers.size(), items.size(), offenders.size(), byKind);
        String first = String.join("\n", offenders.stream().limit(40).toList());
        System.out.println(first);
        assertThat(headers).hasSizeGreaterThan(100);
        assertThat(items).hasSizeGreaterThan(10_000);
        assertThat(offenders.size()).as("items documented by a comment that trails another line, first ones:\n%s",
                first).isZero();
    }

    private static void collect(Declaration d, Set<Documented> items) {
        switch (d) {
            case MacroDecl m -> add(items, "macro", m.name(), m.position(), m.doc().orElse(null));
            case EnumDecl e -> {
                add(items, "enum", e.key(), e.position(), e.doc().orElse(null));
                for (EnumConstant c : e.constants()) {
                    add(items, "enum constant", c.name(), c.position(), c.doc().orElse(null));
                }
            }
            case RecordDecl r -> {
                add(items, "record", r.key(), r.position(), r.doc().orElse(null));
                for (FieldDecl f : r.fields()) {
                    add(items, "member", r.key() + "." + f.name(), f.position(), f.doc().orElse(null));
                }
            }
            case TypedefDecl t -> add(items, "typedef", t.name(), t.position(), t.doc().orElse(null));
            case io.jbindgen.model.FunctionDecl f -> add(items, "function", f.name(), f.position(), f.doc().orElse(null));
            case io.jbindgen.model.VariableDecl v -> add(items, "variable", v.name(), v.position(), v.doc().orElse(null));
        }
    }

    private static void add(Set<Documented> items, String kind, String name, Position at, Comment comment) {
        if (comment != null && at.file().startsWith(LINUX + "/")) {
            items.add(new Documented(kind, name, at, comment));
        }
    }

    private static String firstLine(Comment c) {
        String text = c.text().lines().findFirst().orElse("");
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    /** The header files' lines, read once each. */
    private static final class SourceLines {
        private final Map<String, List<String>> files = new HashMap<>();

        /** {@return whether {@code c} starts on a line before {@code at}, after code on that line} */
        boolean trailsEarlierCode(Comment c, Position at) {
            if (!c.start().file().equals(at.file()) || c.start().line() >= at.line()) {
                return false;
            }
            List<String> lines = lines(c.start().file());
            if (lines.size() < c.start().line()) {
                return false;
            }
            String line = lines.get(c.start().line() - 1);
            return hasCode(line.substring(0, Math.min(line.length(), c.start().column() - 1)));
        }

        private List<String> lines(String file) {
            return files.computeIfAbsent(file, f -> {
                try {
                    Path p = Path.of(f);
                    return Files.isRegularFile(p) ? Files.readAllLines(p) : List.of();
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            });
        }

        /** {@return whether {@code prefix} holds more than white space and comments} */
        private static boolean hasCode(String prefix) {
            String s = prefix;
            int close = s.indexOf("*/");
            int open = s.indexOf("/*");
            if (close >= 0 && (open < 0 || close < open)) {
                s = s.substring(close + 2); // the line starts inside a comment opened on an earlier line
            }
            return !s.replaceAll("/\\*.*?\\*/", " ").isBlank();
        }
    }
}
