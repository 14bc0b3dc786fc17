package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.target.Target;
import io.jbindgen.model.CType;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.SkippedDecl;
import io.jbindgen.model.TranslationUnit;
import io.jbindgen.select.SelectionPlan;
import io.jbindgen.model.TypedefDecl;
import java.util.Locale;

/**
 * Writes the layout JSON of one translation unit (schema in the generator-core issue): records,
 * enums and integer macros declared in the main header, in source order.
 *
 * <p>Non-bitfield members give {@code offset} and {@code size} in bytes. Bitfields give
 * {@code bitOffset} and {@code bitWidth} in bits from the start of the record, in the target's
 * allocation order: on little-endian targets bit {@code n} is bit {@code n % 8} (LSB = 0) of byte
 * {@code n / 8}; on big-endian targets it is counted from the most significant bit of byte
 * {@code n / 8} (as DWARF's {@code DW_AT_data_bit_offset}). Unnamed bitfields are left out; members
 * of anonymous struct/union members are listed flattened with absolute offsets, and the members of a
 * named member of anonymous struct/union type follow it as {@code member.inner} ({@link MemberPaths}).
 * An anonymous enum that no typedef names has no {@code "c"}; every enum gives its {@code size},
 * {@code align} and {@code underlying} integer type. {@code "typedefs"} gives the size and alignment of
 * each typedef of the main header that has them (not of function or incomplete types). {@code "skipped"}
 * lists what the main header declares and the report leaves out, each with a stable {@code code} and a
 * {@code reason}: macros without an integer value ({@code macro-*}), functions and variables, and records
 * without a layout or a C name ({@code record-*}).
 */
final class LayoutJson {
    private final TranslationUnit unit;
    private final Layouts layouts;
    private final Target target;
    private final ReportSelection selection;
    private final JsonWriter json = new JsonWriter();

    LayoutJson(TranslationUnit unit, Layouts layouts, Target target, SelectionPlan plan) {
        this.unit = unit;
        this.layouts = layouts;
        this.target = target;
        this.selection = new ReportSelection(unit, plan);
    }

    String write() {
        json.beginObject(false).name("target").value(target.name())
                .name("schemaVersion").value(LayoutReport.SCHEMA_VERSION);
        json.name("records").beginArray(false);
        for (ReportedRecord r : selection.records(layouts)) {
            record(r);
        }
        json.endArray();
        json.name("enums").beginArray(false);
        for (EnumDecl e : selection.enums()) {
            enumeration(e);
        }
        json.endArray();
        json.name("macros").beginArray(false);
        for (Declaration d : unit.mainFileDeclarations()) {
            if (d instanceof MacroDecl.Integer m) {
                json.beginObject(true).name("name").value(m.name())
                        .name("value").number(IntegerText.of(m.value(), m.type(), target))
                        .name("type").value(m.type().spelling());
                if (m.ioctl() != null) {
                    ioctl(m.ioctl());
                }
                json.endObject();
            }
        }
        json.endArray();
        typedefs();
        skipped();
        return json.endObject().toString();
    }

    private void record(ReportedRecord r) {
        json.beginObject(false).name("c").value(r.c())
                .name("kind").value(r.decl().kind().keyword())
                .name("size").value(r.layout().size())
                .name("align").value(r.layout().align());
        json.name("fields").beginArray(false);
        for (FlatField f : MemberPaths.of(r, unit, layouts)) {
            json.beginObject(true).name("name").value(f.name()).name("type").value(f.type().spelling());
            if (f.bitfield()) {
                json.name("bitOffset").value(f.offsetBits()).name("bitWidth").value(f.sizeBits());
            } else {
                json.name("offset").value(f.offsetBits() / 8).name("size").value(f.sizeBits() / 8);
            }
            json.endObject();
        }
        json.endArray().endObject();
    }

    private void ioctl(IoctlInfo request) {
        json.name("ioctl").beginObject(true).name("direction").value(request.direction().name())
                .name("type").value(request.type()).name("number").value(request.number())
                .name("size").value(request.size()).endObject();
    }

    private void enumeration(EnumDecl e) {
        json.beginObject(false);
        String c = selection.enumName(e);
        if (c != null) {
            json.name("c").value(c);
        }
        json.name("size").value(layouts.sizeOf(e.type())).name("align").value(layouts.alignOf(e.type()))
                .name("underlying").value(e.underlying().spelling());
        json.name("constants").beginArray(false);
        for (EnumConstant k : e.constants()) {
            json.beginObject(true).name("name").value(k.name())
                    .name("value").number(IntegerText.of(k.value(), e.underlying(), target));
            if (k.comment() != null) {
                json.name("comment").value(k.comment().text());
            }
            json.endObject();
        }
        json.endArray().endObject();
    }

    private void typedefs() {
        json.name("typedefs").beginArray(false);
        for (TypedefDecl t : selection.typedefs()) {
            CType named = new CType.Typedef(t.name(), t.type());
            long size = layouts.sizeOf(named);
            long align = layouts.alignOf(named);
            if (size >= 0 && align > 0) {
                json.beginObject(true).name("name").value(t.name()).name("size").value(size).name("align").value(align)
                        .endObject();
            }
        }
        json.endArray();
    }

    private void skipped() {
        json.name("skipped").beginArray(false);
        for (SkippedDecl s : unit.skipped()) {
            if (s.position().file().equals(unit.mainFile())) {
                skip(s.name(), s.kind().name().toLowerCase(Locale.ROOT), s.code(), s.reason(), s.position());
            }
        }
        for (ReportSelection.Dropped d : selection.dropped()) {
            skip(d.name(), d.decl().kind().keyword(), d.code(), d.reason(), d.decl().position());
        }
        json.endArray();
    }

    private void skip(String name, String kind, String code, String reason, Position at) {
        json.beginObject(true).name("name").value(name).name("kind").value(kind).name("code").value(code)
                .name("reason").value(reason).name("line").value(at.line()).endObject();
    }
}
