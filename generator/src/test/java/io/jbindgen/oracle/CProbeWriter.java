package io.jbindgen.oracle;

import io.jbindgen.abi.Target;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the claims of a layout JSON into a C probe for gcc: {@code _Static_assert}s of every
 * {@code sizeof}, {@code _Alignof}, {@code offsetof} and member size, every enum constant and macro
 * value (and each macro's type, by {@code _Generic}), plus one initialised object per bitfield, each in
 * its own section, whose bytes gcc's object file must match the JSON's bit position and width.
 */
final class CProbeWriter {
    /** One claimed number: {@code expr} must equal {@code expected} (a C constant). */
    record Check(String what, String expr, String expected, String claimed, String readExpr) {
        Check(String what, String expr, String expected, String claimed) {
            this(what, expr, expected, claimed, expr);
        }
    }

    /** One bitfield object: section {@code section} must hold exactly {@code expected}. */
    record BitfieldProbe(String what, String section, String declaration, byte[] expected) {
    }

    private final List<Check> checks = new ArrayList<>();
    private final List<BitfieldProbe> bitfields = new ArrayList<>();

    /** Bitfield bytes are predicted in the byte order of the target the JSON names. */
    CProbeWriter(LayoutClaims claims) {
        ByteOrder order = Target.byName(claims.target()).orElseThrow().byteOrder();
        for (LayoutClaims.Rec r : claims.records()) {
            record(r, order);
        }
        for (LayoutClaims.Enum e : claims.enums()) {
            for (LayoutClaims.Constant k : e.constants()) {
                value(k.name(), k.value());
            }
        }
        for (LayoutClaims.Macro m : claims.macros()) {
            value(m.name(), m.value());
            checks.add(new Check("type of macro " + m.name(), "_Generic((" + m.name() + "), " + m.type() + ": 1, default: 0)",
                    "1", m.type()));
        }
    }

    List<Check> checks() {
        return checks;
    }

    List<BitfieldProbe> bitfields() {
        return bitfields;
    }

    /** {@return the probe: the header, then the assertions and the bitfield objects} */
    String source(String header) {
        StringBuilder c = new StringBuilder("#include \"" + header + "\"\n");
        for (int i = 0; i < checks.size(); i++) {
            Check k = checks.get(i);
            c.append("_Static_assert((").append(k.expr()).append(") == (").append(k.expected())
                    .append("), \"jbcheck").append(i).append("\");\n");
        }
        bitfields.forEach(b -> c.append(b.declaration()).append('\n'));
        return c.toString();
    }

    /** {@return a probe without assertions that stores the value of each listed check in section {@code .data.jbv<i>}} */
    String readback(String header, List<Integer> which) {
        StringBuilder c = new StringBuilder("#include \"" + header + "\"\n");
        for (int i : which) {
            c.append("__attribute__((section(\".data.jbv").append(i).append("\"))) unsigned long long jbv").append(i)
                    .append(" = (unsigned long long)(").append(checks.get(i).readExpr()).append(");\n");
        }
        bitfields.forEach(b -> c.append(b.declaration()).append('\n'));
        return c.toString();
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
            if (!f.type().endsWith("[]")) {
                checks.add(new Check("sizeof " + member, "sizeof(((" + r.c() + " *)0)->" + f.name() + ")",
                        f.size() + "", f.size() + ""));
            }
        }
    }

    private void bitfield(LayoutClaims.Rec r, LayoutClaims.Field f, ByteOrder order) {
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

    private void value(String name, BigInteger v) {
        if (v.signum() < 0) {
            String lit = v.equals(BigInteger.valueOf(Long.MIN_VALUE)) ? "(-9223372036854775807LL - 1)" : v + "LL";
            checks.add(new Check("value of " + name, "(" + name + ") < 0 && (long long)(" + name + ") == " + lit, "1",
                    v.toString(), "(long long)(" + name + ")"));
        } else {
            checks.add(new Check("value of " + name, "(unsigned long long)(" + name + ")", v + "ULL", v.toString()));
        }
    }
}
