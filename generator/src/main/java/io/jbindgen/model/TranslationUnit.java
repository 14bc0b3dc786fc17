package io.jbindgen.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the front end understood of one header and the headers it includes.
 *
 * @param mainFile the header's file name, spelled as in the {@link Position}s of its own declarations
 * @param declarations every declaration, in source order, from every file read
 * @param skipped what was recognised but not modelled (prototypes, inline functions, macros without a value…)
 * @param filesRead every file the preprocessor opened, main file first (for up-to-date checks)
 * @param includeMisses every path an include search looked at and found no file at (a file appearing
 *     there would change what is included: for up-to-date checks too)
 */
public record TranslationUnit(String mainFile, List<Declaration> declarations, List<SkippedDecl> skipped,
        List<String> filesRead, List<String> includeMisses) {

    public TranslationUnit {
        Objects.requireNonNull(mainFile, "mainFile");
        declarations = List.copyOf(declarations);
        skipped = List.copyOf(skipped);
        filesRead = List.copyOf(filesRead);
        includeMisses = List.copyOf(includeMisses);
    }

    /** A unit whose include searches missed nowhere (built by hand, or from a single file). */
    public TranslationUnit(String mainFile, List<Declaration> declarations, List<SkippedDecl> skipped,
            List<String> filesRead) {
        this(mainFile, declarations, skipped, filesRead, List.of());
    }

    /** {@return whether {@code d} is declared in the main file itself (not in an included header)} */
    public boolean inMainFile(Declaration d) {
        return d.position().file().equals(mainFile);
    }

    /** {@return the declarations of the main file only, in source order} */
    public List<Declaration> mainFileDeclarations() {
        return declarations.stream().filter(this::inMainFile).toList();
    }

    /** {@return the complete definition of the record with this key, or else its forward declaration} */
    public Optional<RecordDecl> record(String key) {
        RecordDecl found = null;
        for (Declaration d : declarations) {
            if (d instanceof RecordDecl r && r.key().equals(key)) {
                if (r.complete()) {
                    return Optional.of(r);
                }
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }

    /** {@return the enum with this key} */
    public Optional<EnumDecl> enumeration(String key) {
        return declarations.stream()
                .filter(d -> d instanceof EnumDecl e && e.key().equals(key))
                .map(EnumDecl.class::cast)
                .findFirst();
    }

    /** {@return complete records by key, in source order} */
    public Map<String, RecordDecl> records() {
        Map<String, RecordDecl> map = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            if (d instanceof RecordDecl r && (r.complete() || !map.containsKey(r.key()))) {
                map.put(r.key(), r);
            }
        }
        return map;
    }
}
