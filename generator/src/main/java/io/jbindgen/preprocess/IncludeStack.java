package io.jbindgen.preprocess;

import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Token;
import io.jbindgen.lex.TokenKind;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files being read, innermost last: hands out their tokens, gives directive lines to the
 * {@link DirectiveProcessor} and skips the lines of groups whose condition is false.
 */
final class IncludeStack implements TokenSource {
    /** The deepest {@code #include} nesting accepted. */
    static final int MAX_DEPTH = 200;

    private final List<Frame> frames = new ArrayList<>();
    private final Diagnostics diagnostics;
    private final Set<String> lexReported = new HashSet<>();
    private final Set<String> filesRead = new LinkedHashSet<>();
    private final java.util.ArrayDeque<Token> injected = new java.util.ArrayDeque<>();
    private DirectiveProcessor directives;
    private Token eof;

    IncludeStack(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void setDirectives(DirectiveProcessor directives) {
        this.directives = directives;
    }

    /** Starts reading {@code file} (the caller checked the depth). */
    void push(SourceFile file, int dirIndex) {
        if (lexReported.add(file.name())) {
            for (Diagnostic d : file.lexDiagnostics()) {
                diagnostics.add(d);
            }
        }
        if (file.path() != null || file.name().startsWith(BuiltinHeaders.PREFIX)) {
            filesRead.add(file.name());
        }
        frames.add(new Frame(file, dirIndex));
    }

    int depth() {
        return frames.size();
    }

    Frame top() {
        return frames.getLast();
    }

    List<String> filesRead() {
        return List.copyOf(filesRead);
    }

    /** Makes the next tokens handed out {@code tokens} (a directive's replacement, such as a pragma). */
    void inject(List<Token> tokens) {
        injected.addAll(tokens);
    }

    @Override
    public Token next() {
        while (!frames.isEmpty()) {
            if (!injected.isEmpty()) {
                return injected.removeFirst();
            }
            Frame f = frames.getLast();
            Token t = f.file.tokens().get(f.index);
            if (t.kind() == TokenKind.EOF) {
                f.conditionals.reportUnterminated(diagnostics);
                frames.removeLast();
                eof = t;
                continue;
            }
            if (IncludeGuards.isHash(t)) {
                directive(f, t);
            } else if (f.conditionals.skipping()) {
                skipLine(f);
            } else {
                f.index++;
                return remapped(f, commentsAfter(t, f.lastDirectiveLine));
            }
        }
        return eof;
    }

    private void directive(Frame f, Token hash) {
        List<Token> tokens = f.file.tokens();
        int start = ++f.index;
        while (!tokens.get(f.index).startOfLine() && tokens.get(f.index).kind() != TokenKind.EOF) {
            f.index++;
        }
        List<Token> line = tokens.subList(start, f.index);
        f.lastDirectiveLine = line.isEmpty() ? hash.position().line() : line.getLast().position().line();
        // a comment that trails the line before the directive belongs to that line, never to the directive
        Token own = start >= 2 ? commentsAfter(hash, tokens.get(start - 2).position().line()) : hash;
        directives.process(f, own, line, tokens.get(f.index));
    }

    private static void skipLine(Frame f) {
        List<Token> tokens = f.file.tokens();
        f.index++;
        while (!tokens.get(f.index).startOfLine() && tokens.get(f.index).kind() != TokenKind.EOF) {
            f.index++;
        }
    }

    /** Applies {@code #line}: the token's position as the directive renamed and renumbered it. */
    private static Token remapped(Frame f, Token t) {
        if (f.lineDelta == 0 && f.presumedName == null) {
            return t;
        }
        Position p = t.position();
        Position moved = new Position(f.presumedName != null ? f.presumedName : p.file(), p.line() + f.lineDelta,
                p.column());
        return new Token(t.kind(), t.text(), moved, t.expansion(), t.leadingSpace(), t.startOfLine(), t.comments());
    }

    /** {@return {@code t} with only the comments that start after {@code line}} */
    private static Token commentsAfter(Token t, int line) {
        List<Comment> comments = t.comments();
        if (comments.isEmpty() || comments.getFirst().start().line() > line) {
            return t;
        }
        List<Comment> kept = new ArrayList<>();
        for (Comment c : comments) {
            if (c.start().line() > line) {
                kept.add(c);
            }
        }
        return new Token(t.kind(), t.text(), t.position(), t.expansion(), t.leadingSpace(), t.startOfLine(), kept);
    }
}
