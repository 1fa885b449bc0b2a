package dev.isolint.core;

import dev.isolint.core.api.ScanResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The labelled corpus of real public files ({@code ../shared/corpus}): every labelled resource gets its
 * expected verdict and line, and every noise file reads without result or error (malformed ones as an
 * error). Skipped when the corpus is not beside the repository.
 */
class CorpusTest {

    /** Formats whose readers are part of this build. */
    static final Set<String> FORMATS = Set.of("cfn-yaml", "cfn-json", "terraform-plan-json", "terraform-hcl");

    private static final Path CORPUS = Scans.ROOT.resolve("../shared/corpus").normalize();

    @TestFactory
    Stream<DynamicTest> labelledResources() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Node.MapNode e : entries()) {
            String path = text(e, "path");
            String format = text(e, "format");
            if (!FORMATS.contains(format) || !(e.get("resources") instanceof Node.SeqNode resources)
                    || resources.items().isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(path, () -> {
                ScanResult r = Scans.scan(CORPUS.resolve(path));
                for (Node item : resources.items()) {
                    Node.MapNode res = (Node.MapNode) item;
                    String id = text(res, "id");
                    List<Finding> found = r.findings().stream()
                            .filter(f -> f.resource().address().replaceAll("\\[[^]]*]", "").equals(id)
                                    || f.resource().address().equals(id))
                            .toList();
                    assertThat(found).as("%s in %s", id, path).isNotEmpty();
                    Verdict worst = found.stream().map(Finding::verdict).min(Comparator.naturalOrder()).orElseThrow();
                    assertThat(worst.name()).as("verdict of %s in %s", id, path).isEqualTo(text(res, "expected"));
                    String line = text(res, "line");
                    if (line != null && !format.equals("terraform-plan-json")) {
                        assertThat(found).as("line of %s", id)
                                .anySatisfy(f -> assertThat(f.resource().location().line()).isEqualTo(Integer.parseInt(line)));
                    }
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noiseFilesGiveNoResultAndNoError() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Node.MapNode e : entries()) {
            if (!"noise".equals(text(e, "set")) || !FORMATS.contains(text(e, "format"))) {
                continue;
            }
            String path = text(e, "path");
            boolean malformed = text(e, "note") != null && text(e, "note").contains("malformed");
            tests.add(DynamicTest.dynamicTest(path, () -> {
                ScanResult r = Scans.scan(CORPUS.resolve(path));
                assertThat(r.findings()).isEmpty();
                if (malformed) {
                    assertThat(r.errors()).isNotEmpty();
                } else {
                    assertThat(r.errors()).isEmpty();
                }
            }));
        }
        return tests.stream();
    }

    private static List<Node.MapNode> entries() throws Exception {
        Path manifest = CORPUS.resolve("manifest.json");
        assumeTrue(Files.exists(manifest), "corpus not present at " + CORPUS);
        Node root = new JsonTreeReader(TreeLimits.DEFAULT).read(manifest, Files.readString(manifest));
        List<Node.MapNode> out = new ArrayList<>();
        for (Node n : ((Node.SeqNode) root).items()) {
            out.add((Node.MapNode) n);
        }
        return out;
    }

    private static String text(Node.MapNode m, String key) {
        return m.get(key) instanceof Node.ScalarNode s ? s.text() : null;
    }
}
