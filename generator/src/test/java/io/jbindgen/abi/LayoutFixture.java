package io.jbindgen.abi;

import static io.jbindgen.abi.UnitBuilder.PACKED;
import static io.jbindgen.abi.UnitBuilder.aligned;
import static io.jbindgen.abi.UnitBuilder.array;
import static io.jbindgen.abi.UnitBuilder.bits;
import static io.jbindgen.abi.UnitBuilder.field;
import static io.jbindgen.abi.UnitBuilder.scalar;
import static io.jbindgen.model.ScalarKind.BOOL;
import static io.jbindgen.model.ScalarKind.CHAR;
import static io.jbindgen.model.ScalarKind.DOUBLE;
import static io.jbindgen.model.ScalarKind.INT;
import static io.jbindgen.model.ScalarKind.LONG;
import static io.jbindgen.model.ScalarKind.LONG_DOUBLE;
import static io.jbindgen.model.ScalarKind.LONG_LONG;
import static io.jbindgen.model.ScalarKind.SHORT;
import static io.jbindgen.model.ScalarKind.UNSIGNED_CHAR;
import static io.jbindgen.model.ScalarKind.UNSIGNED_INT;
import static io.jbindgen.model.ScalarKind.UNSIGNED_LONG_LONG;
import static io.jbindgen.model.ScalarKind.UNSIGNED_SHORT;

import io.jbindgen.model.Attributes;
import io.jbindgen.model.CType;
import io.jbindgen.model.RecordKind;
import io.jbindgen.model.TranslationUnit;
import java.nio.file.Path;

/** The hand-built model of {@code src/test/resources/abi/fixture.h}, declaration by declaration. */
public final class LayoutFixture {
    /** The fixture header on disk (for gcc). */
    public static final Path HEADER = Path.of("src/test/resources/abi/fixture.h").toAbsolutePath();

    private LayoutFixture() {
    }

    public static TranslationUnit unit() {
        UnitBuilder b = new UnitBuilder(HEADER.toString());
        CType u8 = b.typedef("__u8", scalar(UNSIGNED_CHAR));
        CType u16 = b.typedef("__u16", scalar(UNSIGNED_SHORT));
        CType u32 = b.typedef("__u32", scalar(UNSIGNED_INT));
        CType u64 = b.typedef("__u64", scalar(UNSIGNED_LONG_LONG));
        CType au64 = b.typedef("__aligned_u64", u64, aligned(8));
        CType int2 = b.typedef("int2", scalar(INT), aligned(2));
        b.struct("lguest_device_desc", field("type", u8), field("num_vq", u8), field("feature_len", u8),
                field("config_len", u8), field("status", u8), field("config", array(u8, 0)));
        CType.Record vq = b.struct("lguest_vqconfig", field("num", u16), field("irq", u16), field("pfn", u64));
        b.struct("aligned_pfn", field("num", u16), field("pfn", au64), field("small", int2));
        b.struct("bits", bits("a", scalar(UNSIGNED_INT), 3), bits("b", scalar(UNSIGNED_INT), 30),
                bits("c", scalar(UNSIGNED_CHAR), 2), bits("d", scalar(LONG_LONG), 40), bits(null, scalar(INT), 0),
                field("e", scalar(CHAR)));
        b.struct("packed_bits", PACKED, field("a", scalar(CHAR)), bits("b", scalar(UNSIGNED_INT), 12),
                bits("c", scalar(UNSIGNED_INT), 20), bits("d", scalar(LONG_LONG), 33));
        CType.Record halves = b.struct(null, field("lo", u16), field("hi", u16));
        CType.Record either = b.union(null, field("u", u32), field(null, halves));
        b.struct("anon", field("kind", scalar(INT)), field(null, either), field("tail", array(scalar(CHAR), -1)));
        b.union("u", field("c", array(scalar(CHAR), 3)), field("s", scalar(SHORT)));
        b.struct("arr", field("c", scalar(CHAR)), field("m", array(scalar(SHORT), 2, 3)), field("d", scalar(DOUBLE)));
        b.struct("withpad", aligned(32), field("c", scalar(CHAR)), field("l", scalar(LONG)), field("d", scalar(CHAR)));
        b.struct("fam", field("n", scalar(INT)), field("data", array(scalar(LONG_LONG), -1)));
        CType small = b.enumeration("small", UNSIGNED_INT, "S_A", 1, "S_B", 0x7fffffff);
        b.struct("nested", field("v", vq), field("e", small), field("c", scalar(CHAR)));
        b.typedef("anon_t", b.struct(null, field("c", scalar(CHAR)), field("i", scalar(INT))));
        b.struct("zw", field("a", scalar(CHAR)), bits(null, scalar(INT), 0), field("b", scalar(CHAR)),
                bits(null, scalar(UNSIGNED_INT), 4), bits("c", scalar(CHAR), 3), bits("f", scalar(BOOL), 1));
        b.struct("fieldattr", field("a", scalar(CHAR)), field("b", scalar(INT), aligned(16)),
                field("c", scalar(CHAR), PACKED), field("d", scalar(INT), PACKED));
        b.record(RecordKind.UNION, "ubits", Attributes.EMPTY, bits("a", scalar(UNSIGNED_INT), 5),
                bits("b", scalar(UNSIGNED_CHAR), 3), bits(null, scalar(LONG_LONG), 7));
        b.struct("ptrs", field("c", scalar(CHAR)), field("p", new CType.Pointer(new CType.Void())),
                field("l", scalar(LONG)), field("ld", scalar(LONG_DOUBLE)));
        b.enumeration(null, INT, "NEG", -2, "POS", 7);
        b.macro("FIX_NEG", -5, INT);
        b.macro("FIX_BIG", -1, UNSIGNED_LONG_LONG);
        b.macro("FIX_U", 3, UNSIGNED_INT);
        b.macro("FIX_LONG", 1L << 40, LONG);
        return b.build();
    }
}
