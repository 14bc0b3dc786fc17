package it.app;

import it.demo.Demo;
import it.demo.DemoDev;
import it.demo.DemoMode;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HexFormat;

/** Uses the generated bindings; verify.groovy runs {@link #main} and checks what it prints. */
public final class App {
    private App() {
    }

    public static long run() {
        try (Arena arena = Arena.ofConfined()) {
            DemoDev dev = DemoDev.allocate(arena);
            dev.type(7);
            dev.num(300);
            return dev.type() + dev.num() + Demo.DEMO_MAX + DemoMode.DEMO_MODE_ON.value();
        }
    }

    /** Prints the sum of {@link #run}, then the bytes a {@code struct demo_dev {7, 300}} has through the bindings. */
    public static void main(String[] args) {
        try (Arena arena = Arena.ofConfined()) {
            DemoDev dev = DemoDev.allocate(arena);
            dev.type(7);
            dev.num(300);
            MemorySegment s = dev.segment();
            System.out.println("sum=" + run() + " size=" + DemoDev.SIZE + " bytes="
                    + HexFormat.of().formatHex(s.toArray(ValueLayout.JAVA_BYTE)));
        }
    }
}
