package io.jbindgen.javadiff;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Java sources at the newest language level and reads the C link of generated Javadoc. */
final class JavaParsing {
    private static final Pattern FIRST_CODE = Pattern.compile("<code>([^<]+)</code>");

    private JavaParsing() {
    }

    /** {@return a parser for one thread: JavaParser instances are not thread-safe} */
    static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25));
    }

    /**
     * Parses {@code source}, adding {@code path:line:col: message} of each syntax error to {@code problems}.
     *
     * @return the compilation unit, or empty when it did not parse
     */
    static Optional<CompilationUnit> parse(JavaParser parser, JavaSource source, List<String> problems) {
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(source.content());
        } catch (StackOverflowError e) { // JavaParser recurses per nesting level
            problems.add(source.path() + ":1:1: nested too deeply to parse, skipped");
            return Optional.empty();
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult();
        }
        for (Problem p : result.getProblems()) {
            String where = p.getLocation().flatMap(l -> l.getBegin().getRange())
                    .map(r -> r.begin.line + ":" + r.begin.column).orElse("1:1");
            problems.add(source.path() + ":" + where + ": not parsed as Java, skipped: " + firstLine(p.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * {@return the C entity a generated declaration's Javadoc names: the text of its first
     * {@code <code>...</code>} (jbindgen's emitter writes C names that way and Java names as
     * {@code {@code ...}}), or {@code null}}
     */
    static String cLink(Node node) {
        if (node instanceof NodeWithJavadoc<?> documented) {
            Optional<JavadocComment> doc = documented.getJavadocComment();
            if (doc.isPresent()) {
                Matcher m = FIRST_CODE.matcher(doc.get().getContent());
                if (m.find()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    /** {@return {@code file:line:col} of a node's start} */
    static String at(String file, Node node) {
        return node.getBegin().map(p -> file + ":" + p.line + ":" + p.column).orElse(file);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
