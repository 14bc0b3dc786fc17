package io.jbindgen.preprocess;

import io.jbindgen.target.Target;
import io.jbindgen.model.ScalarKind;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The macros gcc 12 predefines for a target in C17 mode ({@code gcc -dM -E - </dev/null}), derived
 * from the target's type table: version and standard macros, {@code __SIZEOF_*__}, limits, the
 * {@code <stdint.h>} types, byte order, data model and the target's architecture macros (which come last
 * and may override a default, e.g. mips's {@code __REGISTER_PREFIX__}).
 */
public final class PredefinedMacros {
    private PredefinedMacros() {
    }

    /** {@return macro name to replacement text, in a stable order} */
    public static Map<String, String> of(Target t) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("__GNUC__", "12");
        m.put("__GNUC_MINOR__", "2");
        m.put("__GNUC_PATCHLEVEL__", "0");
        m.put("__VERSION__", "\"12.2.0\"");
        m.put("__STDC__", "1");
        m.put("__STDC_VERSION__", "201710L");
        m.put("__STDC_HOSTED__", "1");
        m.put("__STDC_UTF_16__", "1");
        m.put("__STDC_UTF_32__", "1");
        m.put("__GNUC_STDC_INLINE__", "1");
        m.put("__NO_INLINE__", "1");
        m.put("__CHAR_BIT__", "8");
        m.put("__USER_LABEL_PREFIX__", "");
        m.put("__REGISTER_PREFIX__", "");
        for (String os : new String[] {"__linux__", "__linux", "__unix__", "__unix", "__gnu_linux__", "__ELF__"}) {
            m.put(os, "1");
        }
        m.put("linux", "1");
        m.put("unix", "1");
        dataModel(t, m);
        sizes(t, m);
        limits(t, m);
        new StdintMacros(t).addTo(m);
        m.putAll(new TreeMap<>(t.archMacros()));
        return m;
    }

    private static void dataModel(Target t, Map<String, String> m) {
        if (t.isLp64()) {
            m.put("__LP64__", "1");
            m.put("_LP64", "1");
        }
        if (!t.charSigned()) {
            m.put("__CHAR_UNSIGNED__", "1");
        }
        m.put("__ORDER_LITTLE_ENDIAN__", "1234");
        m.put("__ORDER_BIG_ENDIAN__", "4321");
        m.put("__ORDER_PDP_ENDIAN__", "3412");
        String order = t.byteOrder() == ByteOrder.LITTLE_ENDIAN ? "__ORDER_LITTLE_ENDIAN__" : "__ORDER_BIG_ENDIAN__";
        m.put("__BYTE_ORDER__", order);
        m.put("__FLOAT_WORD_ORDER__", order);
        m.put("__BIGGEST_ALIGNMENT__", Integer.toString(t.biggestAlignment()));
    }

    private static void sizes(Target t, Map<String, String> m) {
        m.put("__SIZEOF_INT__", size(t, ScalarKind.INT));
        m.put("__SIZEOF_LONG__", size(t, ScalarKind.LONG));
        m.put("__SIZEOF_LONG_LONG__", size(t, ScalarKind.LONG_LONG));
        m.put("__SIZEOF_SHORT__", size(t, ScalarKind.SHORT));
        m.put("__SIZEOF_FLOAT__", size(t, ScalarKind.FLOAT));
        m.put("__SIZEOF_DOUBLE__", size(t, ScalarKind.DOUBLE));
        m.put("__SIZEOF_LONG_DOUBLE__", size(t, ScalarKind.LONG_DOUBLE));
        m.put("__SIZEOF_POINTER__", Integer.toString(t.pointer().size()));
        m.put("__SIZEOF_SIZE_T__", Integer.toString(t.pointer().size()));
        m.put("__SIZEOF_PTRDIFF_T__", Integer.toString(t.pointer().size()));
        m.put("__SIZEOF_WCHAR_T__", "4");
        m.put("__SIZEOF_WINT_T__", "4");
        if (t.scalar(ScalarKind.INT128).isPresent()) {
            m.put("__SIZEOF_INT128__", size(t, ScalarKind.INT128));
        }
    }

    private static void limits(Target t, Map<String, String> m) {
        m.put("__SCHAR_MAX__", "0x7f");
        m.put("__SHRT_MAX__", "0x7fff");
        m.put("__INT_MAX__", "0x7fffffff");
        m.put("__LONG_MAX__", t.isLp64() ? "0x7fffffffffffffffL" : "0x7fffffffL");
        m.put("__LONG_LONG_MAX__", "0x7fffffffffffffffLL");
        m.put("__SHRT_WIDTH__", "16");
        m.put("__INT_WIDTH__", "32");
        m.put("__LONG_WIDTH__", t.isLp64() ? "64" : "32");
        m.put("__LONG_LONG_WIDTH__", "64");
        m.put("__SCHAR_WIDTH__", "8");
    }

    private static String size(Target t, ScalarKind k) {
        return Integer.toString(t.scalar(k).orElseThrow().size());
    }
}
