package t.lguest;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import interop.InteropDriver;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;

/** Compiled with the generated t.lguest classes: Java writes, C checks; C fills, Java checks. */
@SuppressWarnings("restricted")
public final class LguestDriver extends InteropDriver {
    public static String run(Path library) throws Throwable {
        LguestDriver driver = new LguestDriver();
        try (Arena arena = Arena.ofConfined()) {
            driver.all(arena, SymbolLookup.libraryLookup(library, arena));
        }
        return driver.problems();
    }

    private void all(Arena arena, SymbolLookup lib) throws Throwable {
        LguestDeviceDesc d = LguestDeviceDesc.allocate(arena, 4);
        d.type(3).numVq(2).featureLen(255).configLen(4).status(0x80);
        d.config(0, 1).config(1, 2).config(2, 254).config(3, 255);
        int bad = check(lib, "check_desc", d.segment());
        expect("check_desc mask", bad, 0);
        LguestDeviceDesc e = LguestDeviceDesc.allocate(arena, 2);
        fill(lib, "fill_desc", e.segment());
        expect("desc", e.type() + "/" + e.numVq() + "/" + e.featureLen() + "/" + e.configLen() + "/" + e.status(),
                "1/254/0/2/7");
        expect("desc.config", e.config(0) + "/" + e.config(1), "170/85");
        LguestVqconfig v = LguestVqconfig.allocate(arena).num(256).irq(65535).pfn(0xFEDCBA98L);
        expect("check_vqconfig mask", check(lib, "check_vqconfig", v.segment()), 0);
        LguestVqconfig w = LguestVqconfig.allocate(arena);
        fill(lib, "fill_vqconfig", w.segment());
        expect("vqconfig", w.num() + "/" + w.irq() + "/" + w.pfn(), "65534/9/2147483649");
        int request = (int) downcall(lib, "request_value", FunctionDescriptor.of(JAVA_INT)).invokeExact();
        expect("LHREQ_EVENTFD", LguestReq.of(request).orElse(null), LguestReq.LHREQ_EVENTFD);
        expect("raw LHREQ_EVENTFD", LguestLauncher.LHREQ_EVENTFD, (long) request);
    }
}
