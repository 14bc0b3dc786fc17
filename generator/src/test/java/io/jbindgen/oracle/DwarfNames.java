package io.jbindgen.oracle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records, member paths and enumerators one header declares, read from the DWARF gcc writes for
 * it ({@code -g -gdwarf-4 -fno-eliminate-unused-debug-types}, so that unused types are kept), as
 * {@code readelf -wi -wl} prints it: jbindgen has no part in this list.
 */
final class DwarfNames {
    private static final Pattern DIE = Pattern.compile("^\\s*<(\\d+)><([0-9a-f]+)>: Abbrev Number: (\\d+)(?: \\((DW_TAG_\\w+)\\))?");
    private static final Pattern ATTR = Pattern.compile("^\\s*<[0-9a-f]+>\\s+(DW_AT_\\w+)\\s*: ?(.*)$");
    private static final Pattern FILE = Pattern.compile("^\\s+(\\d+)\\t(\\d+)\\t\\S+\\t\\S+\\t(.+)$");
    private static final Pattern DIR = Pattern.compile("^\\s+(\\d+)\\t(/.*)$");

    /**
     * A record C can name.
     *
     * @param names its spellings: {@code struct tag}, and every typedef name of it
     * @param members every member path ({@code a}, members of anonymous members, {@code m.x} for a named
     *     member of anonymous type)
     */
    record Rec(Set<String> names, List<String> members) {
    }

    /**
     * What the header declares.
     *
     * @param records the nameable complete records
     * @param enumerators every enumerator
     */
    record Names(List<Rec> records, List<String> enumerators) {
    }

    /** One debugging information entry. */
    private static final class Die {
        final long offset;
        final String tag;
        final Map<String, String> attrs = new HashMap<>();
        final List<Die> children = new ArrayList<>();

        Die(long offset, String tag) {
            this.offset = offset;
            this.tag = tag;
        }

        String name() {
            String v = attrs.get("DW_AT_name");
            if (v == null) {
                return null;
            }
            int at = v.lastIndexOf("): ");
            return (v.startsWith("(") && at >= 0 ? v.substring(at + 3) : v).strip();
        }

        Long type() {
            String v = attrs.get("DW_AT_type");
            return v == null ? null : Long.parseLong(v.replaceAll("[<>]|0x", "").strip(), 16);
        }

        String file() {
            String v = attrs.get("DW_AT_decl_file");
            return v == null ? null : v.strip().split("\\s+")[0];
        }

        boolean isRecord() {
            return tag.equals("DW_TAG_structure_type") || tag.equals("DW_TAG_union_type");
        }
    }

    private final Map<Long, Die> byOffset = new HashMap<>();
    private final List<Die> top = new ArrayList<>();

    private DwarfNames(String readelf) {
        List<Die> stack = new ArrayList<>();
        Die current = null;
        for (String line : readelf.split("\n")) {
            Matcher d = DIE.matcher(line);
            if (d.find()) {
                int depth = Integer.parseInt(d.group(1));
                while (stack.size() > depth) {
                    stack.removeLast();
                }
                if (d.group(4) == null) {
                    current = null;
                    continue;
                }
                current = new Die(Long.parseLong(d.group(2), 16), d.group(4));
                byOffset.put(current.offset, current);
                if (depth == 1) {
                    top.add(current);
                } else if (depth > 1 && stack.size() == depth) {
                    stack.getLast().children.add(current);
                }
                stack.add(current);
                continue;
            }
            Matcher a = ATTR.matcher(line);
            if (current != null && a.matches()) {
                current.attrs.put(a.group(1), a.group(2));
            }
        }
    }

    /** {@return the names declared in {@code header}, from {@code readelf -wi -wl} output of a unit that includes it} */
    static Names read(String readelf, Path header) {
        DwarfNames dwarf = new DwarfNames(readelf);
        Set<String> mainFiles = mainFileNumbers(readelf, header);
        Map<Long, List<String>> typedefs = new HashMap<>();
        for (Die d : dwarf.top) {
            if (d.tag.equals("DW_TAG_typedef") && d.type() != null && d.name() != null) {
                typedefs.computeIfAbsent(d.type(), k -> new ArrayList<>()).add(d.name());
            }
        }
        List<Rec> records = new ArrayList<>();
        List<String> enumerators = new ArrayList<>();
        for (Die d : dwarf.top) {
            if (!mainFiles.contains(d.file()) || d.attrs.containsKey("DW_AT_declaration")) {
                continue;
            }
            if (d.isRecord()) {
                Set<String> names = new LinkedHashSet<>();
                if (d.name() != null) {
                    names.add((d.tag.equals("DW_TAG_union_type") ? "union " : "struct ") + d.name());
                }
                names.addAll(typedefs.getOrDefault(d.offset, List.of()));
                if (!names.isEmpty()) {
                    List<String> members = new ArrayList<>();
                    dwarf.members(d, "", members, 0);
                    records.add(new Rec(names, members));
                }
            } else if (d.tag.equals("DW_TAG_enumeration_type")) {
                d.children.stream().filter(c -> c.tag.equals("DW_TAG_enumerator")).map(Die::name).forEach(enumerators::add);
            }
        }
        return new Names(records, enumerators);
    }

    private void members(Die record, String prefix, List<String> out, int depth) {
        for (Die m : record.children) {
            if (!m.tag.equals("DW_TAG_member") || depth > 64) {
                continue;
            }
            Die type = unqualified(m.type());
            if (m.name() == null) {
                if (type != null && type.isRecord()) {
                    members(type, prefix, out, depth + 1);
                }
                continue;
            }
            out.add(prefix + m.name());
            if (type != null && type.isRecord() && type.name() == null) {
                members(type, prefix + m.name() + ".", out, depth + 1);
            }
        }
    }

    /** {@return the type at {@code offset} without its const/volatile qualifiers (not through typedefs)} */
    private Die unqualified(Long offset) {
        Die t = offset == null ? null : byOffset.get(offset);
        while (t != null && (t.tag.equals("DW_TAG_const_type") || t.tag.equals("DW_TAG_volatile_type"))) {
            t = t.type() == null ? null : byOffset.get(t.type());
        }
        return t;
    }

    /** {@return the line-table file numbers that denote {@code header}} */
    private static Set<String> mainFileNumbers(String readelf, Path header) {
        Map<String, String> dirs = new HashMap<>();
        Set<String> numbers = new LinkedHashSet<>();
        String section = "";
        for (String line : readelf.split("\n")) {
            if (line.contains("The Directory Table")) {
                section = "dirs";
                continue;
            }
            if (line.contains("The File Name Table")) {
                section = "files";
                continue;
            }
            if (line.isBlank()) {
                section = "";
                continue;
            }
            Matcher dm = DIR.matcher(line);
            Matcher fm = FILE.matcher(line);
            if (section.equals("dirs") && dm.matches()) {
                dirs.put(dm.group(1), dm.group(2));
            } else if (section.equals("files") && fm.matches()) {
                String name = fm.group(3).strip();
                Path p = name.startsWith("/") ? Path.of(name) : Path.of(dirs.getOrDefault(fm.group(2), "/nonexistent"), name);
                if (p.normalize().equals(header.toAbsolutePath().normalize())) {
                    numbers.add(fm.group(1));
                }
            }
        }
        return numbers;
    }
}
