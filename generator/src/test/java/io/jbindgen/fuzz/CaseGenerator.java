package io.jbindgen.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grammar-aware generation of C headers that stress layout and constant evaluation: structs and
 * unions with bit-fields (named, unnamed, zero-width), {@code packed}/{@code aligned} attributes in
 * every position gcc accepts them, {@code #pragma pack} in its spellings, enums with values beyond 32
 * and 64 bits, {@code _Complex} and vector types, tags declared in prototypes, and object-like macros
 * over integer constant expressions (casts to enum types included). One case is a list of top-level
 * chunks, the unit the minimiser removes.
 */
final class CaseGenerator {
    private static final String[] INT_TYPES = {"char", "signed char", "unsigned char", "short", "unsigned short",
        "int", "unsigned int", "long", "unsigned long", "long long", "unsigned long long", "_Bool"};
    private static final int[] INT_BITS = {8, 8, 8, 16, 16, 32, 32, -1, -1, 64, 64, 1};
    private static final String[] OTHER_TYPES = {"float", "double", "void *", "int *", "_Complex float",
        "_Complex double", "double _Complex", "long double", "_Complex long double", "__complex__ int"};
    private static final String[] SUFFIXES = {"", "u", "U", "l", "L", "ul", "UL", "ll", "LL", "ull", "ULL", "lu"};

    private final Random random;
    private final List<String> chunks = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> intTypes = new ArrayList<>();
    private final List<String> enums = new ArrayList<>();
    private final List<String> macros = new ArrayList<>();
    private int next;

    private CaseGenerator(long seed) {
        random = new Random(seed);
        for (String t : INT_TYPES) {
            types.add(t);
            intTypes.add(t);
        }
        types.addAll(List.of(OTHER_TYPES));
    }

    /** {@return the chunks of case {@code seed}: the same seed gives the same header} */
    static List<String> generate(long seed) {
        CaseGenerator g = new CaseGenerator(seed);
        int n = 3 + g.random.nextInt(6);
        for (int i = 0; i < n; i++) {
            g.chunk();
        }
        return List.copyOf(g.chunks);
    }

    private void chunk() {
        int k = random.nextInt(100);
        if (k < 45) {
            record();
        } else if (k < 55) {
            typedef();
        } else if (k < 65) {
            enumeration();
        } else if (k < 80) {
            macro();
        } else if (k < 90) {
            chunks.add(pragma());
        } else if (k < 95) {
            vectorType();
        } else {
            prototypeTag();
        }
    }

    private String name(String prefix) {
        return prefix + next++;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String attribute() {
        List<String> parts = new ArrayList<>();
        int n = 1 + (chance(25) ? 1 : 0);
        for (int i = 0; i < n; i++) {
            parts.add(pick("packed", "__packed__", "aligned(" + pick("1", "2", "4", "8", "16", "32") + ")",
                    "__aligned__(" + pick("2", "4", "8") + ")", "aligned", "aligned(1 << " + random.nextInt(5) + ")"));
        }
        return pick("__attribute__((", "__attribute__ ((", "__attribute((") + String.join(", ", parts) + "))";
    }

    private String pragma() {
        String n = pick("0", "1", "2", "4", "8", "16", "3", "32", "64", "1", "2");
        String body = switch (random.nextInt(8)) {
            case 0 -> "pack(" + n + ")";
            case 1 -> "pack(push, " + n + ")";
            case 2 -> "pack(push)";
            case 3 -> "pack(pop)";
            case 4 -> "pack()";
            case 5 -> "pack(push, ident" + random.nextInt(2) + ", " + n + ")";
            case 6 -> "pack(pop, ident" + random.nextInt(2) + ")";
            default -> "pack (" + n + ")";
        };
        return switch (random.nextInt(4)) {
            case 0 -> "_Pragma(\"" + body + "\")";
            case 1 -> "# pragma " + body;
            default -> "#pragma " + body;
        };
    }

    private void typedef() {
        String name = name("t");
        String base = chance(70) ? pick(intTypes) : pick(types);
        String attr = chance(60) ? " " + attribute().replace("packed", "aligned(" + pick("2", "8", "16") + ")") : "";
        chunks.add("typedef " + base + " " + name + attr + ";");
        types.add(name);
        if (intTypes.contains(base)) {
            intTypes.add(name);
        }
    }

    private void vectorType() {
        String name = name("v");
        String base = pick("int", "char", "short", "float", "double", "long long", "unsigned int");
        int bytes = 1 << (2 + random.nextInt(4));
        chunks.add("typedef " + base + " " + name + " __attribute__((vector_size(" + bytes + ")));");
        types.add(name);
    }

    private void prototypeTag() {
        String tag = name("p");
        chunks.add("void " + name("f") + "(struct " + tag + " { " + pick(intTypes) + " a; " + pick(types) + " b; } *);");
        if (chance(70)) {
            chunks.add("struct " + tag + " { " + pick(intTypes) + " x; };");
            types.add("struct " + tag);
        }
    }

    private void record() {
        String kind = chance(80) ? "struct" : "union";
        String tag = name("s");
        StringBuilder sb = new StringBuilder();
        if (chance(15)) {
            sb.append(pragma()).append('\n');
        }
        sb.append(kind);
        if (chance(20)) {
            sb.append(' ').append(attribute());
        }
        sb.append(' ').append(tag).append(" {\n");
        int members = 1 + random.nextInt(6);
        for (int i = 0; i < members; i++) {
            if (chance(6)) {
                sb.append(pragma()).append('\n');
            }
            sb.append("  ").append(member(i == members - 1 && kind.equals("struct"))).append('\n');
        }
        sb.append('}');
        if (chance(25)) {
            sb.append(' ').append(attribute());
        }
        sb.append(';');
        if (chance(10)) {
            sb.append('\n').append(pragma());
        }
        chunks.add(sb.toString());
        types.add(kind + " " + tag);
    }

    private String member(boolean last) {
        String name = name("m");
        int k = random.nextInt(100);
        if (k < 45) {
            return bitfield(name);
        }
        String type = pick(types);
        String attr = chance(25) ? attribute() : null;
        String array = "";
        if (chance(15)) {
            array = "[" + pick("1", "2", "3", "5", "0", "4 * 2") + "]";
        } else if (last && chance(10)) {
            array = "[]";
        } else if (chance(1)) {
            array = "[" + pick("0x80000000u", "2147483648u", "3000000000u", "(1ul << 32)") + "]";
            type = "char";
        }
        if (type.endsWith("*")) {
            type = type + " ";
        }
        if (k < 52) {
            return pick("struct", "union") + (chance(20) ? " " + attribute() : "") + " { " + bitfield(name("m")) + " "
                    + spaced(pick(types)) + name("m") + "; }" + (chance(50) ? "" : " " + name) + ";";
        }
        if (attr == null) {
            return spaced(type) + name + array + ";";
        }
        return switch (random.nextInt(3)) {
            case 0 -> attr + " " + spaced(type) + name + array + ";";
            case 1 -> spaced(type) + attr + " " + name + array + ";";
            default -> spaced(type) + name + array + " " + attr + ";";
        };
    }

    private static String spaced(String type) {
        return type.endsWith(" ") ? type : type + " ";
    }

    private String bitfield(String name) {
        String type = pick(intTypes);
        int bits = bitsOf(type);
        boolean unnamed = chance(25);
        int width = unnamed && chance(50) ? 0 : 1 + random.nextInt(Math.max(1, bits));
        String attr = chance(30) ? attribute() : null;
        String declarator = (unnamed ? "" : name) + " : " + width;
        if (attr == null) {
            return type + " " + declarator + ";";
        }
        return switch (random.nextInt(3)) {
            case 0 -> type + " " + declarator + " " + attr + ";";
            case 1 -> type + " " + attr + " " + declarator + ";";
            default -> attr + " " + type + " " + declarator + ";";
        };
    }

    private static int bitsOf(String type) {
        for (int i = 0; i < INT_TYPES.length; i++) {
            if (INT_TYPES[i].equals(type)) {
                return INT_BITS[i] < 0 ? 32 : INT_BITS[i];
            }
        }
        return 8;
    }

    private void enumeration() {
        String tag = name("e");
        StringBuilder sb = new StringBuilder("enum ");
        if (chance(20)) {
            sb.append("__attribute__((packed)) ");
        }
        sb.append(tag).append(" { ");
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(name("E"));
            if (chance(70)) {
                sb.append(" = ").append(chance(50) ? bigLiteral() : expression(2));
            }
        }
        sb.append(" }");
        if (chance(10)) {
            sb.append(" __attribute__((packed))");
        }
        sb.append(';');
        chunks.add(sb.toString());
        enums.add("enum " + tag);
        types.add("enum " + tag);
    }

    private String bigLiteral() {
        return pick("0x7fffffff", "0x80000000", "-1", "0xffffffff", "0x100000000", "-2147483649", "0x7fffffffffffffff",
                "0x8000000000000000", "0xffffffffffffffffu", "(1ULL << 63)", "(-9223372036854775807LL - 1)",
                "18446744073709551615u", "0x10000000000000000", "99999999999999999999", "((__int128)1 << 64)",
                "(unsigned __int128)-1", "4294967296", "-128", "255", "256");
    }

    private void macro() {
        String name = name("M");
        String body = chance(8) ? pick("(1 +)", "1 2", "(int", "((", "1 + + ", ")", "sizeof", "(enum)1", "0x", "1e",
                "'ab'", "1 ? 2", "(2, 3)") : expression(3);
        chunks.add("#define " + name + " " + body);
        macros.add(name);
    }

    private String expression(int depth) {
        if (depth == 0 || chance(25)) {
            return atom();
        }
        return switch (random.nextInt(7)) {
            case 0 -> "(" + pick("-", "~", "!", "+") + expression(depth - 1) + ")";
            case 1, 2 -> "(" + expression(depth - 1) + " " + pick("+", "-", "*", "&", "|", "^", "<", ">", "<=", ">=",
                    "==", "!=", "&&", "||") + " " + expression(depth - 1) + ")";
            case 3 -> "(" + expression(depth - 1) + " " + pick("<<", ">>") + " " + random.nextInt(32) + ")";
            case 4 -> "((" + castType() + ")" + expression(depth - 1) + ")";
            case 5 -> "(" + expression(depth - 1) + " ? " + expression(depth - 1) + " : " + expression(depth - 1) + ")";
            default -> "(" + expression(depth - 1) + " " + pick("/", "%") + " " + (1 + random.nextInt(9)) + ")";
        };
    }

    private String castType() {
        if (!enums.isEmpty() && chance(35)) {
            return pick(enums);
        }
        return pick(intTypes);
    }

    private String atom() {
        int k = random.nextInt(10);
        if (k == 0 && !macros.isEmpty()) {
            return pick(macros);
        }
        if (k == 1) {
            return "sizeof(" + pick(types) + ")";
        }
        if (k == 2) {
            return pick("_Alignof", "__alignof__") + "(" + pick(types) + ")";
        }
        if (k == 3) {
            return pick("'a'", "'\\n'", "'\\377'", "'\\x7f'", "'\\0'", "L'a'", "u'x'");
        }
        if (k == 4) {
            return bigLiteral();
        }
        long v = random.nextInt(5) == 0 ? random.nextLong() >>> random.nextInt(64) : random.nextInt(300);
        String digits = switch (random.nextInt(3)) {
            case 0 -> "0x" + Long.toHexString(v);
            case 1 -> v == 0 ? "0" : "0" + Long.toOctalString(v);
            default -> Long.toUnsignedString(v);
        };
        return digits + pick(SUFFIXES);
    }
}
