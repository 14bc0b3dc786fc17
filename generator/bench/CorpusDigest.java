import io.jbindgen.GenerationRequest;
import io.jbindgen.GenerationResult;
import io.jbindgen.Generator;
import io.jbindgen.diag.Diagnostic;
import io.jbindgen.output.GeneratedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints one line per generated file of every header under a directory (each header its own request,
 * Java package derived from its path), for one target: {@code sha256 target header path}, then one
 * line per header with the digest of its diagnostics. Run through {@code digest.sh}; two runs are
 * compared with {@code diff}.
 */
public final class CorpusDigest {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        String target = args[1];
        List<Path> includes = Stream.of(args).skip(2).map(Path::of).toList();
        List<Path> headers;
        try (Stream<Path> walk = Files.walk(corpus)) {
            headers = walk.filter(p -> p.toString().endsWith(".h")).sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path header : headers) {
            String name = corpus.relativize(header).toString();
            GenerationRequest.Builder request = GenerationRequest.builder().header(header)
                    .output(target, "corpus." + name.replaceAll("\\.h$", "").replaceAll("[^A-Za-z0-9]", "_") + "_h");
            includes.forEach(request::includeDir);
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
