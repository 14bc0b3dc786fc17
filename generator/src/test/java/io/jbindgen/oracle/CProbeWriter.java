package io.jbindgen.oracle;

import io.jbindgen.target.Target;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the claims of a layout JSON into a C probe for gcc: {@code _Static_assert}s of every
 * {@code sizeof}, {@code _Alignof}, {@code offsetof} and member size (member paths such as {@code m.x}
 * included), every enum's size, alignment and underlying type (by {@code _Generic}), every typedef's size
 * and alignment, every enum constant and macro value (and each macro's type, by {@code _Generic}), plus one initialised object per bitfield, each in
 * its own section, whose bytes gcc's object file must match the JSON's bit position and width.
 */
final class CProbeWriter {
    /** One claimed number: {@code expr} must equal {@code expected} (a C constant). */
    record Check(String what, String expr, String expected, String claimed, String readExpr, String hideMacro,
            String subject) {
        Check(String what, String expr, String expected, String claimed) {
            this(what, expr, expected, claimed, expr, null, what);
        }
    }

    /** One bitfield object: section {@code section} must hold exactly {@code expected}. */
    record BitfieldProbe(String what, String section, String declaration, byte[] expected) {
    }

    /**
     * The largest record a bitfield is probed in: the probe is an initialised object of the whole record,
     * which gcc writes out byte for byte (a fuzzed record of 12 GB once made a 12 GB object file).
     */
    static final long MAX_PROBED_RECORD_BYTES = 1 << 20;

    private final List<Check> checks = new ArrayList<>();
    private final List<BitfieldProbe> bitfields = new ArrayList<>();
    private final List<String> unprobed = new ArrayList<>();

    /** Bitfield bytes are predicted in the byte order of the target the JSON names. */
    CProbeWriter(LayoutClaims claims) {
        ByteOrder order = Target.byName(claims.target()).orElseThrow().byteOrder();
        for (LayoutClaims.Rec r : claims.records()) {
            record(r, order);
        }
        for (LayoutClaims.Enum e : claims.enums()) {
            if (e.c() != null) {
                enumType(e);
            }
            for (LayoutClaims.Constant k : e.constants()) {
                value(k.name(), k.value(), k.name());
            }
        }
        for (LayoutClaims.Typedef t : claims.typedefs()) {
            checks.add(new Check("sizeof(" + t.name() + ")", "sizeof(" + t.name() + ")", t.size() + "", t.size() + ""));
            checks.add(new Check("_Alignof(" + t.name() + ")", "_Alignof(" + t.name() + ")", t.align() + "",
                    t.align() + ""));
        }
        for (LayoutClaims.Macro m : claims.macros()) {
            value(m.name(), m.value(), null);
            checks.add(new Check("type of macro " + m.name(), "_Generic((" + m.name() + "), " + m.type() + ": 1, default: 0)",
                    "1", m.type(), "0", null, m.name()));
        }
    }

    List<Check> checks() {
        return checks;
    }

    List<BitfieldProbe> bitfields() {
        return bitfields;
    }

    /** {@return the bitfield claims of records too large for an object probe, as unverifiable claims} */
    List<String> unprobed() {
        return unprobed;
    }

    /**
     * A probe's text and which line holds which claim.
     *
     * @param text the C source
     * @param checkAtLine line number to index in {@link #checks()}
     * @param bitfieldAtLine line number to index in {@link #bitfields()}
     */
    record Probe(String text, Map<Integer, Integer> checkAtLine, Map<Integer, Integer> bitfieldAtLine) {
    }

    /** {@return the probe: the header, then the assertions and the bitfield objects} */
    Probe source(String header) {
        List<String> lines = new ArrayList<>(List.of("#include \"" + header + "\""));
        Map<Integer, Integer> checkAt = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            Check k = checks.get(i);
            String assertion = "_Static_assert((" + k.expr() + ") == (" + k.expected() + "), \"jbcheck" + i + "\");";
            checkAt.put(emit(lines, k.hideMacro(), assertion), i);
        }
        Map<Integer, Integer> bitfieldAt = bitfieldLines(lines);
        return new Probe(String.join("\n", lines) + "\n", checkAt, bitfieldAt);
    }

    /** {@return a probe without assertions that stores the value of each listed check in section {@code .data.jbv<i>}} */
    Probe readback(String header, List<Integer> which) {
        List<String> lines = new ArrayList<>(List.of("#include \"" + header + "\""));
        Map<Integer, Integer> checkAt = new HashMap<>();
        for (int i : which) {
            Check k = checks.get(i);
            String store = "__attribute__((section(\".data.jbv" + i + "\"))) unsigned long long jbv" + i
                    + " = (unsigned long long)(" + k.readExpr() + ");";
            checkAt.put(emit(lines, k.hideMacro(), store), i);
        }
        Map<Integer, Integer> bitfieldAt = bitfieldLines(lines);
        return new Probe(String.join("\n", lines) + "\n", checkAt, bitfieldAt);
    }

    /** {@return a probe of one claim alone (to tell its own error from one gcc reported only once)} */
    Probe single(String header, int check) {
        List<String> lines = new ArrayList<>(List.of("#include \"" + header + "\""));
        Check k = checks.get(check);
        int at = emit(lines, k.hideMacro(),
                "_Static_assert((" + k.expr() + ") == (" + k.expected() + "), \"jbcheck" + check + "\");");
        return new Probe(String.join("\n", lines) + "\n", Map.of(at, check), Map.of());
    }

    private Map<Integer, Integer> bitfieldLines(List<String> lines) {
        Map<Integer, Integer> at = new HashMap<>();
        for (int i = 0; i < bitfields.size(); i++) {
            lines.add(bitfields.get(i).declaration());
            at.put(lines.size(), i);
        }
        return at;
    }

    /** Adds {@code line}, with a macro of the same name as an enum constant hidden around it; returns its line number. */
    private static int emit(List<String> lines, String hideMacro, String line) {
        if (hideMacro == null) {
            lines.add(line);
            return lines.size();
        }
        lines.add("#pragma push_macro(\"" + hideMacro + "\")");
        lines.add("#undef " + hideMacro);
        lines.add(line);
        int at = lines.size();
        lines.add("#pragma pop_macro(\"" + hideMacro + "\")");
        return at;
    }

    private void record(LayoutClaims.Rec r, ByteOrder order) {
        checks.add(new Check("sizeof(" + r.c() + ")", "sizeof(" + r.c() + ")", r.size() + "", r.size() + ""));
        checks.add(new Check("_Alignof(" + r.c() + ")", "_Alignof(" + r.c() + ")", r.align() + "", r.align() + ""));
        for (LayoutClaims.Field f : r.fields()) {
            String member = r.c() + "." + f.name();
            if (f.bitfield()) {
                bitfield(r, f, order);
                continue;
            }
            checks.add(new Check("offsetof " + member, "__builtin_offsetof(" + r.c() + ", " + f.name() + ")",
                    f.offset() + "", f.offset() + ""));
            if (!f.type().contains("[]")) {
                checks.add(new Check("sizeof " + member, "sizeof(((" + r.c() + " *)0)->" + f.name() + ")",
                        f.size() + "", f.size() + ""));
            }
        }
    }

    private void enumType(LayoutClaims.Enum e) {
        checks.add(new Check("sizeof(" + e.c() + ")", "sizeof(" + e.c() + ")", e.size() + "", e.size() + ""));
        checks.add(new Check("_Alignof(" + e.c() + ")", "_Alignof(" + e.c() + ")", e.align() + "", e.align() + ""));
        checks.add(new Check("underlying type of " + e.c(), "_Generic((" + e.c() + ")0, " + e.underlying()
                + ": 1, default: 0)", "1", e.underlying(), "0", null, e.c()));
    }

    private void bitfield(LayoutClaims.Rec r, LayoutClaims.Field f, ByteOrder order) {
        if (r.size() > MAX_PROBED_RECORD_BYTES) {
            unprobed.add(r.c() + "." + f.name() + " (bitOffset " + f.offset() + ", bitWidth " + f.size()
                    + "), but its record's " + r.size() + " bytes are too many for an object probe");
            return;
        }
        int n = bitfields.size();
        byte[] bytes = new byte[(int) r.size()];
        for (long bit = f.offset(); bit < f.offset() + f.size() && bit / 8 < bytes.length; bit++) {
            int mask = order == ByteOrder.BIG_ENDIAN ? 0x80 >>> (bit % 8) : 1 << (bit % 8);
            bytes[(int) (bit / 8)] |= (byte) mask;
        }
        String section = ".data.jbb" + n;
        String decl = "__attribute__((section(\"" + section + "\"))) " + r.c() + " jbb" + n + " = { ." + f.name()
                + " = -1 };";
        bitfields.add(new BitfieldProbe(r.c() + "." + f.name() + " (bitOffset " + f.offset() + ", bitWidth "
                + f.size() + ")", section, decl, bytes));
    }

    private void value(String name, BigInteger v, String hideMacro) {
        if (v.signum() < 0) {
            String lit = v.equals(BigInteger.valueOf(Long.MIN_VALUE)) ? "(-9223372036854775807LL - 1)" : v + "LL";
            checks.add(new Check("value of " + name, "(" + name + ") < 0 && (long long)(" + name + ") == " + lit, "1",
                    v.toString(), "(long long)(" + name + ")", hideMacro, name));
        } else {
            String expr = "(unsigned long long)(" + name + ")";
            checks.add(new Check("value of " + name, expr, v + "ULL", v.toString(), expr, hideMacro, name));
        }
    }
}
