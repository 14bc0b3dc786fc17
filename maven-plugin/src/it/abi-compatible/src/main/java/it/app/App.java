package it.app;

import it.demo.Demo;
import it.demo.DemoDev;
import it.demo.DemoMode;
import java.lang.foreign.Arena;

/** Uses the generated bindings. */
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
}
