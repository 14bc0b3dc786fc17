package io.jbindgen.emit;

import io.jbindgen.abi.FieldLayout;
import io.jbindgen.abi.RecordLayout;
import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.Comment;
import io.jbindgen.model.Declaration;
import io.jbindgen.model.EnumConstant;
import io.jbindgen.model.EnumDecl;
import io.jbindgen.model.FieldDecl;
import io.jbindgen.model.MacroDecl;
import io.jbindgen.model.Position;
import io.jbindgen.model.RecordDecl;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.ScalarKind;
import io.jbindgen.model.TranslationUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built models with layouts whose numbers were printed by gcc 14 on x86_64 (offsetof, sizeof,
 * _Alignof, and the bytes of a bitfield store), see {@code src/test/resources/emit/demo.h}. The
 * lguest model carries the header's comments verbatim, as the front end attaches them.
 */
final class Fixtures {
    static final String FILE = "demo.h";
    static final CType U8 = typedef("__u8", ScalarKind.UNSIGNED_CHAR);
    static final CType U16 = typedef("__u16", ScalarKind.UNSIGNED_SHORT);
    static final CType U32 = typedef("__u32", ScalarKind.UNSIGNED_INT);
    static final CType U64 = typedef("__u64", ScalarKind.UNSIGNED_LONG_LONG);

    private Fixtures() {
    }

    /** A unit and the layouts of its records. */
    record Fixture(TranslationUnit unit, Map<String, RecordLayout> layouts) {
        LayoutSource source() {
            return key -> Optional.ofNullable(layouts.get(key));
        }
    }

    static CType typedef(String name, ScalarKind kind) {
        return new CType.Typedef(name, new CType.Scalar(kind));
    }

    static CType scalar(ScalarKind kind) {
        return new CType.Scalar(kind);
    }

    static Position pos(int line) {
        return new Position(FILE, line, 1);
    }

    static Comment comment(String text) {
        return new Comment(text, pos(1), 1);
    }

    /** Builds a record and its layout from (field, offsetBits, sizeBits, align) rows. */
    static final class RecordBuilder {
        private final String key;
        private final RecordKind kind;
        private final String tag;
        private final List<FieldDecl> fields = new ArrayList<>();
        private final List<FieldLayout> layout = new ArrayList<>();
        private Comment doc;
        private Attributes attributes = Attributes.EMPTY;

        RecordBuilder(RecordKind kind, String tag, String key) {
            this.kind = kind;
            this.tag = tag;
            this.key = key;
        }

        RecordBuilder doc(String text) {
            doc = comment(text);
            return this;
        }

        RecordBuilder packed() {
            attributes = new Attributes(true, Attributes.NONE);
            return this;
        }

        RecordBuilder field(String name, CType type, long offsetBits, long sizeBits, long align, String comment) {
            return add(new FieldDecl(name, type, FieldDecl.NOT_A_BITFIELD, Attributes.EMPTY,
                    comment == null ? null : comment(comment), pos(fields.size() + 2)), offsetBits, sizeBits, align);
        }

        RecordBuilder field(String name, CType type, long offsetBits, long sizeBits, long align) {
            return field(name, type, offsetBits, sizeBits, align, null);
        }

        RecordBuilder bits(String name, CType type, int width, long offsetBits, long align) {
            return add(new FieldDecl(name, type, width, Attributes.EMPTY, null, pos(fields.size() + 2)),
                    offsetBits, width, align);
        }

        private RecordBuilder add(FieldDecl f, long offsetBits, long sizeBits, long align) {
            fields.add(f);
            layout.add(new FieldLayout(f, offsetBits, sizeBits, align));
            return this;
        }

        RecordDecl decl() {
            return new RecordDecl(key, kind, tag, fields, true, attributes, doc, pos(1));
        }

        RecordLayout layout(long size, long align) {
            return new RecordLayout(key, size, align, layout);
        }
    }

    /** The lguest launcher header (identical layouts on x86_64 and i386). */
    static Fixture lguest() {
        RecordBuilder desc = new RecordBuilder(RecordKind.STRUCT, "lguest_device_desc", "struct lguest_device_desc")
                .doc(String.join("\n", "D:010", "Drivers", "",
                        "The Guest needs devices to do anything useful.  Since we don't let it touch",
                        "real devices (think of the damage it could do!) we provide virtual devices.",
                        "We could emulate a PCI bus with various devices on it, but that is a fairly",
                        "complex burden for the Host and suboptimal for the Guest, so we have our own",
                        "simple lguest bus and we use \"virtio\" drivers.  These drivers need a set of",
                        "routines from us which will actually do the virtual I/O, but they handle all",
                        "the net/block/console stuff themselves.  This means that if we want to add",
                        "a new device, we simply need to write a new virtio driver and create support",
                        "for it in the Launcher: this code won't need to change.", "",
                        "Virtio devices are also used by kvm, so we can simply reuse their optimized",
                        "device drivers.  And one day when everyone uses virtio, my plan will be",
                        "complete.  Bwahahahah!", "",
                        "Devices are described by a simplified ID, a status byte, and some \"config\"",
                        "bytes which describe this device's configuration.  This is placed by the",
                        "Launcher just above the top of physical memory:"))
                .field("type", U8, 0, 8, 1, "The device type: console, network, disk etc.  Type 0 terminates.")
                .field("num_vq", U8, 8, 8, 1, "The number of virtqueues (first in config array)")
                .field("feature_len", U8, 16, 8, 1, "The number of bytes of feature bits.  Multiply by 2: one for host\nfeatures and one for Guest acknowledgements.")
                .field("config_len", U8, 24, 8, 1, "The number of bytes of the config array after virtqueues.")
                .field("status", U8, 32, 8, 1, "A status byte, written by the Guest.")
                .field("config", new CType.Array(U8, 0), 40, 0, 1);
        RecordBuilder vq = vqconfig();
        EnumDecl req = new EnumDecl("enum lguest_req", "lguest_req", List.of(
                new EnumConstant("LHREQ_INITIALIZE", 0, comment("+ base, pfnlimit, start"), pos(60)),
                new EnumConstant("LHREQ_GETDMA", 1, comment("No longer used"), pos(61)),
                new EnumConstant("LHREQ_IRQ", 2, comment("+ irq"), pos(62)),
                new EnumConstant("LHREQ_BREAK", 3, comment("No longer used"), pos(63)),
                new EnumConstant("LHREQ_EVENTFD", 4, comment("+ address, fd."), pos(64))),
                ScalarKind.UNSIGNED_INT, Attributes.EMPTY, comment("Write command first word is a request."), pos(58));
        MacroDecl.Integer align = new MacroDecl.Integer("LGUEST_VRING_ALIGN", 4096, ScalarKind.INT, null,
                comment("The alignment to use between consumer and producer parts of vring.\nx86 pagesize for historical reasons."), pos(71));
        List<Declaration> decls = List.of(desc.decl(), vq.decl(), req, align);
        Map<String, RecordLayout> layouts = new LinkedHashMap<>();
        layouts.put("struct lguest_device_desc", desc.layout(5, 1));
        layouts.put("struct lguest_vqconfig", vq.layout(8, 4));
        return new Fixture(new TranslationUnit("lguest_launcher.h", relocate(decls, "lguest_launcher.h"),
                List.of(), List.of("lguest_launcher.h")), layouts);
    }

    static RecordBuilder vqconfig() {
        return new RecordBuilder(RecordKind.STRUCT, "lguest_vqconfig", "struct lguest_vqconfig")
                .doc("D:135\nThis is how we expect the device configuration field for a virtqueue\nto be laid out in config space.")
                .field("num", U16, 0, 16, 2, "The number of entries in the virtio_ring")
                .field("irq", U16, 16, 16, 2, "The interrupt we get when something happens.")
                .field("pfn", U32, 32, 32, 4, "The page number of the virtio ring for this device.");
    }

    /** The records of {@code src/test/resources/emit/demo.h}: bitfields, anonymous union, enum, packed. */
    static Fixture demo() {
        RecordBuilder vq = vqconfig();
        String anonKey = "union (anonymous at demo.h:9:5)";
        RecordBuilder anon = new RecordBuilder(RecordKind.UNION, null, anonKey)
                .field("i", scalar(ScalarKind.INT), 0, 32, 4)
                .field("f", scalar(ScalarKind.FLOAT), 0, 32, 4);
        EnumDecl color = new EnumDecl("enum color", "color", List.of(
                new EnumConstant("RED", 0, null, pos(3)), new EnumConstant("GREEN", 5, null, pos(3)),
                new EnumConstant("BLUE", -1, null, pos(3))), ScalarKind.INT, Attributes.EMPTY, null, pos(3));
        RecordBuilder demo = new RecordBuilder(RecordKind.STRUCT, "demo", "struct demo")
                .bits("a", scalar(ScalarKind.UNSIGNED_INT), 3, 0, 4)
                .bits("b", scalar(ScalarKind.INT), 5, 3, 4)
                .bits("c", scalar(ScalarKind.UNSIGNED_INT), 20, 8, 4)
                .field("kind", scalar(ScalarKind.UNSIGNED_CHAR), 32, 8, 1)
                .field("s", scalar(ScalarKind.SHORT), 48, 16, 2)
                .field(null, new CType.Record(RecordKind.UNION, anonKey), 64, 32, 4)
                .field("col", color.type(), 96, 32, 4)
                .field("big", scalar(ScalarKind.LONG_LONG), 128, 64, 8)
                .field("le", typedef("__le16", ScalarKind.UNSIGNED_SHORT), 192, 16, 2)
                .field("be", typedef("__be32", ScalarKind.UNSIGNED_INT), 224, 32, 4)
                .field("vq", new CType.Array(new CType.Record(RecordKind.STRUCT, "struct lguest_vqconfig"), 2),
                        256, 128, 4)
                .field("name", new CType.Array(scalar(ScalarKind.CHAR), 4), 384, 32, 1)
                .field("u64", scalar(ScalarKind.UNSIGNED_LONG_LONG), 448, 64, 8)
                .field("flex", new CType.Array(scalar(ScalarKind.INT), CType.Array.FLEXIBLE), 512, 0, 4);
        RecordBuilder pk = new RecordBuilder(RecordKind.STRUCT, "pk", "struct pk").packed()
                .field("c", scalar(ScalarKind.CHAR), 0, 8, 1)
                .field("i", scalar(ScalarKind.INT), 8, 32, 1)
                .field("v", new CType.Record(RecordKind.STRUCT, "struct lguest_vqconfig"), 40, 64, 1);
        RecordBuilder t3 = new RecordBuilder(RecordKind.STRUCT, "t3", "struct t3").packed()
                .bits("a", scalar(ScalarKind.UNSIGNED_INT), 2, 0, 1)
                .bits("b", scalar(ScalarKind.UNSIGNED_INT), 20, 2, 1);
        List<Declaration> decls = List.of(vq.decl(), color, anon.decl(), demo.decl(), pk.decl(), t3.decl());
        Map<String, RecordLayout> layouts = new LinkedHashMap<>();
        layouts.put("struct lguest_vqconfig", vq.layout(8, 4));
        layouts.put(anonKey, anon.layout(4, 4));
        layouts.put("struct demo", demo.layout(64, 8));
        layouts.put("struct pk", pk.layout(13, 1));
        layouts.put("struct t3", t3.layout(3, 1));
        return new Fixture(new TranslationUnit(FILE, decls, List.of(), List.of(FILE)), layouts);
    }

    private static List<Declaration> relocate(List<Declaration> decls, String file) {
        return decls.stream().map(d -> switch (d) {
            case RecordDecl r -> (Declaration) new RecordDecl(r.key(), r.kind(), r.tag(), r.fields(), r.complete(),
                    r.attributes(), r.comment(), new Position(file, r.position().line(), 1));
            case EnumDecl e -> new EnumDecl(e.key(), e.tag(), e.constants(), e.underlying(), e.attributes(),
                    e.comment(), new Position(file, e.position().line(), 1));
            case MacroDecl.Integer m -> new MacroDecl.Integer(m.name(), m.value(), m.type(), m.ioctl(), m.comment(),
                    new Position(file, m.position().line(), 1));
            default -> d;
        }).toList();
    }
}
