package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.isolint.core.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every YAML file of the corpus, {@code testdata/} and core's test resources read both ways: the quick
 * reader's tree is SnakeYAML's, and the quick reader actually takes nearly every CloudFormation template
 * (so that it cannot silently stop being used).
 */
class QuickYamlReaderCorpusTest {

    @Test
    void everyFileReadsAsSnakeYamlReadsIt() {
        List<Path> files = YamlCorpus.files();
        assertThat(files).isNotEmpty(); // testdata alone has YAML files
        int quick = 0;
        for (Path p : files) {
            if (YamlDifferential.check(YamlCorpus.read(p), TreeLimits.DEFAULT)) {
                quick++;
            }
        }
        System.out.printf("quick YAML reader: %d of %d YAML files%n", quick, files.size());
        assertThat(quick).isPositive();
    }

    @Test
    void nearlyEveryCorpusCloudFormationYamlTemplateTakesTheQuickPath() throws Exception {
        Path manifest = YamlCorpus.CORPUS.resolve("manifest.json");
        assumeTrue(Files.isRegularFile(manifest), "corpus not found at " + YamlCorpus.CORPUS);
        Node.SeqNode entries = (Node.SeqNode) new JsonTreeReader(TreeLimits.DEFAULT).read(manifest, Files.readString(manifest));
        Set<String> left = new TreeSet<>();
        List<Path> templates = new ArrayList<>();
        for (Node e : entries.items()) {
            Node.MapNode entry = (Node.MapNode) e;
            if ("cfn-yaml".equals(text(entry, "format"))) {
                templates.add(YamlCorpus.CORPUS.resolve(text(entry, "path")));
            }
        }
        for (Path p : templates) {
            if (!YamlDifferential.check(YamlCorpus.read(p), TreeLimits.DEFAULT)) {
                left.add(Scans.ROOT.relativize(p).toString());
            }
        }
        int quick = templates.size() - left.size();
        System.out.printf("quick YAML reader: %d of %d corpus CloudFormation YAML templates (%.1f %%); left to SnakeYAML: %s%n",
                quick, templates.size(), 100.0 * quick / templates.size(), left);
        assertThat(quick * 100).as("templates on the quick path, left: %s", left).isGreaterThanOrEqualTo(90 * templates.size());
    }

    private static String text(Node.MapNode m, String key) {
        Node v = m.get(key);
        return v instanceof Node.ScalarNode s ? s.text() : null;
    }
}
