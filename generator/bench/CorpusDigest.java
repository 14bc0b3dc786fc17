import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.Generator;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prints one line per generated file of every header under a directory (each header its own request,
 * Java package derived from its path), for one target: {@code sha256 target header path}, then one
 * line per header with the digest of its diagnostics. Run through {@code digest.sh}; two runs are
 * compared with {@code diff}.
 *
 * <p>{@code CorpusDigest DIR TARGET INCLUDE...} digests every header under {@code DIR};
 * {@code CorpusDigest --uapi TARGET INCLUDE...} every header of the uapi folders ({@code linux},
 * {@code asm}, {@code asm-generic}, {@code drm}, ...), each from the first include directory that has it,
 * named by its include path; {@code CorpusDigest --golden TARGET HEADER} the seed header with {@code enum lguest_req}
 * as a request set, as the golden files are generated.
 */
public final class CorpusDigest {
    private static final List<String> UAPI = List.of("linux", "asm", "asm-generic", "drm", "misc", "mtd", "rdma",
            "scsi", "sound", "video", "xen");

    public static void main(String[] args) throws Exception {
        String target = args[1];
        List<Path> includes = Stream.of(args).skip(2).map(Path::of).toList();
        boolean golden = args[0].equals("--golden");
        Map<Path, String> headers = new LinkedHashMap<>();
        if (golden) {
            headers.put(includes.get(0), includes.get(0).getFileName().toString());
        } else if (args[0].equals("--uapi")) {
            for (String dir : UAPI) {
                Path base = includes.stream().filter(i -> Files.isDirectory(i.resolve(dir))).findFirst().orElse(null);
                if (base != null) {
                    try (Stream<Path> walk = Files.walk(base.resolve(dir))) {
                        walk.filter(p -> p.toString().endsWith(".h")).sorted()
                                .forEach(h -> headers.put(h, base.relativize(h).toString()));
                    }
                }
            }
        } else {
            Path corpus = Path.of(args[0]);
            try (Stream<Path> walk = Files.walk(corpus)) {
                walk.filter(p -> p.toString().endsWith(".h")).sorted()
                        .forEach(h -> headers.put(h, corpus.relativize(h).toString()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Path, String> entry : headers.entrySet()) {
            Path header = entry.getKey();
            String name = entry.getValue();
            GenerationRequest.Builder request = GenerationRequest.builder().header(header)
                    .output(target, "corpus." + name.replaceAll("\\.h$", "").replaceAll("[^A-Za-z0-9]", "_") + "_h");
            if (golden) {
                request.requestEnum("lguest_req");
            } else {
                includes.forEach(request::includeDir);
            }
            GenerationResult result = Generator.generate(request.build());
            for (GeneratedFile file : result.files()) {
                out.append(sha(file.content())).append(' ').append(target).append(' ').append(name).append(' ')
                        .append(file.path()).append('\n');
            }
            StringBuilder diags = new StringBuilder();
            for (Diagnostic d : result.diagnostics()) {
                diags.append(d.format()).append('\n');
            }
            out.append(sha(diags.toString())).append(' ').append(target).append(' ').append(name)
                    .append(" <diagnostics:").append(result.diagnostics().size()).append(">\n");
        }
        System.out.print(out);
    }

    private static String sha(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
