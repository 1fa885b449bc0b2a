package dev.isolint.core.internal.fix;

import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.Entry;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.model.Range;
import dev.isolint.core.rule.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a path of keys to {@code true} in a JSON or YAML mapping by editing the text through the tree's ranges, in
 * the file's own style: a YAML block mapping gets a line at its keys' indentation after its last entry (quoted
 * keys stay quoted), a flow mapping or JSON object gets {@code , key: true} after its last entry (on a new line
 * at the same indentation when the object spans lines), missing intermediate keys are created nested, a literal
 * off value is replaced, an expression is replaced whole. Only text inside the resource's own span is edited: a
 * value reached through a YAML alias or merge key lives elsewhere and may be shared.
 */
final class TreeEditor {

    /** What a format's values mean: which literal is off, which mapping is an expression, which lists are blocks. */
    interface Dialect {
        /** {@code false}, {@code "false"}, {@code null}: a literal the fix replaces by {@code true}. */
        boolean literalOff(Node value);

        /** A mapping that is an expression ({@code {"Ref": …}}, {@code {"Fn::If": …}}) rather than a container. */
        boolean expression(MapNode map);

        /** A value that means the key is not set ({@code !Ref AWS::NoValue}). */
        boolean absent(Node value);

        /** True when a list of mappings at this key is several blocks, each to edit ({@code .tf.json} nested blocks). */
        boolean blockList();

        /** How to say "this key" in a reason ({@code NetworkConfig}). */
        String noun();
    }

    /** The edits of one result and the expression they replace, if any (its inputs may now be unused). */
    record Outcome(List<Change> changes, List<Node> replacedExpressions) {
    }

    private final SourceText src;
    private final boolean json;
    private final Dialect dialect;
    private final Finding finding;
    private final List<Change> changes = new ArrayList<>();
    private final List<Node> replaced = new ArrayList<>();

    private TreeEditor(SourceText src, boolean json, Dialect dialect, Finding finding) {
        this.src = src;
        this.json = json;
        this.dialect = dialect;
        this.finding = finding;
    }

    /**
     * The edits that make {@code path} (keys below {@code map}) {@code true}.
     *
     * @param holderColumn the column of the key that holds {@code map} (a YAML block's indentation step)
     * @param owner        the resource's own text: nothing outside it is edited
     */
    static Outcome set(SourceText src, boolean json, Dialect dialect, Finding finding, MapNode map, int holderColumn,
            List<String> path, Range owner) throws Refusal {
        TreeEditor e = new TreeEditor(src, json, dialect, finding);
        e.setIn(map, holderColumn, path, 0, owner);
        return new Outcome(List.copyOf(e.changes), List.copyOf(e.replaced));
    }

    private void setIn(MapNode map, int holderColumn, List<String> path, int i, Range owner) throws Refusal {
        String key = path.get(i);
        boolean last = i == path.size() - 1;
        Entry own = ownEntry(map, key);
        if (own == null) {
            Entry merged = map.entry(key);
            if (merged != null && !last) {
                throw aliasRefusal(key, merged.keyRange());
            }
            add(map, holderColumn, path.subList(i, path.size()), owner);
            return;
        }
        Node value = own.value();
        if (!within(value.range(), owner) || before(value.range(), own.keyRange())) {
            throw aliasRefusal(key, value.range());
        }
        if (last) {
            replace(own);
            return;
        }
        if (value instanceof MapNode m && m.tag() == null && !dialect.expression(m)) {
            setIn(m, own.keyRange().column(), path, i + 1, owner);
            return;
        }
        if (dialect.blockList() && value instanceof SeqNode seq && seq.tag() == null && !seq.items().isEmpty()) {
            for (Node item : seq.items()) {
                if (!(item instanceof MapNode m) || dialect.expression(m)) {
                    throw expressionRefusal(key);
                }
                setIn(m, own.keyRange().column(), path, i + 1, owner);
            }
            return;
        }
        if (value instanceof ScalarNode s && s.tag() == null && s.value() == null || dialect.absent(value)) {
            fillAbsent(own, value, holderColumn, path.subList(i + 1, path.size()));
            return;
        }
        throw expressionRefusal(key);
    }

    private Refusal aliasRefusal(String key, Range at) {
        return new Refusal(key + " comes from the YAML anchor at line " + at.line() + ", which other resources may share",
                "set " + dialect.noun() + " to true in the anchor, or write it out in the resource");
    }

    private Refusal expressionRefusal(String key) {
        return new Refusal(key + " is an expression, not a mapping the fix can add to",
                "set " + dialect.noun() + " to true in every value " + key + " can take");
    }

    /** The last value: a literal off is replaced by {@code true}, an expression whole. */
    private void replace(Entry entry) throws Refusal {
        Node value = entry.value();
        if (value instanceof ScalarNode s && s.tag() == null && Boolean.TRUE.equals(s.value())) {
            throw new Refusal(entry.key() + " is already true here; the value the rule judged comes from elsewhere",
                    "check the evidence of the result");
        }
        int start = offset(value.range().line(), value.range().column());
        int end = contentEnd(value, entry);
        boolean expression = !dialect.literalOff(value);
        if (!json && end <= start) {
            // An empty null (the parser may place it at the next token): the value goes right after the colon.
            int colon = colonAfter(entry);
            changes.add(new Change(colon + 1, colon + 1, " true", finding));
        } else if (!json && src.line(start) > entry.keyRange().line()) {
            // A value on the lines below its key: all of it, from the colon on, becomes " true".
            int colon = colonAfter(entry);
            changes.add(new Change(colon + 1, end, " true", finding));
        } else {
            changes.add(new Change(start, end, "true", finding));
        }
        if (expression) {
            replaced.add(value);
        }
    }

    /**
     * An intermediate key whose value means "absent" ({@code NetworkConfig:}, {@code null}, {@code !Ref AWS::NoValue}):
     * the value becomes a mapping of the rest of the path — a block below the key in YAML, an object in JSON.
     */
    private void fillAbsent(Entry entry, Node value, int holderColumn, List<String> rest) throws Refusal {
        int start = offset(value.range().line(), value.range().column());
        int end = contentEnd(value, entry);
        if (json) {
            changes.add(new Change(start, end, flow(rest), finding));
            return;
        }
        int colon = colonAfter(entry);
        int keyColumn = entry.keyRange().column();
        String step = " ".repeat(Math.max(2, keyColumn - holderColumn));
        String lines = block(rest, " ".repeat(keyColumn - 1) + step, step, quote(entry));
        lines = src.lineBreak() + lines.substring(0, lines.length() - src.lineBreak().length());
        if (end > start && src.line(start) == src.line(colon)) {
            changes.add(new Change(colon + 1, end, lines, finding));
        } else {
            int at = src.lineEnd(colon);
            changes.add(new Change(at, at, lines, finding));
        }
    }

    /** Adds {@code rest} (the first key missing, the others nested in it) after the last entry of {@code map}. */
    private void add(MapNode map, int holderColumn, List<String> rest, Range owner) throws Refusal {
        Entry last = lastOwnEntry(map);
        int mapStart = offset(map.range().line(), map.range().column());
        boolean flowMap = json || isFlow(mapStart);
        if (!within(map.range(), owner)) {
            throw aliasRefusal(rest.get(0), map.range());
        }
        if (last == null) {
            if (!flowMap) {
                throw new Refusal("the mapping that should hold " + rest.get(0) + " has no entries to follow",
                        "add " + String.join(".", rest) + ": true by hand");
            }
            int end = offset(map.range().endLine(), map.range().endColumn());
            changes.add(new Change(mapStart, end, flow(rest), finding));
            return;
        }
        if (flowMap) {
            int p = contentEnd(last.value(), last);
            int keyStart = offset(last.keyRange().line(), last.keyRange().column());
            if (src.line(keyStart) != src.line(mapStart)) {
                String indent = src.indentation(keyStart);
                String outer = src.indentation(mapStart);
                String step = indent.startsWith(outer) && indent.length() > outer.length()
                        ? indent.substring(outer.length()) : "  ";
                changes.add(new Change(p, p, "," + src.lineBreak() + indent + nestedJson(rest, indent, step, last), finding));
            } else {
                changes.add(new Change(p, p, ", " + flow(rest, last), finding));
            }
            return;
        }
        int column = last.keyRange().column();
        String indent = " ".repeat(column - 1);
        int stepWidth = firstOwnColumn(map) - holderColumn;
        String step = " ".repeat(stepWidth > 0 ? stepWidth : 2);
        int p = contentEnd(last.value(), last);
        int q = p == src.lineStart(p) && p > 0 ? p : src.nextLineStart(p);
        String text = block(rest, indent, step, quote(last));
        if (q == src.text().length() && !endsWithBreak(src.text())) {
            changes.add(new Change(q, q, src.lineBreak() + text.substring(0, text.length() - src.lineBreak().length()),
                    finding));
        } else {
            changes.add(new Change(q, q, text, finding));
        }
    }

    private static boolean endsWithBreak(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char c = text.charAt(text.length() - 1);
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Block-style YAML lines for {@code keys}, each ending with the file's line break. */
    private String block(List<String> keys, String indent, String step, String quote) {
        StringBuilder sb = new StringBuilder();
        String at = indent;
        for (int i = 0; i < keys.size(); i++) {
            String k = quote + keys.get(i) + quote;
            sb.append(at).append(k).append(i == keys.size() - 1 ? ": true" : ":").append(src.lineBreak());
            at = at + step;
        }
        return sb.toString();
    }

    /** JSON members over several lines for {@code keys}, without a trailing line break. */
    private String nestedJson(List<String> keys, String indent, String step, Entry like) throws Refusal {
        String sep = separator(like);
        String k = quoteLike(keys.get(0), like);
        if (keys.size() == 1) {
            return k + sep + "true";
        }
        String inner = indent + step;
        return k + sep + "{" + src.lineBreak() + inner + nestedJson(keys.subList(1, keys.size()), inner, step, like)
                + src.lineBreak() + indent + "}";
    }

    /** {@code key: true} or {@code key: {next: true}} on one line, keys quoted like {@code like}. */
    private String flow(List<String> keys, Entry like) throws Refusal {
        String sep = separator(like);
        String k = quoteLike(keys.get(0), like);
        return keys.size() == 1 ? k + sep + "true" : k + sep + "{" + flow(keys.subList(1, keys.size()), like) + "}";
    }

    /** A whole flow mapping {@code {key: true}} for an empty or null place. */
    private String flow(List<String> keys) {
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            sb.append('{').append(json ? '"' + k + '"' : k).append(": ");
        }
        sb.append("true");
        sb.append("}".repeat(keys.size()));
        return sb.toString();
    }

    private String quoteLike(String key, Entry like) throws Refusal {
        if (json) {
            return '"' + key + '"';
        }
        String q = quote(like);
        return q + key + q;
    }

    /** The quote {@code e}'s key is written in ({@code "}, {@code '}), or nothing when it is plain. */
    private String quote(Entry e) throws Refusal {
        int k = offset(e.keyRange().line(), e.keyRange().column());
        char c = k < src.text().length() ? src.text().charAt(k) : ' ';
        return c == '"' || c == '\'' ? String.valueOf(c) : "";
    }

    /** What stands between {@code like}'s key and value ({@code ": "}, {@code ":"}), when it is on one line. */
    private String separator(Entry like) throws Refusal {
        int v = offset(like.value().range().line(), like.value().range().column());
        String text = src.text();
        int i = v - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ':')) {
            i--;
        }
        String sep = text.substring(i + 1, Math.max(i + 1, v));
        return sep.indexOf(':') >= 0 && !before(like.value().range(), like.keyRange()) ? sep : ": ";
    }

    /** The offset of the colon after {@code entry}'s key. */
    private int colonAfter(Entry entry) throws Refusal {
        int k = offset(entry.keyRange().endLine(), entry.keyRange().endColumn());
        String text = src.text();
        int i = k;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"'
                || text.charAt(i) == '\'')) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ':') {
            throw new Refusal("the text after " + entry.key() + " is not where the parser put it", "edit it by hand");
        }
        return i;
    }

    /**
     * Where the text of {@code value} ends: a scalar's or flow collection's own end, a block collection's last
     * entry's end (a block's own end lies on a later line, after comments); a value that is an alias ends its key's line.
     */
    private int contentEnd(Node value, Entry holder) throws Refusal {
        if (before(value.range(), holder.keyRange())) {
            int k = offset(holder.keyRange().line(), holder.keyRange().column());
            return src.lineEnd(k);
        }
        int start = offset(value.range().line(), value.range().column());
        int end = offset(value.range().endLine(), value.range().endColumn());
        if (value instanceof ScalarNode || json) {
            return end;
        }
        if (isFlow(start)) {
            return end;
        }
        if (value instanceof MapNode m) {
            Entry last = lastOwnEntry(m);
            return last == null ? end : contentEnd(last.value(), last);
        }
        List<Node> items = ((SeqNode) value).items();
        if (items.isEmpty()) {
            return end;
        }
        Node item = items.get(items.size() - 1);
        if (before(item.range(), value.range())) {
            return src.lineEnd(offset(value.range().line(), value.range().column()));
        }
        return item instanceof ScalarNode ? offset(item.range().endLine(), item.range().endColumn())
                : contentEnd(item, new Entry("-", item.range(), item));
    }

    /** True when the node at {@code start} (after its tag and anchor, if any) is a flow collection. */
    private boolean isFlow(int start) {
        String text = src.text();
        int i = start;
        while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '['
                    && text.charAt(i) != '{') {
                i++;
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        return i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '[');
    }

    /** The entry for {@code key} written in {@code map} itself (not merged in from an anchor), or {@code null}. */
    private static Entry ownEntry(MapNode map, String key) {
        Entry e = map.entry(key);
        return e != null && within(e.keyRange(), map.range()) ? e : null;
    }

    private static Entry lastOwnEntry(MapNode map) {
        Entry last = null;
        for (Entry e : map.entries()) {
            if (within(e.keyRange(), map.range()) && (last == null || last.keyRange().compareTo(e.keyRange()) < 0)) {
                last = e;
            }
        }
        return last;
    }

    private static int firstOwnColumn(MapNode map) {
        for (Entry e : map.entries()) {
            if (within(e.keyRange(), map.range())) {
                return e.keyRange().column();
            }
        }
        return map.range().column();
    }

    private int offset(int line, int column) throws Refusal {
        int o = src.offset(line, column);
        if (o < 0) {
            throw new Refusal("the parser's position " + line + ":" + column + " is not in the text", "edit it by hand");
        }
        return o;
    }

    /** True when {@code inner} starts and ends inside {@code outer} (the same file). */
    static boolean within(Range inner, Range outer) {
        return compare(inner.line(), inner.column(), outer.line(), outer.column()) >= 0
                && compare(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn()) <= 0;
    }

    /** True when {@code a} starts before {@code b} does (an alias's target written earlier than the alias). */
    private static boolean before(Range a, Range b) {
        return compare(a.line(), a.column(), b.line(), b.column()) < 0;
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }
}
