package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.model.Range;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every reader gives its nodes ranges in the file it was given, with where they start and where they end. */
class NodeRangeTest {

    private static final Path FILE = Path.of("/w/template.yaml").toAbsolutePath();

    @Test
    void jsonNodesNameTheFileAndEnd() throws TreeParseException {
        Node.MapNode root = (Node.MapNode) new JsonTreeReader(TreeLimits.DEFAULT).read(FILE,
                "{\n  \"a\": [1, true],\n  \"b\": \"x\"\n}\n");
        assertThat(root.range()).isEqualTo(new Range(FILE, 1, 1, 4, 2));
        assertThat(root.entry("a").keyRange()).isEqualTo(new Range(FILE, 2, 3, 2, 6));
        assertThat(root.get("a").range()).isEqualTo(new Range(FILE, 2, 8, 2, 17));
        assertThat(root.get("b").range()).isEqualTo(new Range(FILE, 3, 8, 3, 11));
    }

    @Test
    void yamlNodesNameTheFileAndEndOnBothPaths() throws TreeParseException {
        String text = "a:\n  b: !Ref x\nc: [1, 2]\n";
        YamlTreeReader reader = new YamlTreeReader(TreeLimits.DEFAULT);
        for (Node n : new Node[] {reader.read(FILE, text), reader.readWithSnakeYaml(FILE, text)}) {
            Node.MapNode root = (Node.MapNode) n;
            assertThat(root.range()).isEqualTo(new Range(FILE, 1, 1, 4, 1));
            Node.MapNode a = (Node.MapNode) root.get("a");
            assertThat(a.entry("b").keyRange()).isEqualTo(new Range(FILE, 2, 3, 2, 4));
            assertThat(a.get("b").range()).isEqualTo(new Range(FILE, 2, 6, 2, 12));
            assertThat(root.get("c").range()).isEqualTo(new Range(FILE, 3, 4, 3, 10));
        }
    }
}
