package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** {@link PlainScalars} decides every plain scalar as SnakeYAML's regular-expression resolver does. */
class PlainScalarsPropertiesTest {

    private static final Resolver RESOLVER = new Resolver();
    private static final String[] PIECES = {
        "0", "1", "5", "7", "8", "9", "+", "-", ".", "_", ":", "e", "E", "x", "X", "b", "B", "o", "O", "a", "f", "A", "F",
        "~", " ", "<", "yes", "Yes", "YES", "yEs", "no", "No", "NO", "nO", "true", "True", "TRUE", "tRUE", "false", "on",
        "On", "ON", "oN", "off", "Off", "OFF", "y", "n", "null", "Null", "NULL", "nULL", ".inf", ".Inf", ".INF", ".iNF",
        ".nan", ".NaN", ".NAN", "<<", "0x", "0b", "12", "59", "60", "2001-12-14", "T", "Z", "\t",
    };

    @Property(tries = 20000)
    void trickyStringsResolveAsSnakeYamlResolvesThem(@ForAll("tricky") String s) {
        assertThat(name(PlainScalars.resolve(s))).as("'%s'", s).isEqualTo(expected(s));
        Statistics.label("type").collect(name(PlainScalars.resolve(s)));
    }

    /** The same strings as values of a one-line template: the whole tree (BigDecimal, Boolean, null) is SnakeYAML's. */
    @Property(tries = 3000)
    void trickyStringsAsValuesGiveSnakeYamlsValues(@ForAll("tricky") String s) {
        Statistics.label("quick path").collect(YamlDifferential.check("k: " + s + "\n", TreeLimits.DEFAULT));
    }

    @Provide
    Arbitrary<String> tricky() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
    }

    @Example
    void everyPlainScalarOfTheCorpusResolvesAsSnakeYamlResolvedIt() {
        List<String> plain = new ArrayList<>();
        for (java.nio.file.Path p : YamlCorpus.files()) {
            try {
                LoaderOptions options = new LoaderOptions();
                options.setMaxAliasesForCollections(Integer.MAX_VALUE);
                collect(new Composer(new ParserImpl(new StreamReader(new StringReader(YamlCorpus.read(p))), options),
                        new Resolver(), options).getSingleNode(), plain);
            } catch (RuntimeException e) {
                // malformed corpus files have no scalars to compare
            }
        }
        assumeTrue(!plain.isEmpty(), "no corpus");
        for (String s : plain) {
            assertThat(name(PlainScalars.resolve(s))).as("'%s'", s).isEqualTo(expected(s));
        }
    }

    @Example
    void numbersLongerThanTheResolversLimitAreText() {
        assertThat(PlainScalars.resolve("1".repeat(1024))).isEqualTo(PlainScalars.INT);
        assertThat(PlainScalars.resolve("1".repeat(1025))).isEqualTo(PlainScalars.STR);
        assertThat(expected("1".repeat(1025))).isEqualTo("str");
        assertThat(PlainScalars.resolve("." + "1".repeat(1024))).isEqualTo(PlainScalars.STR);
        assertThat(expected("." + "1".repeat(1024))).isEqualTo("str");
    }

    /**
     * The plain scalars under {@code root}, each node once (alias bombs share nodes) and without recursion
     * (some test files nest thousands deep).
     */
    private static void collect(org.yaml.snakeyaml.nodes.Node root, List<String> out) {
        ArrayDeque<org.yaml.snakeyaml.nodes.Node> todo = new ArrayDeque<>();
        Set<org.yaml.snakeyaml.nodes.Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            org.yaml.snakeyaml.nodes.Node n = todo.pop();
            if (!seen.add(n)) {
                continue;
            }
            if (n instanceof ScalarNode s && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN) {
                out.add(s.getValue());
            } else if (n instanceof SequenceNode q) {
                q.getValue().forEach(todo::push);
            } else if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            }
        }
    }

    /** SnakeYAML's answer, in the quick reader's terms: a timestamp is text like any other string. */
    private static String expected(String s) {
        Tag t = RESOLVER.resolve(NodeId.scalar, s, true);
        return t.equals(Tag.BOOL) ? "bool" : t.equals(Tag.NULL) ? "null" : t.equals(Tag.INT) ? "int"
                : t.equals(Tag.FLOAT) ? "float" : t.equals(Tag.MERGE) ? "merge" : "str";
    }

    private static String name(int type) {
        switch (type) {
            case PlainScalars.BOOL:
                return "bool";
            case PlainScalars.NULL:
                return "null";
            case PlainScalars.INT:
                return "int";
            case PlainScalars.FLOAT:
                return "float";
            case PlainScalars.MERGE:
                return "merge";
            default:
                return "str";
        }
    }
}
