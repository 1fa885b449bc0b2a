package dev.isolint.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * Reads a text with {@link QuickYamlReader} and with {@link YamlTreeReader}'s SnakeYAML path: whenever the
 * quick reader answers, SnakeYAML must have read the document to the very same tree (so a document SnakeYAML
 * rejects is always left to it).
 */
final class YamlDifferential {

    /** The path both readers are given, so that their ranges compare by line and column alone. */
    static final Path FILE = Path.of("differential.yaml");

    private YamlDifferential() {
    }

    /**
     * True when the quick reader took the document (read it, or rejected a value over the {@code string-length}
     * limit); fails the test when the two readers disagree.
     */
    static boolean check(String text, TreeLimits limits) {
        Node quick;
        try {
            quick = QuickYamlReader.read(FILE, text, limits); // any exception but "outside the subset" fails the test
        } catch (TreeParseException tooLong) {
            checkRejected(text, limits, tooLong);
            return true;
        }
        if (quick == null) {
            return false;
        }
        Object slow = snakeYaml(text, limits);
        assertThat(slow).as("SnakeYAML's answer for a document the quick reader took:%n%s", show(text))
                .isInstanceOf(Node.class);
        if (!sameTree(quick, (Node) slow)) {
            assertThat(quick).as("quick tree vs SnakeYAML's for:%n%s", show(text)).isEqualTo(slow);
        }
        return true;
    }

    /**
     * The quick reader rejected a value as too long: SnakeYAML must not read the document either (it may find
     * another limit or a syntax error first, as it composes the whole document before converting it), and when
     * its reason is the same, it must give it at the same place.
     */
    private static void checkRejected(String text, TreeLimits limits, TreeParseException tooLong) {
        assertThat(tooLong.getMessage()).isEqualTo(limits.tooLong());
        Object slow = snakeYaml(text, limits);
        // Any exception: SnakeYAML also fails on some documents with an exception of its own (a tag that decodes to
        // one with a space), which the reader does not translate.
        assertThat(slow).as("SnakeYAML's answer for a document the quick reader rejected as too long:%n%s", show(text))
                .isInstanceOf(Exception.class);
        if (slow instanceof TreeParseException e && e.getMessage().equals(tooLong.getMessage())) {
            assertThat(tooLong.line() + ":" + tooLong.column()).as("place of the too-long value in:%n%s", show(text))
                    .isEqualTo(e.line() + ":" + e.column());
        }
    }

    /** SnakeYAML's tree for {@code text}, or the exception it ended with. */
    private static Object snakeYaml(String text, TreeLimits limits) {
        try {
            return new YamlTreeReader(limits).readWithSnakeYaml(FILE, text);
        } catch (TreeParseException | RuntimeException e) {
            return e;
        }
    }

    /** {@code a.equals(b)} without recursion: records' own equals overflows the stack on deeply nested trees. */
    static boolean sameTree(Node a, Node b) {
        ArrayDeque<Node> todo = new ArrayDeque<>();
        todo.push(a);
        todo.push(b);
        while (!todo.isEmpty()) {
            Node y = todo.pop();
            Node x = todo.pop();
            if (x instanceof Node.ScalarNode || y instanceof Node.ScalarNode) {
                if (!x.equals(y)) {
                    return false;
                }
                continue;
            }
            if (x.getClass() != y.getClass() || !x.range().equals(y.range()) || !Objects.equals(x.tag(), y.tag())) {
                return false;
            }
            if (x instanceof Node.SeqNode xs) {
                List<Node> xi = xs.items();
                List<Node> yi = ((Node.SeqNode) y).items();
                if (xi.size() != yi.size()) {
                    return false;
                }
                for (int i = 0; i < xi.size(); i++) {
                    todo.push(xi.get(i));
                    todo.push(yi.get(i));
                }
            } else {
                List<Node.Entry> xe = ((Node.MapNode) x).entries();
                List<Node.Entry> ye = ((Node.MapNode) y).entries();
                if (xe.size() != ye.size()) {
                    return false;
                }
                for (int i = 0; i < xe.size(); i++) {
                    if (!xe.get(i).key().equals(ye.get(i).key()) || !xe.get(i).keyRange().equals(ye.get(i).keyRange())) {
                        return false;
                    }
                    todo.push(xe.get(i).value());
                    todo.push(ye.get(i).value());
                }
            }
        }
        return true;
    }

    /** The text with its line breaks and tabs made visible, for failure messages. */
    static String show(String text) {
        String visible = text.replace("\t", "\\t").replace("\r", "\\r").replace("\uFEFF", "<BOM>");
        return visible.length() > 4000 ? visible.substring(0, 4000) + "…" : visible;
    }
}
