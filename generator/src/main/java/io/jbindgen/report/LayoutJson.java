package io.jbindgen.report;

import io.jbindgen.abi.Layouts;
import io.jbindgen.abi.Target;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.IoctlInfo;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.TranslationUnit;

/**
 * Writes the layout JSON of one translation unit (schema in the generator-core issue): records,
 * enums and integer macros declared in the main header, in source order.
 *
 * <p>Non-bitfield members give {@code offset} and {@code size} in bytes. Bitfields give
 * {@code bitOffset} and {@code bitWidth} in bits from the start of the record, in the target's
 * allocation order: on little-endian targets bit {@code n} is bit {@code n % 8} (LSB = 0) of byte
 * {@code n / 8}; on big-endian targets it is counted from the most significant bit of byte
 * {@code n / 8} (as DWARF's {@code DW_AT_data_bit_offset}). Unnamed bitfields are left out; members
 * of anonymous struct/union members are listed flattened with absolute offsets. An anonymous enum
 * that no typedef names has no {@code "c"}.
 */
final class LayoutJson {
    private final TranslationUnit unit;
    private final Layouts layouts;
    private final Target target;
    private final ReportSelection selection;
    private final JsonWriter json = new JsonWriter();

    LayoutJson(TranslationUnit unit, Layouts layouts, Target target) {
        this.unit = unit;
        this.layouts = layouts;
        this.target = target;
        this.selection = new ReportSelection(unit);
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
        return json.endObject().toString();
    }

    private void record(ReportedRecord r) {
        json.beginObject(false).name("c").value(r.c())
                .name("kind").value(r.decl().kind().keyword())
                .name("size").value(r.layout().size())
                .name("align").value(r.layout().align());
        json.name("fields").beginArray(false);
        for (FlatField f : r.flatFields(layouts)) {
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
}
