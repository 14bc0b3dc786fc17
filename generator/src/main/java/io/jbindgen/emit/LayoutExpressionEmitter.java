package io.jbindgen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.jbindgen.abi.FieldLayout;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.RecordKind;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the {@code LAYOUT} expression of a record class: a named {@code MemoryLayout} with the C
 * member names, explicit padding, the storage of bitfields as padding, and every alignment as the
 * target gives it (lowered for packed members, raised for {@code aligned(N)}).
 */
final class LayoutExpressionEmitter {
    static final ClassName MEMORY_LAYOUT = ClassName.get(MemoryLayout.class);
    static final ClassName VALUE_LAYOUT = ClassName.get(ValueLayout.class);
    static final ClassName BYTE_ORDER = ClassName.get(ByteOrder.class);

    private final MemberPlanner planner;
    private final TypeMapping mapping;

    LayoutExpressionEmitter(MemberPlanner planner, TypeMapping mapping) {
        this.planner = planner;
        this.mapping = mapping;
    }

    private record Piece(long start, long end, CodeBlock layout) {
    }

    /** {@return the group layout expression of {@code layout}, named {@code name} unless null} */
    CodeBlock group(RecordLayout layout, RecordKind kind, String name) {
        List<CodeBlock> members = kind == RecordKind.UNION ? unionMembers(layout) : structMembers(layout);
        CodeBlock.Builder b = CodeBlock.builder()
                .add("$T.$L(\n$>$>", MEMORY_LAYOUT, kind == RecordKind.UNION ? "unionLayout" : "structLayout");
        for (int i = 0; i < members.size(); i++) {
            b.add(members.get(i)).add(i + 1 < members.size() ? ",\n" : "");
        }
        b.add("$<$<)");
        b.add(".withByteAlignment($L)", layout.align());
        if (name != null) {
            b.add(".withName($S)", name);
        }
        return b.build();
    }

    private List<CodeBlock> unionMembers(RecordLayout layout) {
        List<CodeBlock> out = new ArrayList<>();
        long biggest = 0;
        for (FieldLayout fl : layout.fields()) {
            if (fl.field().isBitfield()) {
                if (fl.sizeBits() > 0) {
                    out.add(padding(fl.size()));
                    biggest = Math.max(biggest, fl.size());
                }
                continue;
            }
            out.add(member(fl));
            biggest = Math.max(biggest, fl.size());
        }
        if (biggest < layout.size()) {
            out.add(padding(layout.size()));
        }
        return out;
    }

    private List<CodeBlock> structMembers(RecordLayout layout) {
        List<Piece> pieces = new ArrayList<>();
        long bitsStart = -1;
        long bitsEnd = -1;
        for (FieldLayout fl : layout.fields()) {
            if (fl.field().isBitfield()) {
                long s = fl.offsetBits() / 8;
                long e = (fl.offsetBits() + fl.sizeBits() + 7) / 8;
                if (fl.sizeBits() == 0) {
                    continue;
                }
                if (bitsStart >= 0 && s <= bitsEnd) {
                    bitsEnd = Math.max(bitsEnd, e);
                } else {
                    if (bitsStart >= 0) {
                        pieces.add(new Piece(bitsStart, bitsEnd, null));
                    }
                    bitsStart = s;
                    bitsEnd = e;
                }
                continue;
            }
            pieces.add(new Piece(fl.offset(), fl.offset() + fl.size(), member(fl)));
        }
        if (bitsStart >= 0) {
            pieces.add(new Piece(bitsStart, bitsEnd, null));
        }
        pieces.sort(Comparator.comparingLong(Piece::start));
        List<CodeBlock> out = new ArrayList<>();
        long cursor = 0;
        for (Piece p : pieces) {
            long start = Math.max(p.start(), cursor);
            if (start > cursor) {
                out.add(padding(start - cursor));
            }
            if (p.layout() != null) {
                out.add(p.layout());
            } else if (p.end() > start) {
                out.add(padding(p.end() - start));
            }
            cursor = Math.max(cursor, p.layout() != null ? p.end() : Math.max(p.end(), start));
        }
        if (cursor < layout.size()) {
            out.add(padding(layout.size() - cursor));
        }
        return out;
    }

    private CodeBlock member(FieldLayout fl) {
        FieldDecl f = fl.field();
        if (f.isAnonymous()) {
            RecordLayout inner = planner.anonymousRecord(f).orElseThrow();
            RecordKind kind = planner.decl(inner.key()).map(r -> r.kind()).orElse(RecordKind.STRUCT);
            return realign(group(inner, kind, null), inner.align(), fl.align());
        }
        JType type = mapping.resolve(f.type());
        if (type instanceof JType.Opaque) {
            type = new JType.Opaque(fl.size(), fl.align(), "");
        }
        return CodeBlock.of("$L.withName($S)", realign(natural(type), naturalAlign(type), fl.align()), f.name());
    }

    /** {@return the layout of {@code type} with its natural Java alignment, unnamed} */
    CodeBlock natural(JType type) {
        return switch (type) {
            case JType.Scalar s -> CodeBlock.of("$T.$L.withOrder($T.$L)", VALUE_LAYOUT,
                    s.storage().layout, BYTE_ORDER, order(s.order()));
            case JType.Struct s -> CodeBlock.of("$T.LAYOUT", s.cls());
            case JType.Array a -> CodeBlock.of("$T.sequenceLayout($L, $L)", MEMORY_LAYOUT,
                    longLiteral(Math.max(0, a.length())), natural(a.element()));
            case JType.Opaque o -> CodeBlock.of("$T.sequenceLayout($L, $T.JAVA_BYTE)", MEMORY_LAYOUT,
                    longLiteral(o.size()), VALUE_LAYOUT);
        };
    }

    static long naturalAlign(JType type) {
        return switch (type) {
            case JType.Scalar s -> s.size();
            case JType.Struct s -> s.align();
            case JType.Array a -> naturalAlign(a.element());
            case JType.Opaque o -> 1;
        };
    }

    private static CodeBlock realign(CodeBlock layout, long natural, long wanted) {
        if (wanted > natural) {
            return CodeBlock.of("$L.withByteAlignment($L)", layout, wanted);
        }
        if (wanted < natural) {
            return CodeBlock.of("$T.withMaxAlignment($L, $L)", RuntimeNames.LAYOUT_SUPPORT, layout, wanted);
        }
        return layout;
    }

    private static CodeBlock padding(long bytes) {
        return CodeBlock.of("$T.paddingLayout($L)", MEMORY_LAYOUT, longLiteral(bytes));
    }

    /** {@return {@code n} as a Java literal for a {@code long} context: with an {@code L} only beyond {@code int}} */
    static String longLiteral(long n) {
        return n == (int) n ? Long.toString(n) : n + "L";
    }

    static String order(ByteOrder order) {
        return order == ByteOrder.BIG_ENDIAN ? "BIG_ENDIAN" : "LITTLE_ENDIAN";
    }
}
