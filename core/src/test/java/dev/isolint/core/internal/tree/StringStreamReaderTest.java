package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link StringStreamReader} against SnakeYAML's own {@link StreamReader}: SnakeYAML's parser gives the same
 * events with the same marks, and the same errors at the same places (a refused character included), through
 * either reader — on the corpus, on generated and edited documents, and around its 1,023-character steps.
 */
class StringStreamReaderTest {

    @Test
    void corpusFilesParseAlike() {
        for (Path p : YamlCorpus.files()) {
            String text = YamlCorpus.read(p);
            assertSame(text, p.toString());
        }
    }

    @Test
    void generatedAndEditedDocumentsParseAlike() {
        Random r = new Random(12);
        List<String> corpus = YamlCorpus.texts();
        for (int i = 0; i < 1500; i++) {
            String text = YamlDocumentGenerator.document(r);
            assertSame(text, "generated " + i);
            if (!corpus.isEmpty()) {
                String edited = QuickYamlReaderPropertiesTest.edit(corpus.get(r.nextInt(corpus.size())), r);
                assertSame(edited, "edited " + i);
            }
        }
    }

    /** What SnakeYAML's reader does at and around its steps: refused characters, surrogates, breaks, a BOM. */
    @Test
    void stepBoundariesAndRefusedCharactersAlike() {
        String[] inserts = {"\u0001", "\u007F", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFEFF", "\r", "\r\n", "\u0085",
            "\u2028", "\uFFFE", "\t", "é"};
        int[] offsets = {0, 1, 5, 1021, 1022, 1023, 1024, 2045, 2046, 2047, 3000};
        String base = "k: [" + "abc, ".repeat(500) + "z]\nlong: " + "x".repeat(3000) + "\n# " + "c".repeat(1500) + "\n";
        List<String> texts = new ArrayList<>();
        for (String insert : inserts) {
            for (int at : offsets) {
                texts.add(base.substring(0, at) + insert + base.substring(at));
                texts.add(insert + "x".repeat(at)); // the character at the very end, after a step
            }
        }
        texts.add("");
        texts.add("\uD83D");
        texts.add("a: \"" + "q".repeat(5000) + "\"\nb: '" + "s".repeat(5000) + "'\nc: |\n  " + "l".repeat(5000) + "\n");
        int refused = 0;
        int parsed = 0;
        for (String text : texts) {
            String trace = assertSame(text, YamlDifferential.show(text.length() > 60 ? text.substring(0, 60) : text));
            refused += trace.contains("refused: ") ? 1 : 0;
            parsed += trace.endsWith("StreamEnd") || trace.contains("StreamEnd ") ? 1 : 0;
        }
        assertThat(refused).as("texts with a refused character").isGreaterThan(50);
        assertThat(parsed).as("texts read to their end").isGreaterThan(50);
    }

    /** A token of millions of characters: SnakeYAML's reader copies its window once per step of it, this one never. */
    @Test
    void aLongTokenIsReadInLinearTime() {
        String text = "a: " + "x".repeat(20_000_000) + "\nb: \"" + "y".repeat(20_000_000) + "\"\n";
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThat(trace(new StringStreamReader(text)))
                .contains("-1:20000004@").contains("-2:20000006@"));
    }

    /** Fails unless both readers give the same trace; returns it. */
    private static String assertSame(String text, String what) {
        String expected = trace(new StreamReader(new StringReader(text)));
        String actual = trace(new StringStreamReader(text));
        if (!expected.equals(actual)) {
            assertThat(actual).as("events through StringStreamReader for %s", what).isEqualTo(expected);
        }
        return actual;
    }

    /** SnakeYAML's events with their marks, ended by the error the parser stopped at, if any. */
    private static String trace(StreamReader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        ParserImpl parser = new ParserImpl(reader, options);
        StringBuilder sb = new StringBuilder();
        try {
            while (true) {
                Event e = parser.getEvent();
                sb.append(e.getEventId()).append(' ').append(at(e.getStartMark())).append('-').append(at(e.getEndMark()));
                if (e instanceof NodeEvent n) {
                    sb.append(" &").append(n.getAnchor());
                }
                if (e instanceof ScalarEvent s) {
                    sb.append(' ').append(s.getTag()).append(' ').append(s.getScalarStyle()).append(' ')
                            .append(s.getImplicit().canOmitTagInPlainScalar()).append(s.getImplicit().canOmitTagInNonPlainScalar())
                            .append(" \"").append(s.getValue()).append('"');
                } else if (e instanceof CollectionStartEvent c) {
                    sb.append(' ').append(c.getTag()).append(' ').append(c.getFlowStyle()).append(' ').append(c.getImplicit());
                } else if (e instanceof AliasEvent) {
                    sb.append(" alias");
                }
                sb.append('\n');
                if (e.getEventId() == Event.ID.StreamEnd) {
                    return sb.toString();
                }
            }
        } catch (MarkedYAMLException e) {
            sb.append("error: ").append(e.getContext()).append(' ').append(at(e.getContextMark())).append(' ')
                    .append(e.getProblem()).append(' ').append(at(e.getProblemMark()));
        } catch (ReaderException e) {
            sb.append("refused: ").append(e.getMessage()).append(" at ").append(e.getPosition()).append(" code point ")
                    .append(Integer.toHexString(e.getCodePoint()));
        } catch (YAMLException e) {
            sb.append("error: ").append(e.getMessage());
        }
        return sb.toString();
    }

    private static String at(Mark m) {
        return m == null ? "-" : (m.getLine() + 1) + ":" + (m.getColumn() + 1) + "@" + m.getIndex();
    }
}
