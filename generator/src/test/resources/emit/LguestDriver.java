package t.lguest;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.Objects;

/** Compiled with the generated t.lguest classes: Java writes, C checks; C fills, Java checks. */
public final class LguestDriver {
    private final StringBuilder problems = new StringBuilder();

    public static String run(Path library) throws Throwable {
        LguestDriver driver = new LguestDriver();
        try (Arena arena = Arena.ofConfined()) {
            driver.all(arena, SymbolLookup.libraryLookup(library, arena));
        }
        return driver.problems.toString();
    }

    private static MethodHandle handle(SymbolLookup lib, String name, FunctionDescriptor fd) {
        return Linker.nativeLinker().downcallHandle(lib.find(name).orElseThrow(), fd);
    }

    private void expect(String what, Object actual, Object expected) {
        if (!Objects.equals(actual, expected)) {
            problems.append(what).append(": Java read ").append(actual).append(", C wrote ").append(expected).append('\n');
        }
    }

    private void all(Arena arena, SymbolLookup lib) throws Throwable {
        FunctionDescriptor check = FunctionDescriptor.of(JAVA_INT, ADDRESS);
        FunctionDescriptor fill = FunctionDescriptor.ofVoid(ADDRESS);
        LguestDeviceDesc d = LguestDeviceDesc.allocate(arena, 4);
        d.type(3).numVq(2).featureLen(255).configLen(4).status(0x80);
        d.config(0, 1).config(1, 2).config(2, 254).config(3, 255);
        int bad = (int) handle(lib, "check_desc", check).invokeExact(d.segment());
        expect("check_desc mask", bad, 0);
        LguestDeviceDesc e = LguestDeviceDesc.allocate(arena, 2);
        handle(lib, "fill_desc", fill).invokeExact(e.segment());
        expect("desc", e.type() + "/" + e.numVq() + "/" + e.featureLen() + "/" + e.configLen() + "/" + e.status(),
                "1/254/0/2/7");
        expect("desc.config", e.config(0) + "/" + e.config(1), "170/85");
        LguestVqconfig v = LguestVqconfig.allocate(arena).num(256).irq(65535).pfn(0xFEDCBA98L);
        expect("check_vqconfig mask", (int) handle(lib, "check_vqconfig", check).invokeExact(v.segment()), 0);
        LguestVqconfig w = LguestVqconfig.allocate(arena);
        handle(lib, "fill_vqconfig", fill).invokeExact(w.segment());
        expect("vqconfig", w.num() + "/" + w.irq() + "/" + w.pfn(), "65534/9/2147483649");
        int request = (int) handle(lib, "request_value", FunctionDescriptor.of(JAVA_INT)).invokeExact();
        expect("LHREQ_EVENTFD", LguestReq.of(request).orElse(null), LguestReq.LHREQ_EVENTFD);
        expect("raw LHREQ_EVENTFD", LguestLauncher.LHREQ_EVENTFD, (long) request);
    }
}
