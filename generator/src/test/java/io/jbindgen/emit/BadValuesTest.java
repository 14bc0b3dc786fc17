package io.jbindgen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jbindgen.target.Target;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every range-checked setter, every array and flexible-array bound and {@code of(long)} of unknown
 * enum values, on compiled generated code. Ranges are written here from the C types by hand.
 */
class BadValuesTest {
    private static ClassLoader lguest;
    private static ClassLoader demo;
    private static final Arena ARENA = Arena.ofShared();

    /** C field → [min, max] of its C type (or bit width), for every setter that must check its argument. */
    private static final Map<String, long[]> LGUEST_RANGES = new TreeMap<>(Map.of(
            "LguestDeviceDesc.type", new long[] {0, 255}, "LguestDeviceDesc.numVq", new long[] {0, 255},
            "LguestDeviceDesc.featureLen", new long[] {0, 255}, "LguestDeviceDesc.configLen", new long[] {0, 255},
            "LguestDeviceDesc.status", new long[] {0, 255}, "LguestVqconfig.num", new long[] {0, 65535},
            "LguestVqconfig.irq", new long[] {0, 65535}, "LguestVqconfig.pfn", new long[] {0, 4294967295L}));
    private static final Map<String, long[]> DEMO_RANGES = ranges(
            "Demo.a", new long[] {0, 7}, "Demo.b", new long[] {-16, 15}, "Demo.c", new long[] {0, 1048575},
            "Demo.kind", new long[] {0, 255}, "Demo.le", new long[] {0, 65535},
            "Demo.be", new long[] {0, 4294967295L}, "LguestVqconfig.num", new long[] {0, 65535},
            "LguestVqconfig.irq", new long[] {0, 65535}, "LguestVqconfig.pfn", new long[] {0, 4294967295L},
            "T3.a", new long[] {0, 3}, "T3.b", new long[] {0, 1048575});
    /** Setters whose Java parameter type is exactly the C type's range: nothing to reject. */
    private static final Set<String> DEMO_FULL_RANGE = Set.of("Demo.s", "Demo.i", "Demo.f", "Demo.col", "Demo.big",
            "Demo.u64", "Pk.c", "Pk.i");

    private static Map<String, long[]> ranges(Object... pairs) {
        Map<String, long[]> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (long[]) pairs[i + 1]);
        }
        return map;
    }

    @BeforeAll
    static void compile() throws Exception {
        Fixtures.Fixture l = Fixtures.lguest();
        Fixtures.Fixture d = Fixtures.demo();
        JavaCompilation.Result a = JavaCompilation.compile(Files.createTempDirectory("bad-lguest"),
                JavaEmitter.emit(l.unit(), l.source(), Target.X86_64, EmitOptions.of("t.lguest")));
        JavaCompilation.Result b = JavaCompilation.compile(Files.createTempDirectory("bad-demo"),
                JavaEmitter.emit(d.unit(), d.source(), Target.X86_64, EmitOptions.of("t.demo")));
        assertThat(a.errors()).isEmpty();
        assertThat(b.errors()).isEmpty();
        lguest = a.loader();
        demo = b.loader();
    }

    @AfterAll
    static void close() {
        ARENA.close();
    }

    @Test
    void everyLguestSetterChecksItsRange() throws Throwable {
        assertThat(checkedSetters(lguest, "t.lguest", "LguestDeviceDesc", "LguestVqconfig")).isEqualTo(LGUEST_RANGES.keySet());
        for (var e : LGUEST_RANGES.entrySet()) {
            assertRange(lguest, "t.lguest", e.getKey(), e.getValue());
        }
    }

    @Test
    void everyDemoSetterChecksItsRange() throws Throwable {
        Set<String> all = checkedSetters(demo, "t.demo", "Demo", "LguestVqconfig", "Pk", "T3");
        Set<String> expected = new TreeSet<>(DEMO_RANGES.keySet());
        expected.addAll(DEMO_FULL_RANGE);
        assertThat(all).isEqualTo(expected);
        for (var e : DEMO_RANGES.entrySet()) {
            assertRange(demo, "t.demo", e.getKey(), e.getValue());
        }
    }

    @Test
    void everyLguestStaticSetterChecksTheSameRange() throws Throwable {
        for (var e : LGUEST_RANGES.entrySet()) {
            String cls = e.getKey().substring(0, e.getKey().indexOf('.'));
            String name = e.getKey().substring(e.getKey().indexOf('.') + 1);
            long[] range = e.getValue();
            Class<?> c = lguest.loadClass("t.lguest." + cls);
            Method getter = c.getMethod(name, MemorySegment.class);
            Method setter = Arrays.stream(c.getMethods())
                    .filter(x -> x.getName().equals(name) && x.getParameterCount() == 2
                            && x.getParameterTypes()[0] == MemorySegment.class && x.getParameterTypes()[1].isPrimitive())
                    .findFirst().orElseThrow();
            assertThat(java.lang.reflect.Modifier.isStatic(setter.getModifiers())).isTrue();
            assertThat(setter.getReturnType()).isEqualTo(void.class);
            boolean isInt = setter.getParameterTypes()[1] == int.class;
            MemorySegment raw = ARENA.allocate(64, 8);
            for (long ok : new long[] {range[0], range[1]}) {
                call(setter, null, raw, isInt ? (Object) (int) ok : (Object) ok);
                assertThat(((Number) call(getter, null, raw)).longValue()).as(e.getKey() + " " + ok).isEqualTo(ok);
            }
            for (long bad : new long[] {range[0] - 1, range[1] + 1}) {
                if (isInt && (bad < Integer.MIN_VALUE || bad > Integer.MAX_VALUE)) {
                    continue;
                }
                assertThatThrownBy(() -> call(setter, null, raw, isInt ? (Object) (int) bad : (Object) bad))
                        .as(e.getKey() + " " + bad)
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageEndingWith("." + cName(name) + ": " + bad + " is outside the range ["
                                + range[0] + ", " + range[1] + "]");
            }
        }
    }

    @Test
    void staticAccessorsUseTheRawSegmentAtTheCOffsets() throws Throwable {
        Class<?> vq = lguest.loadClass("t.lguest.LguestVqconfig");
        MemorySegment raw = ARENA.allocate(8, 4);
        call(vq.getMethod("irq", MemorySegment.class, int.class), null, raw, 0xBEEF);
        call(vq.getMethod("pfn", MemorySegment.class, long.class), null, raw, 0xFEDCBA98L);
        // struct lguest_vqconfig on x86_64: __u16 num at 0, __u16 irq at 2, __u32 pfn at 4, little-endian
        assertThat(raw.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 2)).isEqualTo((byte) 0xEF);
        assertThat(raw.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 3)).isEqualTo((byte) 0xBE);
        assertThat(raw.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 4)).isEqualTo((byte) 0x98);
        assertThat(raw.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 7)).isEqualTo((byte) 0xFE);
        Object view = vq.getMethod("at", MemorySegment.class).invoke(null, raw);
        assertThat(call(vq.getMethod("irq"), view)).isEqualTo(0xBEEF);
        assertThat(call(vq.getMethod("pfn", MemorySegment.class), null, raw)).isEqualTo(0xFEDCBA98L);
        MemorySegment tooSmall = ARENA.allocate(4, 4);
        assertThatThrownBy(() -> call(vq.getMethod("pfn", MemorySegment.class), null, tooSmall))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void fixedArrayBounds() throws Throwable {
        Object d = allocate(demo, "t.demo.Demo");
        Method vq = d.getClass().getMethod("vq", long.class);
        assertThat(call(vq, d, 1L)).isNotNull();
        for (long bad : new long[] {-1, 2}) {
            assertThatThrownBy(() -> call(vq, d, bad)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("demo.vq: index " + bad + " is outside the range [0, 2)");
        }
        Method name = d.getClass().getMethod("name", long.class, byte.class);
        call(name, d, 3L, (byte) 1);
        assertThatThrownBy(() -> call(name, d, 4L, (byte) 1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("demo.name");
    }

    @Test
    void flexibleArrayBoundsFollowTheAllocation() throws Throwable {
        Class<?> desc = lguest.loadClass("t.lguest.LguestDeviceDesc");
        Object d = desc.getMethod("allocate", java.lang.foreign.SegmentAllocator.class, long.class).invoke(null, ARENA, 3L);
        Method get = desc.getMethod("config", long.class);
        Method set = desc.getMethod("config", long.class, int.class);
        call(set, d, 2L, 255);
        assertThat(call(get, d, 2L)).isEqualTo(255);
        assertThatThrownBy(() -> call(get, d, 3L)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("lguest_device_desc.config: index 3 is outside the range [0, 3)");
        assertThatThrownBy(() -> call(set, d, -1L, 0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> call(set, d, 0L, 256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lguest_device_desc.config: 256 is outside the range [0, 255]");
        Method view = desc.getMethod("configSegment", long.class);
        assertThat(((java.lang.foreign.MemorySegment) call(view, d, 3L)).byteSize()).isEqualTo(3);
        assertThatThrownBy(() -> call(view, d, 4L)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("lguest_device_desc.config: count 4 is outside the range [0, 3]");
        assertThat(desc.getMethod("sizeWith", long.class).invoke(null, 3L)).isEqualTo(8L);
        assertThat(desc.getMethod("sizeWith", long.class).invoke(null, 0L)).isEqualTo(5L);
        assertThatThrownBy(() -> call(desc.getMethod("sizeWith", long.class), null, -1L))
                .isInstanceOf(IllegalArgumentException.class);
        Object plain = allocate(lguest, "t.lguest.LguestDeviceDesc");
        assertThatThrownBy(() -> call(get, plain, 0L)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void viewsCheckBoundsAndAlignment() throws Throwable {
        Class<?> vq = lguest.loadClass("t.lguest.LguestVqconfig");
        Method at = vq.getMethod("at", java.lang.foreign.MemorySegment.class, long.class);
        var segment = ARENA.allocate(16, 8);
        assertThat(call(at, null, segment, 8L)).isNotNull();
        assertThatThrownBy(() -> call(at, null, segment, 12L)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("struct lguest_vqconfig");
        assertThatThrownBy(() -> call(at, null, segment, 2L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not aligned to 4");
    }

    @Test
    void unknownEnumValuesAreEmpty() throws Throwable {
        Method of = lguest.loadClass("t.lguest.LguestReq").getMethod("of", long.class);
        assertThat(of.invoke(null, 4L)).isNotEqualTo(Optional.empty());
        for (long v : new long[] {5, -1, 1L << 32}) {
            assertThat(of.invoke(null, v)).isEqualTo(Optional.empty());
        }
        Method color = demo.loadClass("t.demo.Color").getMethod("of", long.class);
        assertThat(color.invoke(null, 1L)).isEqualTo(Optional.empty());
        assertThat(color.invoke(null, -1L).toString()).isEqualTo("Optional[BLUE]");
        Object d = allocate(demo, "t.demo.Demo");
        call(d.getClass().getMethod("col", int.class), d, 42);
        assertThat(call(d.getClass().getMethod("colEnum"), d)).isEqualTo(Optional.empty());
        assertThat(call(d.getClass().getMethod("col"), d)).isEqualTo(42);
    }

    private static void assertRange(ClassLoader loader, String pkg, String setter, long[] range) throws Throwable {
        String cls = setter.substring(0, setter.indexOf('.'));
        String name = setter.substring(setter.indexOf('.') + 1);
        Object view = allocate(loader, pkg + "." + cls);
        Method m = Arrays.stream(view.getClass().getMethods())
                .filter(x -> x.getName().equals(name) && x.getParameterCount() == 1 && x.getParameterTypes()[0].isPrimitive())
                .findFirst().orElseThrow();
        boolean isInt = m.getParameterTypes()[0] == int.class;
        Method getter = view.getClass().getMethod(name);
        for (long ok : new long[] {range[0], range[1]}) {
            call(m, view, isInt ? (Object) (int) ok : (Object) ok);
            assertThat(((Number) call(getter, view)).longValue()).as(setter + " " + ok).isEqualTo(ok);
        }
        for (long bad : new long[] {range[0] - 1, range[1] + 1}) {
            if (isInt && (bad < Integer.MIN_VALUE || bad > Integer.MAX_VALUE)) {
                continue;
            }
            assertThatThrownBy(() -> call(m, view, isInt ? (Object) (int) bad : (Object) bad))
                    .as(setter + " " + bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageEndingWith("." + cName(name) + ": " + bad + " is outside the range ["
                            + range[0] + ", " + range[1] + "]");
        }
    }

    private static String cName(String javaName) {
        return javaName.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }

    /** {@return Class.setter of every one-argument primitive setter of the classes} */
    private static Set<String> checkedSetters(ClassLoader loader, String pkg, String... classes) throws Exception {
        Set<String> out = new TreeSet<>();
        for (String c : classes) {
            Class<?> cls = loader.loadClass(pkg + "." + c);
            for (Method m : cls.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(m.getModifiers()) && m.getReturnType() == cls
                        && m.getParameterCount() == 1 && m.getParameterTypes()[0].isPrimitive()) {
                    out.add(c + "." + m.getName());
                }
            }
        }
        return out;
    }

    private static Object allocate(ClassLoader loader, String cls) throws Exception {
        return loader.loadClass(cls).getMethod("allocate", java.lang.foreign.SegmentAllocator.class).invoke(null, ARENA);
    }

    private static Object call(Method m, Object target, Object... args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
