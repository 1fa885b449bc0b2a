package dev.isolint.core.internal.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares this parser with HashiCorp's own (the {@code hcloracle} dumper built on Debian's
 * hcl/v2, see {@code ../shared/tools/hcloracle}) on every {@code .tf} and {@code .tf.json} file of
 * the shared corpus: the same files are rejected, and accepted files have the same blocks (type,
 * labels, start and end line) and attributes (name, start line) in the same nesting.
 * Runs when {@code ISOLINT_HCLORACLE} (environment or system property) names the oracle binary.
 */
class HclOracleDifferentialTest {

    /** By line, then name: the dumper lists same-line attributes in map order. */
    private static final Comparator<String> ATTRIBUTE_ORDER = Comparator
            .comparingInt((String a) -> Integer.parseInt(a.substring(a.lastIndexOf('@') + 1)))
            .thenComparing(Comparator.naturalOrder());

    @Test
    void blocksAttributesAndRejectionsAgreeWithHashiCorpsParser() throws Exception {
        String oracle = System.getProperty("ISOLINT_HCLORACLE", System.getenv("ISOLINT_HCLORACLE"));
        Assumptions.assumeTrue(oracle != null && Files.isExecutable(Path.of(oracle)), "ISOLINT_HCLORACLE not set");
        Path corpus = Path.of("../../shared/corpus");
        if (!Files.isDirectory(corpus)) {
            corpus = Path.of("../shared/corpus");
        }
        List<Path> files = new ArrayList<>(configurationFiles(Path.of("../testdata/terraform")));
        if (Files.isDirectory(corpus)) {
            files.addAll(configurationFiles(corpus));
        }
        assertThat(files).isNotEmpty();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        int rejected = 0;
        for (int from = 0; from < files.size(); from += 50) {
            List<Path> batch = files.subList(from, Math.min(files.size(), from + 50));
            List<String> cmd = new ArrayList<>();
            cmd.add(oracle);
            batch.forEach(p -> cmd.add(p.toString()));
            Process proc = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            proc.waitFor();
            Node.SeqNode dumped = (Node.SeqNode) new JsonTreeReader(TreeLimits.DEFAULT).read(Path.of(oracle), out);
            for (int i = 0; i < batch.size(); i++) {
                Node.MapNode expected = (Node.MapNode) dumped.items().get(i);
                String got = ours(batch.get(i));
                String want = theirs(expected);
                compared++;
                rejected += want.equals("REJECTED") ? 1 : 0;
                if (!got.equals(want)) {
                    mismatches.add(batch.get(i) + "\n  hcl:    " + want + "\n  isolint: " + got);
                }
            }
        }
        System.out.println("hcloracle: " + compared + " files compared, " + rejected + " rejected by both");
        assertThat(compared - rejected).as("files accepted").isPositive();
        assertThat(mismatches).as("files compared: " + compared).isEmpty();
    }

    private static List<Path> configurationFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tf.json"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
    }

    private static String ours(Path file) throws IOException {
        SourceFile src = SourceFile.read(file);
        if (src.decodeError() != null) {
            return "REJECTED";
        }
        try {
            Body body = file.toString().endsWith(".json")
                    ? TerraformJsonReader.parse(file, src.text(), TreeLimits.DEFAULT)
                    : HclParser.parseFile(file, src.text());
            StringBuilder sb = new StringBuilder();
            for (Block b : body.blocks()) {
                block(sb, b, !file.toString().endsWith(".json"));
            }
            return sb.toString();
        } catch (HclSyntaxException e) {
            return "REJECTED";
        }
    }

    private static void block(StringBuilder sb, Block b, boolean nested) {
        // JSON syntax: HashiCorp's block range is the label key alone, so only the start line compares.
        sb.append('{').append(b.type()).append(b.labels()).append('@').append(b.range().line()).append('-')
                .append(nested ? b.range().endLine() : b.range().line()).append(' ');
        b.body().attributes().stream().map(a -> a.name() + '@' + a.range().line())
                .sorted(ATTRIBUTE_ORDER).forEach(a -> sb.append(a).append(' '));
        if (nested) {
            for (Block inner : b.body().blocks()) {
                block(sb, inner, true);
            }
        }
        sb.append('}');
    }

    private static String theirs(Node.MapNode file) {
        if (file.get("diagnostics") != null) {
            return "REJECTED";
        }
        StringBuilder sb = new StringBuilder();
        for (Node b : ((Node.SeqNode) file.get("blocks")).items()) {
            theirBlock(sb, (Node.MapNode) b);
        }
        return sb.toString();
    }

    private static void theirBlock(StringBuilder sb, Node.MapNode b) {
        List<String> labels = new ArrayList<>();
        if (b.get("labels") instanceof Node.SeqNode ls) {
            ls.items().forEach(l -> labels.add(((Node.ScalarNode) l).text()));
        }
        sb.append('{').append(text(b, "type")).append(labels).append('@').append(text(b, "line")).append('-')
                .append(text(b, "end_line")).append(' ');
        List<String> attributes = new ArrayList<>();
        for (Node a : ((Node.SeqNode) b.get("attributes")).items()) {
            Node.MapNode am = (Node.MapNode) a;
            attributes.add(text(am, "name") + '@' + text(am, "line"));
        }
        attributes.stream().sorted(ATTRIBUTE_ORDER).forEach(a -> sb.append(a).append(' '));
        if (b.get("blocks") instanceof Node.SeqNode inner) {
            inner.items().forEach(i -> theirBlock(sb, (Node.MapNode) i));
        }
        sb.append('}');
    }

    private static String text(Node.MapNode m, String key) {
        return ((Node.ScalarNode) m.get(key)).text();
    }
}
