package t.fn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import interop.InteropDriver;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Calls a gcc-built library through generated function bindings and checks every value. */
public final class FnDriver extends InteropDriver {
    public static String run(Path lib) {
        FnDriver d = new FnDriver();
        try (Arena arena = Arena.ofConfined()) {
            d.byValue(arena);
            d.callbacks(arena);
            d.variadics(arena);
            d.scalars();
            d.globals();
            d.pointerMembers(arena);
        }
        try {
            FnInteropFunctions.missing_function();
            d.problem("missing_function did not fail");
        } catch (UnsatisfiedLinkError e) {
            d.expect("missing symbol message", e.getMessage(), "symbol 'missing_function' (function missing_function"
                    + " of fn_interop.h) not found in " + lib + ", the default lookup (libc)");
        }
        return d.problems();
    }

    private void byValue(Arena arena) {
        Small s = FnInteropFunctions.make_small(arena, 7, 2.5f);
        expect("make_small.a", s.a(), 7);
        expect("make_small.b", s.b(), 2.5f);
        expect("small_sum", FnInteropFunctions.small_sum(s, 4), 17);
        Pair p = Pair.allocate(arena).x(1.5).y(-4);
        Pair scaled = FnInteropFunctions.pair_scale(arena, p, 3);
        expect("pair_scale.x", scaled.x(), 4.5);
        expect("pair_scale.y", scaled.y(), -12.0);
        Mixed m = Mixed.allocate(arena).id(99);
        m.segment().set(java.lang.foreign.ValueLayout.JAVA_FLOAT, Mixed.F_OFFSET, 0.25f);
        m.segment().set(java.lang.foreign.ValueLayout.JAVA_FLOAT, Mixed.F_OFFSET + 4, 8f);
        Mixed swapped = FnInteropFunctions.mixed_swap(arena, m);
        expect("mixed_swap.id", swapped.id(), -99L);
        expect("mixed_swap.f[0]", swapped.segment().get(java.lang.foreign.ValueLayout.JAVA_FLOAT, Mixed.F_OFFSET), 8f);
        expect("mixed_swap.f[1]", swapped.segment().get(java.lang.foreign.ValueLayout.JAVA_FLOAT, Mixed.F_OFFSET + 4), 0.25f);
        Large l = Large.allocate(arena).a(1).b(2).c(3.25).d(4);
        Large r = Large.allocate(arena).a(10).b(20).c(30.5).d(40);
        Large sum = FnInteropFunctions.large_add(arena, l, r);
        expect("large_add", List.of(sum.a(), sum.b(), sum.c(), sum.d()), List.of(11L, 22L, 33.75, 44));
        expect("large_checksum", FnInteropFunctions.large_checksum(sum), 11L * 1000 + 22 * 100 + 337 + 44);
        MemorySegment second = FnInteropFunctions.large_at(1);
        expect("large_at has the record's size", second.byteSize(), Large.SIZE);
        expect("large_at.c", Large.at(second).c(), 7.5);
    }

    private void callbacks(Arena arena) {
        MemorySegment values = arena.allocateFrom(JAVA_INT, 3, 4, 5);
        FnInteropFunctions.BinopFn times = (a, b) -> a * b;
        expect("fold with an upcall", FnInteropFunctions.fold(values, 3, FnInteropFunctions.BinopFn.allocate(times, arena), 2), 120);
        FnInteropFunctions.PairFn norm = pair -> {
            Pair q = Pair.at(pair);
            return q.x() * 10 + q.y();
        };
        expect("apply_pair: struct by value into an upcall",
                FnInteropFunctions.apply_pair(FnInteropFunctions.PairFn.allocate(norm, arena), 3, 4), 34.0);
        expect("call_linker (an interface named Linker)", FnInteropFunctions.call_linker(
                FnInteropFunctions.Linker_2.allocate(x -> x * 3, arena), 5), 16);
        List<String> seen = new ArrayList<>();
        FnInteropFunctions.EachSmallVisit visit = (small, context) -> {
            Small v = Small.at(small);
            seen.add(v.a() + ":" + v.b() + ":" + context.address());
        };
        MemorySegment context = MemorySegment.ofAddress(0x1234);
        FnInteropFunctions.each_small(FnInteropFunctions.EachSmallVisit.allocate(visit, arena), context, 3);
        expect("each_small", seen, List.of("0:0.0:4660", "1:0.5:4660", "2:1.0:4660"));
    }

    private void variadics(Arena arena) {
        expect("sum_longs", FnInteropFunctions.sum_longs(JAVA_LONG, JAVA_LONG, JAVA_LONG).invoke(3, 1L, 1L << 40, -5L),
                (1L << 40) - 4);
        expect("sum_longs none", FnInteropFunctions.sum_longs().invoke(0), 0L);
        Pair p = Pair.allocate(arena).x(2).y(8);
        Small s = Small.allocate(arena).a(3).b(0.5f);
        double got = FnInteropFunctions.sum_kinds(JAVA_INT, JAVA_DOUBLE, JAVA_LONG, Pair.LAYOUT, ADDRESS)
                .invoke(arena.allocateFrom("idlps"), 1, 0.25, 100L, p.segment(), s.segment());
        expect("sum_kinds", got, 1 + 0.25 + 100 + 16 + 3.5);
        try {
            FnInteropFunctions.sum_kinds(JAVA_SHORT);
            problem("sum_kinds accepted a short variadic layout");
        } catch (IllegalArgumentException e) {
            expect("short promotion", e.getMessage().contains("JAVA_INT"), true);
        }
    }

    private void scalars() {
        expect("uchar_next widens", FnInteropFunctions.uchar_next(255), 0);
        expect("uchar_next", FnInteropFunctions.uchar_next(200), 201);
        expect("uint_twice widens", FnInteropFunctions.uint_twice(0x9000_0000L), 0x2000_0000L);
        expect("uint_twice large", FnInteropFunctions.uint_twice(0x7FFF_FFFFL), 0xFFFF_FFFEL);
        try {
            FnInteropFunctions.uint_twice(-1);
            problem("uint_twice accepted -1");
        } catch (IllegalArgumentException e) {
            expect("range message", e.getMessage().contains("uint_twice"), true);
        }
        expect("is_odd", FnInteropFunctions.is_odd(7), true);
        expect("is_odd even", FnInteropFunctions.is_odd(8), false);
        expect("half", FnInteropFunctions.half(5f), 2.5f);
        expect("toString renamed", FnInteropFunctions.toString_(), 7);
        expect("wait renamed", FnInteropFunctions.wait_(21), 42L);
    }

    /** Pointer members are segments: a record's sized to the pointee, followed in Java and written for C. */
    @SuppressWarnings("restricted")
    private void pointerMembers(Arena arena) {
        Node head = Node.at(FnInteropFunctions.make_list(3));
        List<Long> values = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (MemorySegment p = head.segment(); !p.equals(MemorySegment.NULL); p = Node.next(p)) {
            values.add(Node.value(p));
            expect("next is sized to struct node", Node.next(p).equals(MemorySegment.NULL) ? Node.SIZE
                    : Node.next(p).byteSize(), Node.SIZE);
            expect("where is sized to struct pair", Node.where(p).byteSize(), Pair.SIZE);
            ys.add(Pair.y(Node.where(p)));
            expect("name is zero-length", Node.name(p).byteSize(), 0L);
            names.add(Node.name(p).reinterpret(16).getString(0));
        }
        expect("list values", values, List.of(10L, 20L, 30L));
        expect("list ys", ys, List.of(0.0, -1.0, -2.0));
        expect("list names", names, List.of("node0", "node1", "node2"));
        Node mine = Node.allocate(arena);
        Pair where = Pair.allocate(arena);
        where.x(0.5);
        mine.value(100).setWhere(where.segment()).setNext(head.segment());
        expect("walk from a Java node", FnInteropFunctions.walk_list(mine.segment()), 100.5 + 60 + 0 + 1 + 2);
        mine.setNext(MemorySegment.NULL);
        expect("walk a NULL-terminated Java node", FnInteropFunctions.walk_list(mine.segment()), 100.5);
    }

    private void globals() {
        expect("counter", FnInteropFunctions.counter(), 41);
        FnInteropFunctions.counter(42);
        expect("counter set", FnInteropFunctions.counter(), 42);
        expect("origin", List.of(FnInteropFunctions.origin().x(), FnInteropFunctions.origin().y()), List.of(1.25, -2.5));
        MemorySegment counts = FnInteropFunctions.small_counts();
        expect("small_counts size", counts.byteSize(), 8L);
        expect("small_counts[1]", Short.toUnsignedInt(counts.getAtIndex(JAVA_SHORT, 1)), 65535);
    }
}
