package dev.isolint.core.internal.tree;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The quick reader against SnakeYAML on documents no one wrote by hand: generated from a grammar of
 * template YAML (with near misses), and real corpus files with random edits. Whenever the quick reader
 * answers, SnakeYAML gives the same tree; both answers must actually occur.
 */
class QuickYamlReaderPropertiesTest {

    private static final List<String> CORPUS = YamlCorpus.texts();

    @Property(tries = 20000)
    void generatedDocumentsReadAsSnakeYamlReadsThem(@ForAll long seed) {
        String text = YamlDocumentGenerator.document(new Random(seed));
        boolean quick = YamlDifferential.check(text, TreeLimits.DEFAULT);
        Statistics.label("quick path").collect(quick);
        Statistics.label("quick path").coverage(c -> {
            c.check(true).percentage(p -> p > 20);
            c.check(false).percentage(p -> p > 20);
        });
    }

    /**
     * Small limits, so that depth, node count, string length and document size are each exceeded sometimes (the
     * quick reader leaves all but string length to SnakeYAML).
     */
    @Property(tries = 5000)
    void readersAgreeUnderSmallLimits(@ForAll long seed) {
        Random r = new Random(seed);
        String text = YamlDocumentGenerator.document(r);
        TreeLimits limits = new TreeLimits(1 + r.nextInt(5), 1 + r.nextInt(40), 1 + r.nextInt(20), 20 + r.nextInt(400));
        Statistics.label("quick path").collect(YamlDifferential.check(text, limits));
    }

    @Property(tries = 3000)
    void editedCorpusFilesReadAsSnakeYamlReadsThem(@ForAll("corpusText") String text, @ForAll long seed) {
        String edited = edit(text, new Random(seed));
        Statistics.label("quick path").collect(YamlDifferential.check(edited, TreeLimits.DEFAULT));
    }

    @Provide
    Arbitrary<String> corpusText() {
        return CORPUS.isEmpty() ? Arbitraries.of("a: b\n") : Arbitraries.of(CORPUS);
    }

    /** One to four random edits: characters and whole lines inserted, deleted, replaced, re-indented. */
    static String edit(String text, Random r) {
        String tokens = " \t\n:#-?,[]{}!&*|>'\"%.~\\\r\u00e9";
        String[] lines = {"- x", "  - y", "a: b", "  b:", "---", "...", "? k", "  |", "!Ref x", "# c", "", "\t", "<<: *a",
            "  c: [d, {e: f}]", "    g: 'h'", "k: \"l\\n\""};
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = r.nextInt(b.length());
            int lineStart = b.lastIndexOf("\n", at) + 1;
            int lineEnd = b.indexOf("\n", at);
            if (lineEnd < 0) {
                lineEnd = b.length();
            }
            switch (r.nextInt(8)) {
                case 0:
                    b.insert(at, tokens.charAt(r.nextInt(tokens.length())));
                    break;
                case 1:
                    b.deleteCharAt(at);
                    break;
                case 2:
                    b.setCharAt(at, tokens.charAt(r.nextInt(tokens.length())));
                    break;
                case 3:
                    b.delete(lineStart, Math.min(b.length(), lineEnd + 1));
                    break;
                case 4:
                    b.insert(lineStart, b.substring(lineStart, Math.min(b.length(), lineEnd + 1)));
                    break;
                case 5:
                    b.insert(lineStart, " ".repeat(1 + r.nextInt(2)));
                    break;
                case 6:
                    if (b.length() > lineStart && b.charAt(lineStart) == ' ') {
                        b.deleteCharAt(lineStart);
                    }
                    break;
                default:
                    b.insert(lineStart, " ".repeat(r.nextInt(6)) + lines[r.nextInt(lines.length)] + "\n");
                    break;
            }
        }
        return b.toString();
    }
}
