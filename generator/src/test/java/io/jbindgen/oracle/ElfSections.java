package io.jbindgen.oracle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the bytes of named sections of an ELF object with {@code readelf -x} (any ELF machine). */
final class ElfSections {
    private ElfSections() {
    }

    static Map<String, byte[]> read(Path object, List<String> sections) throws IOException, InterruptedException {
        Map<String, byte[]> result = new HashMap<>();
        if (sections.isEmpty()) {
            return result;
        }
        List<String> cmd = new ArrayList<>(List.of("readelf"));
        for (String s : sections) {
            cmd.add("-x");
            cmd.add(s);
        }
        cmd.add(object.toString());
        ProcessRunner.Result r = ProcessRunner.run(cmd, object.getParent());
        String current = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : r.output().split("\n")) {
            if (line.startsWith("Hex dump of section '")) {
                if (current != null) {
                    result.put(current, bytes.toByteArray());
                }
                current = line.substring("Hex dump of section '".length(), line.lastIndexOf('\''));
                bytes.reset();
            } else if (current != null && line.startsWith("  0x") && line.length() > 13) {
                String hex = line.substring(13, Math.min(line.length(), 13 + 35)).replace(" ", "");
                for (int i = 0; i + 1 < hex.length(); i += 2) {
                    bytes.write(Integer.parseInt(hex.substring(i, i + 2), 16));
                }
            }
        }
        if (current != null) {
            result.put(current, bytes.toByteArray());
        }
        return result;
    }
}
