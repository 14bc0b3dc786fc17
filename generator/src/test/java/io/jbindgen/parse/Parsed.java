package io.jbindgen.parse;

import io.jbindgen.target.Target;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.diag.Diagnostics;
import io.jbindgen.lex.Lexer;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TypedefDecl;
import java.util.List;
import java.util.NoSuchElementException;

/** A fixture header parsed from text (no directives), with helpers to find declarations. */
record Parsed(List<Declaration> declarations, List<SkippedDecl> skipped, List<Diagnostic> diagnostics) {

    static Parsed of(String text) {
        return of(text, Target.X86_64);
    }

    static Parsed of(String text, Target target) {
        Diagnostics diags = new Diagnostics();
        HeaderParser parser = new HeaderParser(target, diags);
        parser.parse(Lexer.tokenize("t.h", text, diags));
        return new Parsed(parser.declarations(), parser.skipped(), diags.all());
    }

    List<String> errors() {
        return diagnostics.stream().map(Diagnostic::format).toList();
    }

    RecordDecl record(String key) {
        return declarations.stream().filter(d -> d instanceof RecordDecl r && r.key().equals(key) && r.complete())
                .map(RecordDecl.class::cast).findFirst().orElseThrow(() -> new NoSuchElementException(key + " in " + declarations));
    }

    EnumDecl enumeration(String key) {
        return declarations.stream().filter(d -> d instanceof EnumDecl e && e.key().equals(key))
                .map(EnumDecl.class::cast).findFirst().orElseThrow(() -> new NoSuchElementException(key));
    }

    TypedefDecl typedef(String name) {
        return declarations.stream().filter(d -> d instanceof TypedefDecl t && t.name().equals(name))
                .map(TypedefDecl.class::cast).findFirst().orElseThrow(() -> new NoSuchElementException(name));
    }

    FieldDecl field(String recordKey, String name) {
        return record(recordKey).fields().stream().filter(f -> name.equals(f.name())).findFirst()
                .orElseThrow(() -> new NoSuchElementException(recordKey + "." + name));
    }

    /** {@return the spelling of a field's type} */
    String fieldType(String recordKey, String name) {
        return field(recordKey, name).type().spelling();
    }
}
