package t.demo;

import interop.InteropDriver;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;

/** Compiled with the generated t.demo classes: Java writes, C checks; C fills, Java checks. */
@SuppressWarnings("restricted")
public final class DemoDriver extends InteropDriver {
    public static String run(Path library) throws Throwable {
        DemoDriver driver = new DemoDriver();
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup lib = SymbolLookup.libraryLookup(library, arena);
            driver.demo(arena, lib);
            driver.packed(arena, lib);
            driver.odd(arena, lib);
        }
        return driver.problems();
    }

    private void demo(Arena arena, SymbolLookup lib) throws Throwable {
        Demo d = Demo.allocate(arena, 3);
        d.a(5).b(-7).c(0xABCDE).kind(200).s((short) -1234).i(0x11223344).col(Color.GREEN)
                .big(-5_000_000_000L).le(0xBEEF).be(0xCAFEBABEL).u64(0xFFFFFFFFFFFFFFFEL);
        d.vq(0).num(1).irq(2).pfn(3);
        d.vq(1).num(65535).irq(0).pfn(0xFFFFFFFFL);
        d.name(0, (byte) 'j').name(1, (byte) 'b').name(2, (byte) 'g').name(3, (byte) 0);
        d.flex(0, 7).flex(1, -8).flex(2, 9);
        int bad = check(lib, "check_demo", d.segment());
        if (bad != 0) {
            problem("C found wrong struct demo fields, mask 0x" + Integer.toHexString(bad));
        }
        Demo e = Demo.allocate(arena, 2);
        fill(lib, "fill_demo", e.segment());
        expect("a", e.a(), 6);
        expect("b", e.b(), -16);
        expect("c", e.c(), 0xFFFFF);
        expect("kind", e.kind(), 255);
        expect("s", e.s(), (short) -32768);
        expect("f", e.f(), 1.5f);
        expect("col", e.colEnum().orElse(null), Color.BLUE);
        expect("big", e.big(), Long.MAX_VALUE);
        expect("le", e.le(), 0x1234);
        expect("be", e.be(), 0x01020304L);
        expect("vq[1]", e.vq(1).num() + "/" + e.vq(1).irq() + "/" + e.vq(1).pfn(), "40000/7/2147483648");
        expect("name", new String(e.nameSegment().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE), 0, 3), "abc");
        expect("u64", Long.toUnsignedString(e.u64()), "9223372036854775809");
        expect("flex", e.flex(0) + "/" + e.flex(1), "-1/2147483647");
        expect("layout size", Demo.LAYOUT.byteSize(), Demo.SIZE);
    }

    private void odd(Arena arena, SymbolLookup lib) throws Throwable {
        T3 t = T3.allocate(arena).a(2).b(0xABCDE);
        expect("check_t3 mask", check(lib, "check_t3", t.segment()), 0);
        T3 u = T3.allocate(arena);
        fill(lib, "fill_t3", u.segment());
        expect("t3", u.a() + "/" + u.b(), "1/" + 0xFFFFF);
        expect("t3 bytes", java.util.HexFormat.of().formatHex(u.segment().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE)),
                "fdff3f");
    }

    private void packed(Arena arena, SymbolLookup lib) throws Throwable {
        Pk p = Pk.allocate(arena);
        p.c((byte) -3).i(-123456789);
        p.v().num(513).irq(1027).pfn(0xDEADBEEFL);
        int bad = check(lib, "check_pk", p.segment());
        if (bad != 0) {
            problem("C found wrong struct pk fields, mask 0x" + Integer.toHexString(bad));
        }
        MemorySegment raw = arena.allocate(Pk.SIZE + 1);
        Pk q = Pk.at(raw, 1);
        fill(lib, "fill_pk", q.segment());
        expect("pk.c", q.c(), (byte) 'x');
        expect("pk.i", q.i(), 0x01020304);
        expect("pk.v", q.v().num() + "/" + q.v().irq() + "/" + q.v().pfn(), "65535/1/65536");
        expect("pk layout size", Pk.LAYOUT.byteSize(), 13L);
    }
}
