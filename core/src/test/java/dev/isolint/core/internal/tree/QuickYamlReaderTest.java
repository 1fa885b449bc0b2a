package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.isolint.core.model.Range;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The quick reader's subset, construct by construct: what it reads (exactly as SnakeYAML) and what it leaves. */
class QuickYamlReaderTest {

    private static final Path FILE = YamlDifferential.FILE;

    /** Documents in the subset: the quick reader must answer, with SnakeYAML's tree. */
    private static final List<String> QUICK = List.of(
            "a: b\n",
            "a: b",
            "a:\n",
            "a:",
            "a:    # nothing\nb: 1\n",
            "a   : b\n",
            "\"a\": b\n'c' : d\n",
            "Fn::Sub: arn:${AWS::Partition}:s3:::${Bucket}/* # comment\nUrl: http://x.y/z?q=1#frag\n",
            "a: b#c\n",
            "a: 'it''s' # c\nb: \"tab\\there \\\"q\\\" \\x41\\u263A\\U0001F600 \\e\\0\\N\\_\\L\\P\\ \"\n",
            "a: \"line\n  folded\n\n  and kept\"\nb: 'x\n\n\n  y'\n",
            "a: \"escaped \\\n    break\"\n",
            "a:\n  b:\n    c: 1\n  d: [x, y]\ne: {f: g, 'h': \"i\"}\n",
            "a:\n- x\n- y\nb: z\n",
            "a:\n  - x\n  -\n  - - y\n    - z\n  - k: v\n    l: w\n",
            "-   a: 1\n    b: 2\n-\n  c: 3\n- - - deep\n",
            "Name: !Sub\n- '${A}-x'\n- {A: !Ref B}\nOther: 1\n",
            "Value: !If [Cond, !Ref X, !Ref \"AWS::NoValue\"]\nAz: !Select [0, !GetAZs '']\nArn: !GetAtt R.Arn\n",
            "Body: !Base64\n  Fn::Sub: |\n    #!/bin/bash\n    echo ${X}\n",
            "T: !Foo\nU: !Bar\n  - 1\n",
            "a: |\n  keep\n\n  lines\n\nb: >\n  folded\n  text\n\n  para\n    more\n  end\nc: |-\n  s\nd: >+\n  k\n\n",
            "a: |2\n    two extra\n  base\nb: >1-\n  x\n",
            "- |\n x\n- >\n\n  y\n",
            "|\n  root literal\n",
            "a: |\n",
            "a: >\n\n\n",
            "a: [b,\n  c, # comment\n  [d, e],\n  {f: g}\n  ]\n",
            "a: {\"k\":\"v\", 'l': [1, 2.5, -3, 0x1F, 012, .inf, 1:30, yes, No, ~, null, '']}\n",
            "a: [a, b, ]\nb: {c: d,}\n",
            "a: [x\n  y, z]\n",
            "Description: This template creates\n  a stack, with a\n\n  second paragraph\nNext: 1\n",
            "- multi\n  line\n-  again\n",
            "a:\n- b\n c\n",
            "plain root\nscalar\n",
            "a: 1\nb: 1.5\nc: -2e3\nd: 1_000\ne: 0b101\nf: true\ng: Off\nh: ~\ni: 2001-12-14\nj: <<\nk: .NaN\n",
            "'<<': a\n",
            "# head\n\n---\n# after\na: b\n...\n# tail\n",
            "--- # start\na: b\n... # end\n...\n",
            "\uFEFFa: b\n",
            "\uFEFF---\na: é\nb: 日本語\n",
            "a: b\r\nc:\r\n  - d\r\n  - |\r\n    e\r\n    f\r\n",
            "a:    \nb: c   \n",
            "a: b\t# tab then comment\nc\t: d\n",
            "a: x\ty\n",
            "  indented: root\n  second: key\n",
            "[a, b]\n",
            "{a: b}\n",
            "a: ---x\nb: ...\nc: -x\nd: ?x\ne: :x\n",
            "a:\n  !T\n  b: c\n");

    /** Documents outside the subset (or malformed): the quick reader must leave them to SnakeYAML. */
    private static final List<String> LEFT = List.of(
            "",
            "# only a comment\n",
            "---\n",
            "a: &x 1\nb: *x\n",
            "a: &m {k: v}\nb:\n  <<: *m\n",
            "a: !!str 1\n",
            "%YAML 1.1\n---\na: b\n",
            "? a\n: b\n",
            "a:\n\tb: c\n",
            "a: b\n---\nc: d\n",
            "a: 1\na: 2\n",
            "{a: 1, a: 2}\n",
            "a: [b: c]\n",
            "a: ! b\n",
            "a: !<tag:x> b\n",
            "a: !x!y b\n",
            "a: !F%20 b\n",
            "a: b: c\n",
            "a: - b\n",
            "a: 'unterminated\n",
            "a: \"bad \\q escape\"\n",
            "a: b\n  c: d\n",
            "a: |0\n  x\n",
            "a: {b}\n",
            "a: {b: }\n",
            "a: [,]\n",
            "a: \"x\"\tb\n",
            "a: `x`\n",
            "a: @x\n",
            "a: b\u2028c\n",
            "a: b\rc\n",
            "a: \u0001\n",
            "a: \uD83D\uDE00\n",
            "- a\nb: c\n",
            "[a, b]: c\n",
            "a\n: b\n",
            "a: [b\n---\n]\n");

    /** Near misses and corners of each construct: whichever reader takes them, the trees agree. */
    private static final List<String> CORNERS = List.of(
            "a: \"x\n---\n y\"\n", "a: 'x\n... \n y'\n", "a: b\n---\n", "a: b\n--- \n", "a: b\n---x\n",
            "a: b\n ---\n", "- a\n  ---\n", "a:\n  b\n  ---\n", "...\n", "a\n...\n", "a\n...x\n", "a\n---x\n",
            "a: [b,\n---\n]\n", "a: |\n  x\n---\n", "a: |\n---\n", "a: !Ref#x\n", "a: !Ref\tx\n", "a: !Ref\n",
            "!Ref\n", "!Ref", "a: !Ref", "a: |", "a: >-", "a: |\n  x", "a: |+\n  x\n\n", "a: |+\n  x\n\n  ",
            "a: >\n  a\n  b\n\n  c\n   d\n  e\n", "- >\n    a\n   b\n", "a: 'x' #c\n", "a: 'x'#c\n", "a: [x]#c\n",
            "a: x #c\n  d\n", "a: x\n  #c\n  d\n", "a:\n  x\n  y\n", "- x\n -y\n", "- x\n  -y\n", "a: 1\n b: 2\n",
            "a:\n - 1\n - 2\n", "a:\n- 1\n - 2\n", " a: 1\nb: 2\n", "a: {b: c}d\n", "a: [b]:\n", "a: \"b\":\n",
            "{a: [b, {c: d}], e: 'f'}", "[a, [b, [c]]]", "a: [\n]\n", "a: {\n}\n", "- [\n  a\n  ]\n", "a: [b\n]\n",
            "a: [b\n c]\n", "a: [b\n:c]\n", "a: [b\n ?c]\n", "a: {b\n: c}\n", "a: {'b'\n: c}\n", "a: {? b : c}\n",
            "a: [? b]\n", "a: [- b]\n", "a: ['b', \"c\"]\n", "a: [b c, d  e]\n", "a: [b\tc]\n", "a: [b\t, c]\n",
            "a: [b #c\n , d]\n", "a: [b, #c\n d]\n", "a: [b,#c\n d]\n", "a: x\n\t\n", "a: x\n \t\n",
            "a: |\n  x\n\t\n", "a: |\n  x\n  \ty\n", "a: |\n  \tx\n", "a:\tb\n", "a :b\n", "a: b :c\n", "a: b:c\n",
            "- a:b\n", "k: 12:30:00\n", "k: 1_2:3\n", "k: -0\n", "k: +.5\n", "k: 0.\n", "k: 1e5\n", "k: 1E+5\n",
            "k: 1.0e-5\n", "k: 123456789012345678901234567890\n", "k: 0o17\n", "k: 00\n", "k: 0_\n",
            "k: 1e99999999999\n", "k: ._\n", "k: -._\n", "k: 1_.e5\n", "k: ~x\n", "k: nul\n", "k: yES\n", "k: <<<\n",
            "<<: x\n", "<<:\n", "\"<<\": x\n", "a: \"\\U0010FFFF\"\n", "a: \"\\U00110000\"\n", "a: \"\\uDFFF\"\n",
            "a: \"\\x\"\n", "a: \"\\\"\n", "a: 'it''s'''\n", "a: ''''\n", "a: '''\n", "a: \"\n\"\n", "a: \"\n\n\"\n",
            "a: \" \n \"\n", "a: \"x \\\n  y\"\n", "a: \"x\\\n\n  y\"\n", "a: \"x\\\r\n  y\"\r\n", "a:\r\n- b\r\n",
            "a: |\r\n  x\r\n\r\n  y\r\n", "a: >\r\n  x\r\n  y\r\n", "\uFEFF", "\uFEFF# c\n", "\uFEFF- a\n",
            "\uFEFF[a]", "\uFEFF|\n x\n", "a: \uFEFF\n", "-\n", "- \n- \n", "-\n-\n  x\n", "- - -\n",
            "- - - a\n  - b\n- c\n", "-\n  - a\n", "- a: 1\n  b:\n  - c\n  - d\n- e\n", "- a:\n  - b\n- c\n",
            "a:\n  b:\n  - c\n  d: e\n", "a:\n  - b\n  c: d\n", "a: b\n\n\n\n", "\n\n\na: b",
            "# c\n# d\na: b # e\n# f", "a: &\n", "a: *\n", "a: b&c\n", "a: b*c\n", "a: !\n", "a: !!\n", "a: !a!\n",
            "a: !<x>\n", "a: ![x]\n", "a: !x]\n", "[!x]\n", "[!x, y]\n", "[!x\n , y]\n", "{!x : y}\n", "{x: !y}\n",
            "{x: !y }\n", "[!Ref a, !Ref 'b', !Sub \"c\", !If [d, e]]\n");

    @TestFactory
    Stream<DynamicTest> constructsInTheSubsetGiveSnakeYamlsTree() {
        return QUICK.stream().map(text -> DynamicTest.dynamicTest("quick: " + YamlDifferential.show(text),
                () -> assertThat(YamlDifferential.check(text, TreeLimits.DEFAULT)).as("taken by the quick reader").isTrue()));
    }

    @TestFactory
    Stream<DynamicTest> everythingElseIsLeftToSnakeYaml() {
        return LEFT.stream().map(text -> DynamicTest.dynamicTest("left: " + YamlDifferential.show(text),
                () -> assertThat(QuickYamlReader.read(FILE, text, TreeLimits.DEFAULT)).isNull()));
    }

    @TestFactory
    Stream<DynamicTest> cornersAgree() {
        return CORNERS.stream().map(text -> DynamicTest.dynamicTest("corner: " + YamlDifferential.show(text),
                () -> YamlDifferential.check(text, TreeLimits.DEFAULT)));
    }

    /** Around the depth limit, in flow and block style: the quick reader neither overflows nor accepts too deep. */
    @Test
    void documentsAroundTheDepthLimitAgree() {
        for (int d : new int[] {100, 499, 500, 501, 3000}) {
            StringBuilder block = new StringBuilder();
            for (int i = 0; i < d; i++) {
                block.append(" ".repeat(i)).append("k:\n");
            }
            block.append(" ".repeat(d)).append("v\n");
            // the innermost node is at depth d - 1 in the first document, at depth d in the others
            List<String> texts = List.of("[".repeat(d) + "]".repeat(d), "{a: ".repeat(d) + "b" + "}".repeat(d),
                    block.toString(), "- ".repeat(d) + "x\n");
            for (int i = 0; i < texts.size(); i++) {
                int deepest = i == 0 ? d - 1 : d;
                assertThat(YamlDifferential.check(texts.get(i), TreeLimits.DEFAULT)).as("document %d at depth %d", i, d)
                        .isEqualTo(deepest <= TreeLimits.DEFAULT.maxDepth());
            }
        }
    }

    @Test
    void valuesAreTheConvertersValues() throws TreeParseException {
        Node.MapNode m = (Node.MapNode) QuickYamlReader.read(FILE, 
                "a: 1.50\nb: yes\nc: ~\nd: 0x1F\ne: '1'\nf: !Ref 2\ng:\n", TreeLimits.DEFAULT);
        assertThat(((Node.ScalarNode) m.get("a")).value()).isEqualTo(new BigDecimal("1.50"));
        assertThat(((Node.ScalarNode) m.get("b")).value()).isEqualTo(Boolean.TRUE);
        assertThat(((Node.ScalarNode) m.get("c")).value()).isNull();
        assertThat(((Node.ScalarNode) m.get("d")).value()).isEqualTo("0x1F");
        assertThat((Node.ScalarNode) m.get("e")).isEqualTo(new Node.ScalarNode("1", true, new Range(FILE, 5, 4, 5, 7), null));
        assertThat((Node.ScalarNode) m.get("f")).isEqualTo(new Node.ScalarNode("2", false, new Range(FILE, 6, 4, 6, 10), "!Ref"));
        assertThat((Node.ScalarNode) m.get("g")).isEqualTo(new Node.ScalarNode(null, false, new Range(FILE, 7, 3, 7, 3), null));
        assertThat(m.range()).isEqualTo(new Range(FILE, 1, 1, 8, 1));
    }

    @Test
    void limitsAreLeftToSnakeYamlButStringLength() throws TreeParseException {
        String text = "a:\n  b:\n    c: [d, e]\n";
        assertThat(QuickYamlReader.read(FILE, text, new TreeLimits(4, 6, 1, text.length()))).isNotNull(); // d and e are at depth 4
        assertThat(QuickYamlReader.read(FILE, text, new TreeLimits(3, 6, 1, text.length()))).isNull(); // depth
        assertThat(QuickYamlReader.read(FILE, text, new TreeLimits(4, 5, 1, text.length()))).isNull(); // nodes
        assertThat(QuickYamlReader.read(FILE, text, new TreeLimits(4, 6, 1, text.length() - 1))).isNull(); // document size
        TreeLimits noStrings = new TreeLimits(4, 6, 0, text.length());
        assertThatThrownBy(() -> QuickYamlReader.read(FILE, text, noStrings)).isInstanceOfSatisfying(TreeParseException.class,
                e -> assertThat(e.getMessage() + " @" + e.line() + ":" + e.column())
                        .isEqualTo("a string is longer than 0 characters (--limit string-length=…) @3:9"));
        assertThat(YamlDifferential.check(text, noStrings)).isTrue();
    }

    /**
     * A value over {@code string-length} is the quick reader's own error, at the node's start as SnakeYAML's
     * converter reports it (the tag's place for a tagged value); keys are no values, and a single pair is left.
     */
    @TestFactory
    Stream<DynamicTest> tooLongValuesAreRejectedWhereSnakeYamlRejectsThem() {
        TreeLimits five = new TreeLimits(500, 1000, 5, 1000);
        Map<String, String> rejected = new LinkedHashMap<>();
        rejected.put("a: abcdef\n", "1:4");
        rejected.put("a: \"abc\n  def\"\n", "1:4");
        rejected.put("a: 'abc''de'\n", "1:4");
        rejected.put("a: abc\n  def\n", "1:4");
        rejected.put("a: !Ref abcdef\n", "1:4");
        rejected.put("a:\n- x\n- |\n  abc\n  def\n", "3:3");
        rejected.put("a: !Sub >-\n  abc\n  def\n", "1:4");
        rejected.put("a: [x, 'abcdef']\n", "1:8");
        rejected.put("a: {k: !Ref abcdef}\n", "1:8");
        rejected.put("a: [!Ref\n  abcdef]\n", "1:5");
        rejected.put("abcdefgh: [x, abcdef]\n", "1:15");
        rejected.put("a: abcdef\nb: !F%20 c\n", "1:4"); // SnakeYAML fails with an exception of its own on the tag
        List<DynamicTest> tests = new java.util.ArrayList<>();
        rejected.forEach((text, at) -> tests.add(DynamicTest.dynamicTest("rejected: " + YamlDifferential.show(text), () -> {
            assertThatThrownBy(() -> QuickYamlReader.read(FILE, text, five)).isInstanceOfSatisfying(TreeParseException.class,
                    e -> assertThat(e.line() + ":" + e.column()).isEqualTo(at));
            assertThat(YamlDifferential.check(text, five)).isTrue();
        })));
        for (String text : List.of("abcdefgh: x\n", "'abcdefgh': x\n", "{abcdefgh: x}\n", "a: {abcdefgh: x}\n")) {
            tests.add(DynamicTest.dynamicTest("read: " + text, () -> assertThat(YamlDifferential.check(text, five)).isTrue()));
        }
        for (String text : List.of("[abcdefgh: x]\n", "a: [x, abcdefgh: y]\n")) {
            tests.add(DynamicTest.dynamicTest("left: " + text, () -> assertThat(QuickYamlReader.read(FILE, text, five)).isNull()));
        }
        return tests.stream();
    }

    /** No size of its own: a document of any size within the document limit takes the quick path. */
    @Test
    void documentsOverSixteenMillionCharactersAreReadToo() throws TreeParseException {
        String big = "k: " + "a".repeat(17 << 20) + "\n";
        TreeLimits limits = new TreeLimits(500, 1000, 18 << 20, big.length());
        Node.MapNode m = (Node.MapNode) QuickYamlReader.read(FILE, big, limits);
        assertThat(((Node.ScalarNode) m.get("k")).value()).asString().hasSize(17 << 20);
        assertThat(QuickYamlReader.read(FILE, big, new TreeLimits(500, 1000, 18 << 20, big.length() - 1))).isNull();
    }

    @Test
    void keysBeyondSnakeYamlsSimpleKeyReachAreLeft() throws TreeParseException {
        String longKey = "k".repeat(1100);
        assertThat(QuickYamlReader.read(FILE, longKey + ": v\n", TreeLimits.DEFAULT)).isNull();
        assertThat(YamlDifferential.check("k".repeat(900) + ": v\n", TreeLimits.DEFAULT)).isTrue();
    }

    /** Hostile shapes stay linear: a safety net against hangs, not a performance assertion. */
    @Test
    void hostileShapesAreLinear() {
        String brackets = "[".repeat(1_000_000);
        String spaces = "a: b" + " ".repeat(1_000_000) + "\n" + ("c" + " ".repeat(200_000) + "d ").repeat(5) + "\n";
        String keys = "k: [" + "a, ".repeat(300_000) + "]\n";
        String lines = "a: |\n" + "  x\n".repeat(300_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(QuickYamlReader.read(FILE, brackets, TreeLimits.DEFAULT)).isNull();
            assertThat(QuickYamlReader.read(FILE, spaces, TreeLimits.DEFAULT)).isNull();
            assertThat(QuickYamlReader.read(FILE, keys, TreeLimits.DEFAULT)).isNotNull();
            assertThat(QuickYamlReader.read(FILE, lines, TreeLimits.DEFAULT)).isNotNull();
        });
    }

    @Test
    void readGoesThroughTheQuickReaderAndKeepsSnakeYamlsErrors() throws Exception {
        YamlTreeReader reader = new YamlTreeReader(TreeLimits.DEFAULT);
        assertThat(reader.read(FILE, "a: [b, c]\n")).isEqualTo(reader.readWithSnakeYaml(FILE, "a: [b, c]\n"));
        for (String bad : List.of("a: 1\na: 2\n", "a: [b\n", "a: &x 1\nb: *x\nb: 2\n")) {
            String viaRead = message(reader, bad, true);
            assertThat(viaRead).isNotNull().isEqualTo(message(reader, bad, false));
        }
    }

    private static String message(YamlTreeReader reader, String text, boolean viaRead) {
        try {
            if (viaRead) {
                reader.read(FILE, text);
            } else {
                reader.readWithSnakeYaml(FILE, text);
            }
            return null;
        } catch (TreeParseException e) {
            return e.getMessage() + " @" + e.line() + ":" + e.column();
        }
    }
}
