package io.jbindgen.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutation of real headers ({@code /usr/include/linux}): a few line-level edits that change layouts
 * (pack pragmas before records, packed/aligned attributes on record ends and members, member types
 * swapped, members turned into bit-fields, zero-width bit-fields inserted). The header's lines are the
 * chunks the minimiser removes.
 */
final class HeaderMutator {
    private static final Pattern MEMBER = Pattern.compile("^(\\s+)(__[us](8|16|32|64)|int|unsigned int|char|long)\\s+(\\w+);(.*)$");
    private static final Pattern RECORD_END = Pattern.compile("^};\\s*$");
    private static final Pattern RECORD_START = Pattern.compile("^(struct|union) \\w+ \\{\\s*$");
    private static final String[] WORDS = {"__u8", "__u16", "__u32", "__u64", "__s8", "__s16", "__s32", "__s64"};

    private HeaderMutator() {
    }

    /** {@return the lines of {@code text} after a few random mutations (the same seed, the same edits)} */
    static List<String> mutate(String text, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(lines.size());
            for (int probe = 0; probe < lines.size(); probe++) {
                int i = (at + probe) % lines.size();
                String edited = edit(lines.get(i), random);
                if (edited != null) {
                    lines.set(i, edited);
                    break;
                }
            }
        }
        return lines;
    }

    private static String edit(String line, Random random) {
        if (RECORD_START.matcher(line).matches()) {
            return switch (random.nextInt(3)) {
                case 0 -> "#pragma pack(" + (1 << random.nextInt(4)) + ")\n" + line;
                case 1 -> "#pragma pack(push, " + (1 << random.nextInt(3)) + ")\n" + line;
                default -> line.replaceFirst(" ", " __attribute__((packed)) ");
            };
        }
        if (RECORD_END.matcher(line).matches()) {
            return switch (random.nextInt(3)) {
                case 0 -> "} __attribute__((packed));";
                case 1 -> "} __attribute__((aligned(" + (1 << random.nextInt(6)) + ")));";
                default -> "};\n#pragma pack(pop)";
            };
        }
        Matcher m = MEMBER.matcher(line);
        if (m.matches()) {
            String indent = m.group(1);
            String type = m.group(2);
            String name = m.group(4);
            return switch (random.nextInt(5)) {
                case 0 -> indent + WORDS[random.nextInt(WORDS.length)] + " " + name + ";" + m.group(5);
                case 1 -> indent + type + " " + name + " : " + (1 + random.nextInt(8)) + ";" + m.group(5);
                case 2 -> line + "\n" + indent + "int : 0;";
                case 3 -> indent + type + " " + name + " __attribute__((aligned(" + (1 << random.nextInt(5)) + ")));";
                default -> indent + type + " " + name + " __attribute__((packed));";
            };
        }
        return null;
    }
}
