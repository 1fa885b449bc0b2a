package dev.isolint.core.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The labelled plans of the shared corpus ({@code ../shared/corpus}, beside the repository): the six
 * Terraform-made plans get their verdicts <em>and</em> lines (the corpus checker does not compare
 * plan lines), and the 26 real plans without SageMaker models give neither result nor error.
 * Skipped when the corpus is not there.
 */
class PlanCorpusTest {

    private static final Path CORPUS = PlanFixtures.ROOT.resolve("../shared/corpus").normalize();

    private static List<Node.MapNode> entries(String set) throws Exception {
        Path manifest = CORPUS.resolve("manifest.json");
        assumeTrue(Files.isRegularFile(manifest), "shared corpus not present");
        Node root = new JsonTreeReader(TreeLimits.DEFAULT).read(manifest, Files.readString(manifest));
        List<Node.MapNode> out = new ArrayList<>();
        for (Node n : ((Node.SeqNode) root).items()) {
            Node.MapNode e = (Node.MapNode) n;
            if (text(e, "format").equals("terraform-plan-json") && text(e, "set").equals(set)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Node.MapNode m, String key) {
        return m.get(key) instanceof Node.ScalarNode s && s.text() != null ? s.text() : "";
    }

    @Test
    void derivedPlansGetTheirLabelledVerdictsAndLines() throws Exception {
        List<Node.MapNode> derived = entries("derived");
        assertThat(derived).hasSize(6);
        int checked = 0;
        for (Node.MapNode e : derived) {
            Path plan = CORPUS.resolve(text(e, "path"));
            ScanResult result = PlanFixtures.scan(plan);
            assertThat(result.errors()).as(plan.toString()).isEmpty();
            Map<String, Finding> found = PlanFixtures.byAddress(result);
            for (Node r : ((Node.SeqNode) e.get("resources")).items()) {
                Node.MapNode label = (Node.MapNode) r;
                Finding f = found.get(text(label, "id"));
                assertThat(f).as("%s in %s", text(label, "id"), plan).isNotNull();
                assertThat(f.verdict().name()).as(text(label, "id")).isEqualTo(text(label, "expected"));
                assertThat(f.resource().location().line()).as(text(label, "id"))
                        .isEqualTo(Integer.parseInt(text(label, "line")));
                checked++;
            }
            assertThat(found).hasSize(((Node.SeqNode) e.get("resources")).items().size());
        }
        assertThat(checked).isEqualTo(9);
    }

    @Test
    void noisePlansGiveNoResultAndNoError() throws Exception {
        List<Node.MapNode> noise = entries("noise");
        assertThat(noise).hasSize(26);
        for (Node.MapNode e : noise) {
            Path plan = CORPUS.resolve(text(e, "path"));
            ScanResult result = PlanFixtures.scan(plan);
            assertThat(result.findings()).as(plan.toString()).isEmpty();
            assertThat(result.errors()).as(plan.toString()).isEmpty();
            assertThat(result.files()).as("%s is read as a plan", plan).isEqualTo(1);
        }
    }
}
