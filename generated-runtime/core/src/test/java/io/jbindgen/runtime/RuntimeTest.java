package io.jbindgen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class RuntimeTest {
    @Test
    void rangeMessagesNameFieldAndRange() {
        assertThat(Checks.range(255, 0, 255, "s.f")).isEqualTo(255);
        assertThatThrownBy(() -> Checks.range(256, 0, 255, "s.f")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s.f: 256 is outside the range [0, 255]");
        assertThatThrownBy(() -> Checks.index(3, 3, "s.a")).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("s.a: index 3 is outside the range [0, 3)");
        assertThatThrownBy(() -> Checks.count(-1, 3, "s.a")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void viewChecksBoundsAndNativeAlignment() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(16, 8);
            Checks.view(s, 8, 8, 8, "struct x");
            assertThatThrownBy(() -> Checks.view(s, 9, 8, 8, "struct x")).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> Checks.view(s, 4, 8, 8, "struct x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not aligned to 8");
            Checks.view(MemorySegment.ofArray(new byte[9]), 1, 8, 8, "struct x");
        }
    }

    @Test
    void packedLayoutsKeepNamesAndSize() {
        MemoryLayout inner = MemoryLayout.structLayout(ValueLayout.JAVA_INT.withName("a"),
                MemoryLayout.paddingLayout(4), ValueLayout.JAVA_LONG.withName("b")).withName("inner");
        MemoryLayout relaxed = LayoutSupport.withMaxAlignment(inner, 1);
        assertThat(relaxed.byteAlignment()).isEqualTo(1);
        assertThat(relaxed.byteSize()).isEqualTo(16);
        assertThat(relaxed.name()).hasValue("inner");
        MemoryLayout outer = MemoryLayout.structLayout(ValueLayout.JAVA_BYTE, relaxed.withName("i"));
        assertThat(outer.byteSize()).isEqualTo(17);
    }

    @Test
    void memberHandleReadsItsOffsetUnalignedAndChecksTheWholeRecord() {
        VarHandle h = LayoutSupport.memberHandle(ValueLayout.JAVA_SHORT.withOrder(ByteOrder.BIG_ENDIAN), 2, 8);
        MemorySegment heap = MemorySegment.ofArray(new byte[10]);
        h.set(heap, 1L, (short) 0x1234);
        assertThat(heap.toArray(ValueLayout.JAVA_BYTE)).containsExactly(0, 0, 0, 0x12, 0x34, 0, 0, 0, 0, 0);
        assertThat((short) h.get(heap, 1L)).isEqualTo((short) 0x1234);
        assertThatThrownBy(() -> h.get(heap, 3L)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.get(MemorySegment.ofArray(new byte[7]), 0L))
                .isInstanceOf(IndexOutOfBoundsException.class);
        VarHandle whole = LayoutSupport.memberHandle(ValueLayout.JAVA_LONG, 0, 8);
        whole.set(heap, 2L, -1L);
        assertThat(heap.get(ValueLayout.JAVA_LONG_UNALIGNED, 2)).isEqualTo(-1L);
        assertThatThrownBy(() -> LayoutSupport.memberHandle(ValueLayout.JAVA_INT, 6, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit");
        assertThatThrownBy(() -> LayoutSupport.memberHandle(ValueLayout.JAVA_INT, -1, 8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void debugTextShowsTheFirstElementsAndTheCount() {
        assertThat(DebugText.elements(3, i -> i * 10)).isEqualTo("[0, 10, 20]");
        assertThat(DebugText.elements(0, i -> i)).isEqualTo("[]");
        assertThat(DebugText.elements(100, i -> i)).startsWith("[0, 1, 2").contains(", 31, ... (100 in all)]")
                .doesNotContain(", 32");
    }

    @Test
    void bitsMatchHandComputedBytes() {
        MemorySegment s = MemorySegment.ofArray(new byte[3]);
        Bits.write(s, 4, 12, ByteOrder.LITTLE_ENDIAN, 0xABC);
        assertThat(s.toArray(ValueLayout.JAVA_BYTE)).containsExactly((byte) 0xC0, (byte) 0xAB, (byte) 0x00);
        assertThat(Bits.read(s, 4, 12, ByteOrder.LITTLE_ENDIAN)).isEqualTo(0xABC);
        MemorySegment b = MemorySegment.ofArray(new byte[3]);
        Bits.write(b, 4, 12, ByteOrder.BIG_ENDIAN, 0xABC);
        assertThat(b.toArray(ValueLayout.JAVA_BYTE)).containsExactly((byte) 0x0A, (byte) 0xBC, (byte) 0x00);
        assertThat(Bits.read(b, 4, 12, ByteOrder.BIG_ENDIAN)).isEqualTo(0xABC);
    }
}
