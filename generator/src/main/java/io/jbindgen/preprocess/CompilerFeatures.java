package io.jbindgen.preprocess;

import java.util.Set;

/** What {@code __has_attribute} and {@code __has_builtin} answer: gcc 12's answers for the common names. */
final class CompilerFeatures {
    private static final Set<String> ATTRIBUTES = Set.of("aligned", "alloc_size", "always_inline", "artificial",
            "cold", "const", "constructor", "deprecated", "designated_init", "destructor", "error", "externally_visible",
            "fallthrough", "flatten", "format", "format_arg", "gnu_inline", "hot", "leaf", "malloc", "may_alias", "mode",
            "no_instrument_function", "noinline", "noipa", "nonnull", "nonstring", "noreturn", "nothrow", "packed",
            "pure", "returns_nonnull", "scalar_storage_order", "section", "sentinel", "transparent_union", "unused",
            "used", "vector_size", "visibility", "warn_unused_result", "warning", "weak", "alias", "access",
            "copy", "no_sanitize", "no_sanitize_address", "no_stack_protector", "optimize", "cleanup", "common",
            "nocommon", "tls_model", "warn_if_not_aligned", "noclone", "no_reorder", "retain", "target",
            "assume_aligned", "alloc_align", "no_split_stack", "naked", "interrupt", "ifunc", "symver", "maybe_unused",
            "nodiscard", "zero_call_used_regs");
    private static final Set<String> BUILTINS = Set.of("__builtin_offsetof", "__builtin_expect", "__builtin_constant_p",
            "__builtin_types_compatible_p", "__builtin_choose_expr", "__builtin_unreachable", "__builtin_trap",
            "__builtin_memcpy", "__builtin_memset", "__builtin_memcmp", "__builtin_strlen", "__builtin_bswap16",
            "__builtin_bswap32", "__builtin_bswap64", "__builtin_clz", "__builtin_ctz", "__builtin_popcount",
            "__builtin_va_start", "__builtin_va_end", "__builtin_va_arg", "__builtin_va_copy",
            "__builtin_object_size", "__builtin_dynamic_object_size", "__builtin_add_overflow",
            "__builtin_sub_overflow", "__builtin_mul_overflow", "__builtin_alloca", "__builtin_huge_val",
            "__builtin_inf", "__builtin_nan", "__builtin_assume_aligned", "__builtin_prefetch", "__has_builtin");
    private static final Set<String> OPERATORS = Set.of("__has_include", "__has_include_next", "__has_attribute",
            "__has_cpp_attribute", "__has_c_attribute", "__has_builtin");

    private CompilerFeatures() {
    }

    static boolean hasAttribute(String name) {
        String n = name.length() > 4 && name.startsWith("__") && name.endsWith("__")
                ? name.substring(2, name.length() - 2) : name;
        return ATTRIBUTES.contains(n);
    }

    static boolean hasBuiltin(String name) {
        return BUILTINS.contains(name);
    }

    /** {@return whether {@code name} is an operator that {@code defined} reports as defined, as gcc 12 does} */
    static boolean isQueryOperator(String name) {
        return OPERATORS.contains(name);
    }
}
