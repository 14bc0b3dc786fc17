package io.jbindgen.eval;

import java.util.List;

/**
 * C constant expressions with their value and type on x86_64 and on i386, as C11 defines them.
 * {@link GccAgreesWithEvalCasesTest} has gcc confirm every row, so the table cannot drift from C.
 */
final class EvalCases {
    private EvalCases() {
    }

    /** One expression: value and type on x86_64 (LP64), then on i386 (ILP32). */
    record Case(String expr, String lp64Value, String lp64Type, String ilp32Value, String ilp32Type) {
    }

    static final List<Case> CASES = List.of(
            new Case("1", "1", "int", "1", "int"),
            new Case("2147483647", "2147483647", "int", "2147483647", "int"),
            new Case("2147483648", "2147483648", "long", "2147483648", "long long"),
            new Case("0x80000000", "2147483648", "unsigned int", "2147483648", "unsigned int"),
            new Case("0xFFFFFFFFFFFFFFFF", "18446744073709551615", "unsigned long",
                    "18446744073709551615", "unsigned long long"),
            new Case("4294967295", "4294967295", "long", "4294967295", "long long"),
            new Case("1u - 2", "4294967295", "unsigned int", "4294967295", "unsigned int"),
            new Case("-1 < 0u", "0", "int", "0", "int"),
            new Case("-1L < 0u", "1", "int", "0", "int"),
            new Case("(unsigned char)300", "44", "unsigned char", "44", "unsigned char"),
            new Case("(signed char)200", "-56", "signed char", "-56", "signed char"),
            new Case("'\\xff'", "-1", "int", "-1", "int"),
            new Case("'\\n' + '\\0' + '\\101'", "75", "int", "75", "int"),
            new Case("sizeof(long)", "8", "unsigned long", "4", "unsigned int"),
            new Case("sizeof(char *)", "8", "unsigned long", "4", "unsigned int"),
            new Case("sizeof 1L", "8", "unsigned long", "4", "unsigned int"),
            new Case("sizeof \"abc\"", "4", "unsigned long", "4", "unsigned int"),
            new Case("sizeof(\"security.\") - 1", "9", "unsigned long", "9", "unsigned int"),
            new Case("sizeof \"ab\" \"cd\"", "5", "unsigned long", "5", "unsigned int"),
            new Case("sizeof(\"a\" \"bc\") * 2", "8", "unsigned long", "8", "unsigned int"),
            new Case("sizeof(L\"ab\")", "12", "unsigned long", "12", "unsigned int"),
            new Case("_Alignof(long long)", "8", "unsigned long", "4", "unsigned int"),
            new Case("__alignof__(long long)", "8", "unsigned long", "8", "unsigned int"),
            new Case("_Alignof(double)", "8", "unsigned long", "4", "unsigned int"),
            new Case("1 << 31", "-2147483648", "int", "-2147483648", "int"),
            new Case("1ULL << 63", "9223372036854775808", "unsigned long long",
                    "9223372036854775808", "unsigned long long"),
            new Case("-1 >> 1", "-1", "int", "-1", "int"),
            new Case("10 / 3 * 3 + 10 % 3", "10", "int", "10", "int"),
            new Case("-5 / 2", "-2", "int", "-2", "int"),
            new Case("-5 % 2", "-1", "int", "-1", "int"),
            new Case("0 ? 1 / 0 : 5", "5", "int", "5", "int"),
            new Case("1 || 1 / 0", "1", "int", "1", "int"),
            new Case("0 && 1 / 0", "0", "int", "0", "int"),
            new Case("0 ? 1 : 2u", "2", "unsigned int", "2", "unsigned int"),
            new Case("1 ? -1 : 0u", "4294967295", "unsigned int", "4294967295", "unsigned int"),
            new Case("1 ? -1 : 0UL", "18446744073709551615", "unsigned long", "4294967295", "unsigned long"),
            new Case("~0u", "4294967295", "unsigned int", "4294967295", "unsigned int"),
            new Case("-2147483648", "-2147483648", "long", "-2147483648", "long long"),
            new Case("077 + 0b101", "68", "int", "68", "int"),
            new Case("100000000000ul", "100000000000", "unsigned long", "100000000000", "unsigned long long"),
            new Case("(short)-1 == (unsigned short)65535", "0", "int", "0", "int"),
            new Case("L'a'", "97", "int", "97", "long"),
            new Case("(unsigned long)-1", "18446744073709551615", "unsigned long", "4294967295", "unsigned long"),
            new Case("!5 + !0", "1", "int", "1", "int"),
            new Case("3 > 2 > 1", "0", "int", "0", "int"),
            new Case("5 & 3 | 8 ^ 1", "9", "int", "9", "int"),
            new Case("0x10UL >> 2", "4", "unsigned long", "4", "unsigned long"),
            new Case("1LLU + 1lu", "2", "unsigned long long", "2", "unsigned long long"),
            new Case("18446744073709551615u", "18446744073709551615", "unsigned long",
                    "18446744073709551615", "unsigned long long"),
            new Case("(int)0xFFFFFFFFu", "-1", "int", "-1", "int"),
            new Case("(_Bool)5 + (_Bool)0", "1", "int", "1", "int"),
            new Case("1L << 20 >> 18", "4", "long", "4", "long"),
            new Case("-1L / 2u", "0", "long", "2147483647", "unsigned long"),
            new Case("(((((((1)))))))+ -(-(2))", "3", "int", "3", "int"),
            new Case("sizeof(unsigned long long int) * 2 - 1", "15", "unsigned long", "15", "unsigned int"));
}
