package io.jbindgen.benchmarks;

import io.jbindgen.golden.lguest.x86_64.LguestDeviceDesc;
import io.jbindgen.golden.lguest.x86_64.LguestVqconfig;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reads and writes {@code struct lguest_vqconfig} (three fields) and the flexible {@code config}
 * array of {@code struct lguest_device_desc}, generated code against hand-written VarHandles on the
 * same segment. Two pairs compare like with like: the generated static accessors
 * ({@code getGeneratedStatic}) take the segment as hand-written VarHandle code does
 * ({@code getVarHandle}); the generated instance views ({@code getGenerated}) hold their segment,
 * as a hand-written view class over the same VarHandles does ({@code getHandView}), so each access
 * first loads the segment from the view.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccessorBenchmark {
    private static final StructLayout VQ = MemoryLayout.structLayout(
            ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("num"),
            ValueLayout.JAVA_SHORT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("irq"),
            ValueLayout.JAVA_INT.withOrder(ByteOrder.LITTLE_ENDIAN).withName("pfn"));
    private static final VarHandle NUM = VQ.varHandle(MemoryLayout.PathElement.groupElement("num"));
    private static final VarHandle IRQ = VQ.varHandle(MemoryLayout.PathElement.groupElement("irq"));
    private static final VarHandle PFN = VQ.varHandle(MemoryLayout.PathElement.groupElement("pfn"));
    private static final VarHandle CONFIG = ValueLayout.JAVA_BYTE.varHandle();
    private static final long CONFIG_OFFSET = 5;
    private static final int CONFIG_COUNT = 16;

    private Arena arena;
    private MemorySegment vqSegment;
    private LguestVqconfig vq;
    private MemorySegment descSegment;
    private LguestDeviceDesc desc;
    private HandView handView;
    private int value;

    /** A hand-written view of {@code struct lguest_vqconfig}: a segment and VarHandles, as one would write it. */
    static final class HandView {
        private final MemorySegment segment;

        HandView(MemorySegment segment) {
            this.segment = segment;
        }

        int num() {
            return Short.toUnsignedInt((short) NUM.get(segment, 0L));
        }

        int irq() {
            return Short.toUnsignedInt((short) IRQ.get(segment, 0L));
        }

        long pfn() {
            return Integer.toUnsignedLong((int) PFN.get(segment, 0L));
        }

        HandView num(int v) {
            NUM.set(segment, 0L, (short) checkU16(v));
            return this;
        }

        HandView irq(int v) {
            IRQ.set(segment, 0L, (short) checkU16(v));
            return this;
        }

        HandView pfn(long v) {
            PFN.set(segment, 0L, (int) checkU32(v));
            return this;
        }
    }

    /** Allocates one record of each kind. */
    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofConfined();
        vq = LguestVqconfig.allocate(arena);
        vqSegment = vq.segment();
        handView = new HandView(vqSegment);
        desc = LguestDeviceDesc.allocate(arena, CONFIG_COUNT);
        descSegment = desc.segment();
        value = 1234;
    }

    /** Frees the memory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** {@return the sum of the three fields, read through the generated view} */
    @Benchmark
    public long getGenerated() {
        return vq.num() + vq.irq() + vq.pfn();
    }

    /** {@return the sum of the three fields, read through the generated static accessors} */
    @Benchmark
    public long getGeneratedStatic() {
        MemorySegment s = vqSegment;
        return LguestVqconfig.num(s) + LguestVqconfig.irq(s) + LguestVqconfig.pfn(s);
    }

    /** {@return the sum of the three fields, read through the hand-written view} */
    @Benchmark
    public long getHandView() {
        return handView.num() + handView.irq() + handView.pfn();
    }

    /** {@return the sum of the three fields, read through hand-written VarHandles} */
    @Benchmark
    public long getVarHandle() {
        return Short.toUnsignedInt((short) NUM.get(vqSegment, 0L)) + Short.toUnsignedInt((short) IRQ.get(vqSegment, 0L))
                + Integer.toUnsignedLong((int) PFN.get(vqSegment, 0L));
    }

    /** Writes the three fields through the generated view (range checks included). */
    @Benchmark
    public void setGenerated() {
        int v = value;
        vq.num(v).irq(v + 1).pfn(v + 2L);
    }

    /** Writes the three fields through the generated static accessors (range checks included). */
    @Benchmark
    public void setGeneratedStatic() {
        int v = value;
        MemorySegment s = vqSegment;
        LguestVqconfig.num(s, v);
        LguestVqconfig.irq(s, v + 1);
        LguestVqconfig.pfn(s, v + 2L);
    }

    /** Writes the three fields through the hand-written view, with the same range checks. */
    @Benchmark
    public void setHandView() {
        int v = value;
        handView.num(v).irq(v + 1).pfn(v + 2L);
    }

    /** Writes the three fields through hand-written VarHandles, with the same range checks. */
    @Benchmark
    public void setVarHandle() {
        int v = value;
        NUM.set(vqSegment, 0L, (short) checkU16(v));
        IRQ.set(vqSegment, 0L, (short) checkU16(v + 1));
        PFN.set(vqSegment, 0L, (int) checkU32(v + 2L));
    }

    /** {@return the sum of the trailing config bytes, read through the generated view} */
    @Benchmark
    public long configGenerated() {
        long sum = 0;
        for (int i = 0; i < CONFIG_COUNT; i++) {
            sum += desc.config(i);
        }
        return sum;
    }

    /** {@return the sum of the trailing config bytes, read through a hand-written VarHandle} */
    @Benchmark
    public long configVarHandle() {
        long sum = 0;
        long available = descSegment.byteSize() - CONFIG_OFFSET;
        for (int i = 0; i < CONFIG_COUNT; i++) {
            if (i >= available) {
                throw new IndexOutOfBoundsException(i);
            }
            sum += Byte.toUnsignedInt((byte) CONFIG.get(descSegment, CONFIG_OFFSET + i));
        }
        return sum;
    }

    private static int checkU16(int v) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException("num: " + v);
        }
        return v;
    }

    private static long checkU32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("pfn: " + v);
        }
        return v;
    }
}
