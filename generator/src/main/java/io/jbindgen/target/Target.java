package io.jbindgen.target;

import io.jbindgen.model.ScalarKind;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A target ABI: the table of type sizes and alignments, byte order and char signedness that decide
 * every layout, plus the architecture macros gcc predefines for it.
 *
 * @param name the name users pass to {@code --target} (e.g. {@code x86_64}, {@code i386})
 * @param byteOrder the target's byte order
 * @param charSigned whether plain {@code char} is signed
 * @param scalars size and alignment of each arithmetic type the target supports
 * @param pointer size and alignment of data and function pointers
 * @param biggestAlignment {@code __BIGGEST_ALIGNMENT__}: what a bare {@code aligned} attribute means
 * @param archMacros the architecture macros gcc predefines (name, value), e.g. {@code __x86_64__=1}
 */
public record Target(String name, ByteOrder byteOrder, boolean charSigned, Map<ScalarKind, ScalarInfo> scalars,
        ScalarInfo pointer, int biggestAlignment, Map<String, String> archMacros) {

    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(byteOrder, "byteOrder");
        scalars = Map.copyOf(scalars);
        Objects.requireNonNull(pointer, "pointer");
        archMacros = Map.copyOf(archMacros);
    }

    /** SysV AMD64. */
    public static final Target X86_64 = new Target("x86_64", ByteOrder.LITTLE_ENDIAN, true,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.of("__x86_64__", "1", "__x86_64", "1", "__amd64__", "1", "__amd64", "1"));

    /** SysV i386 as gcc uses it on Linux: lguest's real ABI. */
    public static final Target I386 = new Target("i386", ByteOrder.LITTLE_ENDIAN, true,
            ilp32(), ScalarInfo.of(4, 4), 16,
            Map.of("__i386__", "1", "__i386", "1", "i386", "1", "__i686__", "1", "__i686", "1", "__ILP32__", "1",
                    "_ILP32", "1"));

    /** AArch64 (LP64, little-endian, unsigned char). */
    public static final Target AARCH64 = new Target("aarch64", ByteOrder.LITTLE_ENDIAN, false,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.of("__aarch64__", "1", "__ARM_64BIT_STATE", "1", "__AARCH64EL__", "1", "__ARM_ARCH", "8"));

    /** IBM z/Architecture, 64-bit: big-endian, unsigned char, 8-aligned {@code long double}. */
    public static final Target S390X = new Target("s390x", ByteOrder.BIG_ENDIAN, false,
            lp64(16, 8, true), ScalarInfo.of(8, 8), 8,
            Map.of("__s390__", "1", "__s390x__", "1", "__zarch__", "1"));

    /** 32-bit ARM, EABI hard-float (Debian armhf): 8-aligned {@code long long} and {@code double}, 8-byte {@code long double}. */
    public static final Target ARMHF = new Target("armhf", ByteOrder.LITTLE_ENDIAN, false,
            ilp32Aapcs(), ScalarInfo.of(4, 4), 8,
            Map.of("__arm__", "1", "__ARMEL__", "1", "__ARM_EABI__", "1", "__thumb__", "1", "__thumb2__", "1",
                    "__ARM_PCS_VFP", "1"));

    /** RISC-V 64 (LP64D): unsigned char, 16-byte {@code long double}. */
    public static final Target RISCV64 = new Target("riscv64", ByteOrder.LITTLE_ENDIAN, false,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.of("__riscv", "1", "__riscv_xlen", "64"));

    /** 64-bit POWER, little-endian, ELFv2 (Debian ppc64el): unsigned char, 16-byte IBM {@code long double}. */
    public static final Target PPC64EL = new Target("ppc64el", ByteOrder.LITTLE_ENDIAN, false,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.of("__powerpc__", "1", "__powerpc64__", "1", "__PPC__", "1", "__PPC64__", "1", "_ARCH_PPC", "1",
                    "_ARCH_PPC64", "1", "__LITTLE_ENDIAN__", "1", "_LITTLE_ENDIAN", "1", "_CALL_ELF", "2"));

    /** 64-bit MIPS, little-endian, n64 ABI (Debian mips64el): signed char, 16-byte {@code long double}. */
    public static final Target MIPS64EL = new Target("mips64el", ByteOrder.LITTLE_ENDIAN, true,
            lp64(16, 16, true), ScalarInfo.of(8, 8), 16,
            Map.ofEntries(Map.entry("__mips__", "1"), Map.entry("__mips", "64"), Map.entry("__mips64", "1"),
                    Map.entry("__MIPSEL__", "1"), Map.entry("__MIPSEL", "1"), Map.entry("_MIPSEL", "1"),
                    Map.entry("_ABI64", "3"), Map.entry("_MIPS_SIM", "_ABI64"), Map.entry("_MIPS_SZLONG", "64"),
                    Map.entry("_MIPS_SZPTR", "64"), Map.entry("_MIPS_SZINT", "32"), Map.entry("__mips_isa_rev", "2"),
                    Map.entry("__REGISTER_PREFIX__", "$")));

    private static final List<Target> ALL = List.of(X86_64, I386, AARCH64, S390X, ARMHF, RISCV64, PPC64EL, MIPS64EL);

    /** {@return every built-in target} */
    public static List<Target> all() {
        return ALL;
    }

    /**
     * {@return the built-in target of that name ({@code amd64}, {@code x86}, {@code i686}, {@code arm64},
     * {@code arm}, {@code ppc64le} are accepted too)}
     */
    public static Optional<Target> byName(String name) {
        String n = switch (name) {
            case "amd64", "x86-64" -> "x86_64";
            case "x86", "i686", "i586", "ia32" -> "i386";
            case "arm64" -> "aarch64";
            case "arm", "armv7", "arm-linux-gnueabihf" -> "armhf";
            case "ppc64le", "powerpc64le" -> "ppc64el";
            default -> name;
        };
        for (Target target : ALL) { // a loop, not a stream: this is on the path of every up-to-date plugin run
            if (target.name.equals(n)) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the built-in target of that name, as {@link #byName} finds it}
     *
     * @throws IllegalArgumentException naming the known targets when there is none: the one message for
     *     an unknown target, whoever asks
     */
    public static Target named(String name) {
        Optional<Target> target = byName(name);
        if (target.isEmpty()) {
            StringBuilder known = new StringBuilder();
            for (Target t : ALL) {
                known.append(known.isEmpty() ? "" : ", ").append(t.name);
            }
            throw new IllegalArgumentException("unknown target '" + name + "' (known: " + known + ")");
        }
        return target.get();
    }

    /** {@return the size and alignment of {@code kind}, or empty when the target lacks it (e.g. {@code __int128} on i386)} */
    public Optional<ScalarInfo> scalar(ScalarKind kind) {
        return Optional.ofNullable(scalars.get(kind));
    }

    /**
     * {@return whether unnamed bitfields (including {@code :0}) raise the alignment of the record
     * that holds them, as they do under AAPCS and AAPCS64 but not in the other psABIs (checked with gcc)}
     */
    public boolean unnamedBitfieldsAlignRecord() {
        return this == AARCH64 || this == ARMHF;
    }

    /** {@return the type {@code wchar_t} is on this target, as gcc's {@code __WCHAR_TYPE__} says} */
    public ScalarKind wcharType() {
        if (this == I386) {
            return ScalarKind.LONG;
        }
        return this == AARCH64 || this == ARMHF ? ScalarKind.UNSIGNED_INT : ScalarKind.INT;
    }

    /** {@return whether {@code long} and pointers are 64 bits wide} */
    public boolean isLp64() {
        return pointer.size() == 8;
    }

    private static Map<ScalarKind, ScalarInfo> common() {
        Map<ScalarKind, ScalarInfo> m = new EnumMap<>(ScalarKind.class);
        m.put(ScalarKind.BOOL, ScalarInfo.of(1, 1));
        m.put(ScalarKind.CHAR, ScalarInfo.of(1, 1));
        m.put(ScalarKind.SIGNED_CHAR, ScalarInfo.of(1, 1));
        m.put(ScalarKind.UNSIGNED_CHAR, ScalarInfo.of(1, 1));
        m.put(ScalarKind.SHORT, ScalarInfo.of(2, 2));
        m.put(ScalarKind.UNSIGNED_SHORT, ScalarInfo.of(2, 2));
        m.put(ScalarKind.INT, ScalarInfo.of(4, 4));
        m.put(ScalarKind.UNSIGNED_INT, ScalarInfo.of(4, 4));
        m.put(ScalarKind.FLOAT, ScalarInfo.of(4, 4));
        return m;
    }

    private static Map<ScalarKind, ScalarInfo> lp64(int longDoubleSize, int longDoubleAlign, boolean int128) {
        Map<ScalarKind, ScalarInfo> m = common();
        for (ScalarKind k : List.of(ScalarKind.LONG, ScalarKind.UNSIGNED_LONG, ScalarKind.LONG_LONG,
                ScalarKind.UNSIGNED_LONG_LONG, ScalarKind.DOUBLE)) {
            m.put(k, ScalarInfo.of(8, 8));
        }
        m.put(ScalarKind.LONG_DOUBLE, ScalarInfo.of(longDoubleSize, longDoubleAlign));
        if (int128) {
            int a = Math.min(16, longDoubleAlign == 8 ? 8 : 16);
            m.put(ScalarKind.INT128, ScalarInfo.of(16, a));
            m.put(ScalarKind.UNSIGNED_INT128, ScalarInfo.of(16, a));
        }
        return m;
    }

    /** ILP32 with the 8-byte alignment AAPCS gives 64-bit types, and {@code long double} as {@code double}. */
    private static Map<ScalarKind, ScalarInfo> ilp32Aapcs() {
        Map<ScalarKind, ScalarInfo> m = common();
        m.put(ScalarKind.LONG, ScalarInfo.of(4, 4));
        m.put(ScalarKind.UNSIGNED_LONG, ScalarInfo.of(4, 4));
        for (ScalarKind k : List.of(ScalarKind.LONG_LONG, ScalarKind.UNSIGNED_LONG_LONG, ScalarKind.DOUBLE,
                ScalarKind.LONG_DOUBLE)) {
            m.put(k, ScalarInfo.of(8, 8));
        }
        return m;
    }

    private static Map<ScalarKind, ScalarInfo> ilp32() {
        Map<ScalarKind, ScalarInfo> m = common();
        m.put(ScalarKind.LONG, ScalarInfo.of(4, 4));
        m.put(ScalarKind.UNSIGNED_LONG, ScalarInfo.of(4, 4));
        // GNU __alignof__ says 8; C11 _Alignof and the member alignment are 4 (checked with gcc -m32).
        m.put(ScalarKind.LONG_LONG, new ScalarInfo(8, 8, 4));
        m.put(ScalarKind.UNSIGNED_LONG_LONG, new ScalarInfo(8, 8, 4));
        m.put(ScalarKind.DOUBLE, new ScalarInfo(8, 8, 4));
        m.put(ScalarKind.LONG_DOUBLE, ScalarInfo.of(12, 4));
        return m;
    }
}
