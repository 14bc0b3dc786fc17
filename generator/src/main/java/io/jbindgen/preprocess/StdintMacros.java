package io.jbindgen.preprocess;

import io.jbindgen.target.Target;
import io.jbindgen.model.ScalarKind;
import java.util.Map;

/**
 * gcc's {@code <stdint.h>} support macros for a target: {@code __INT8_TYPE__}…, {@code __INTMAX_MAX__},
 * {@code __SIZE_TYPE__}, {@code __WCHAR_TYPE__}…, spelled as gcc spells them
 * ({@code long unsigned int}, {@code 0x7fffffffffffffffL}).
 */
final class StdintMacros {
    private final Target target;
    private final boolean lp64;

    StdintMacros(Target target) {
        this.target = target;
        this.lp64 = target.isLp64();
    }

    void addTo(Map<String, String> m) {
        ScalarKind i64 = lp64 ? ScalarKind.LONG : ScalarKind.LONG_LONG;
        ScalarKind ptr = lp64 ? ScalarKind.LONG : ScalarKind.INT;
        ScalarKind fast = lp64 ? ScalarKind.LONG : ScalarKind.INT;
        exact(m, "8", ScalarKind.SIGNED_CHAR);
        exact(m, "16", ScalarKind.SHORT);
        exact(m, "32", ScalarKind.INT);
        exact(m, "64", i64);
        for (String w : new String[] {"8", "16", "32", "64"}) {
            ScalarKind k = switch (w) {
                case "8" -> ScalarKind.SIGNED_CHAR;
                case "16" -> ScalarKind.SHORT;
                case "32" -> ScalarKind.INT;
                default -> i64;
            };
            family(m, "LEAST" + w, k);
            family(m, "FAST" + w, switch (w) {
                case "8" -> ScalarKind.SIGNED_CHAR;
                case "64" -> i64;
                default -> fast;
            });
        }
        family(m, "MAX", i64);
        family(m, "PTR", ptr);
        m.put("__INTMAX_C(c)", "c ## " + suffix(i64));
        m.put("__UINTMAX_C(c)", "c ## U" + suffix(i64));
        m.put("__SIZE_TYPE__", spell(unsigned(ptr)));
        m.put("__SIZE_MAX__", max(unsigned(ptr)));
        m.put("__SIZE_WIDTH__", Integer.toString(width(ptr)));
        m.put("__PTRDIFF_TYPE__", spell(ptr));
        m.put("__PTRDIFF_MAX__", max(ptr));
        m.put("__PTRDIFF_WIDTH__", Integer.toString(width(ptr)));
        wide(m);
    }

    private void exact(Map<String, String> m, String w, ScalarKind k) {
        m.put("__INT" + w + "_TYPE__", spell(k));
        m.put("__UINT" + w + "_TYPE__", spell(unsigned(k)));
        m.put("__INT" + w + "_MAX__", max(k));
        m.put("__UINT" + w + "_MAX__", max(unsigned(k)));
        String sfx = width(k) < 32 ? "" : suffix(k);
        m.put("__INT" + w + "_C(c)", sfx.isEmpty() ? "c" : "c ## " + sfx);
        String usfx = width(k) < 32 ? "" : "U" + suffix(k);
        m.put("__UINT" + w + "_C(c)", usfx.isEmpty() ? "c" : "c ## " + usfx);
    }

    private void family(Map<String, String> m, String name, ScalarKind k) {
        String uname = name.equals("PTR") || name.equals("MAX") ? "__UINT" + name : "__UINT_" + name;
        String sname = name.equals("PTR") || name.equals("MAX") ? "__INT" + name : "__INT_" + name;
        m.put(sname + "_TYPE__", spell(k));
        m.put(uname + "_TYPE__", spell(unsigned(k)));
        m.put(sname + "_MAX__", max(k));
        m.put(uname + "_MAX__", max(unsigned(k)));
        m.put(sname + "_WIDTH__", Integer.toString(width(k)));
    }

    private void wide(Map<String, String> m) {
        ScalarKind wchar = target.wcharType();
        m.put("__WCHAR_TYPE__", spell(wchar));
        m.put("__WCHAR_MAX__", max(wchar));
        m.put("__WCHAR_MIN__", wchar.isUnsigned() ? "0U" : "(-__WCHAR_MAX__ - 1)");
        m.put("__WCHAR_WIDTH__", "32");
        m.put("__WINT_TYPE__", "unsigned int");
        m.put("__WINT_MAX__", "0xffffffffU");
        m.put("__WINT_MIN__", "0U");
        m.put("__WINT_WIDTH__", "32");
        m.put("__CHAR16_TYPE__", "short unsigned int");
        m.put("__CHAR32_TYPE__", "unsigned int");
    }

    private int width(ScalarKind k) {
        return target.scalar(k).orElseThrow().size() * 8;
    }

    private String max(ScalarKind k) {
        int w = width(k);
        int hexDigits = w / 4;
        String digits = k.isUnsigned() ? "f".repeat(hexDigits) : "7" + "f".repeat(hexDigits - 1);
        return "0x" + digits + (w < 32 ? "" : suffix(k));
    }

    private static String suffix(ScalarKind k) {
        return switch (k) {
            case LONG -> "L";
            case UNSIGNED_LONG -> "UL";
            case LONG_LONG -> "LL";
            case UNSIGNED_LONG_LONG -> "ULL";
            case UNSIGNED_INT -> "U";
            default -> "";
        };
    }

    private static ScalarKind unsigned(ScalarKind k) {
        return switch (k) {
            case SIGNED_CHAR, CHAR -> ScalarKind.UNSIGNED_CHAR;
            case SHORT -> ScalarKind.UNSIGNED_SHORT;
            case INT -> ScalarKind.UNSIGNED_INT;
            case LONG -> ScalarKind.UNSIGNED_LONG;
            case LONG_LONG -> ScalarKind.UNSIGNED_LONG_LONG;
            default -> k;
        };
    }

    /** gcc's spelling: {@code long unsigned int}, {@code short int}, {@code signed char}. */
    private static String spell(ScalarKind k) {
        return switch (k) {
            case SIGNED_CHAR -> "signed char";
            case UNSIGNED_CHAR -> "unsigned char";
            case SHORT -> "short int";
            case UNSIGNED_SHORT -> "short unsigned int";
            case INT -> "int";
            case UNSIGNED_INT -> "unsigned int";
            case LONG -> "long int";
            case UNSIGNED_LONG -> "long unsigned int";
            case LONG_LONG -> "long long int";
            case UNSIGNED_LONG_LONG -> "long long unsigned int";
            default -> k.spelling();
        };
    }
}
