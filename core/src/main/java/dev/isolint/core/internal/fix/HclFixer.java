package dev.isolint.core.internal.fix;

import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.terraform.hcl.FmtAlignment;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.terraform.module.TerraformPath;
import dev.isolint.core.model.Range;
import dev.isolint.core.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fix in a Terraform file in native syntax: the block's setting ({@link TerraformAdapters#settingPath}) set to
 * {@code true} — a literal or expression replaced, a missing attribute added after the block's last one-line
 * attribute with its group's {@code =} re-aligned as {@code terraform fmt} would ({@link FmtAlignment}), missing
 * nested blocks or object keys created, {@code dynamic} blocks edited in their {@code content}.
 */
final class HclFixer implements FormatFixer {

    private final Path file;
    private final SourceText src;
    private final Body body;

    HclFixer(Path file, String text) throws Refusal {
        this.file = file;
        this.src = new SourceText(text, SourceText.Columns.CODE_POINTS, SourceText.Breaks.HCL);
        try {
            this.body = HclParser.parseFile(file, text);
        } catch (HclSyntaxException e) {
            throw new Refusal("the file does not parse", "fix the syntax error first");
        }
    }

    @Override
    public SourceText source() {
        return src;
    }

    @Override
    public boolean parses(Path f, String text) {
        try {
            HclParser.parseFile(f, text);
            return true;
        } catch (HclSyntaxException e) {
            return false;
        }
    }

    @Override
    public Fix fix(Finding finding) throws Refusal {
        String type = finding.resource().type();
        TerraformPath path = TerraformAdapters.settingPath(type);
        Block resource = null;
        for (Block b : body.blocks()) {
            if (b.type().equals("resource") && type.equals(b.label(0))
                    && b.range().line() == finding.resource().location().line()) {
                resource = b;
            }
        }
        if (path == null || resource == null) {
            throw new Refusal("the block is not where the scan found it", "set it by hand");
        }
        Edits edits = new Edits(finding, path);
        edits.inBody(resource, 0);
        List<Change> changes = new ArrayList<>();
        List<String> notes = HclReferences.unused(file, edits.replaced);
        for (Change c : edits.changes) {
            changes.add(c.withNotes(notes));
        }
        return new Fix(changes);
    }


    /** The edits of one result, built while walking the setting's path into the block. */
    private final class Edits {
        final Finding finding;
        final TerraformPath path;
        final List<Change> changes = new ArrayList<>();
        final List<Expr> replaced = new ArrayList<>();

        Edits(Finding finding, TerraformPath path) {
            this.finding = finding;
            this.path = path;
        }

        void inBody(Block owner, int depth) throws Refusal {
            Body b = owner.body();
            if (depth < path.blocks().size()) {
                String type = path.blocks().get(depth);
                boolean found = false;
                for (Block nested : b.blocks()) {
                    if (nested.type().equals(type) && nested.labels().isEmpty()) {
                        found = true;
                        inBody(nested, depth + 1);
                    } else if (nested.type().equals("dynamic") && type.equals(nested.label(0))) {
                        found = true;
                        inBody(content(nested, type), depth + 1);
                    }
                }
                if (!found) {
                    addBlocks(owner, path.blocks().subList(depth, path.blocks().size()));
                }
                return;
            }
            Attribute a = b.attribute(path.attribute());
            if (a == null) {
                addAttribute(owner, path.attribute(), path.keys());
            } else if (path.keys().isEmpty()) {
                replace(a.expr(), a.name());
            } else {
                inObject(a.expr(), 0, a.name());
            }
        }

        /** The {@code content} block of a {@code dynamic} block that always yields at least one block. */
        private Block content(Block dynamic, String type) throws Refusal {
            Attribute forEach = dynamic.body().attribute("for_each");
            boolean always = forEach != null && (forEach.expr() instanceof Expr.Tuple t && !t.items().isEmpty()
                    || forEach.expr() instanceof Expr.ObjectCons o && !o.items().isEmpty());
            Block content = null;
            for (Block c : dynamic.body().blocks()) {
                content = c.type().equals("content") ? c : content;
            }
            if (!always || content == null) {
                throw new Refusal("the dynamic \"" + type + "\" block's for_each can yield no block",
                        "make the block unconditional: write " + type + " { " + path.attribute() + " = true }");
            }
            return content;
        }

        private void inObject(Expr value, int k, String holder) throws Refusal {
            if (!(value instanceof Expr.ObjectCons object)) {
                throw new Refusal(holder + " is an expression, not an object the fix can add to",
                        "set " + path + " = true in every value " + holder + " can take");
            }
            String key = path.keys().get(k);
            Expr.Item item = null;
            for (Expr.Item i : object.items()) {
                item = key.equals(keyName(i)) ? i : item;
            }
            if (item == null) {
                addItem(object, path.keys().subList(k, path.keys().size()));
            } else if (k == path.keys().size() - 1) {
                replace(item.value(), key);
            } else {
                inObject(item.value(), k + 1, key);
            }
        }

        private void replace(Expr value, String name) throws Refusal {
            if (value instanceof Expr.Literal l && Boolean.TRUE.equals(l.value())) {
                throw new Refusal(name + " is already true here; the value the rule judged comes from elsewhere",
                        "check the evidence of the result");
            }
            boolean literal = value instanceof Expr.Literal l
                    && (l.value() == null || Boolean.FALSE.equals(l.value()) || "false".equals(l.value()));
            changes.add(new Change(offset(value.range().line(), value.range().column()),
                    offset(value.range().endLine(), value.range().endColumn()), "true", finding));
            if (!literal) {
                replaced.add(value);
            }
        }

        /** A missing attribute ({@code keys} empty) or object attribute, added to its group and aligned. */
        private void addAttribute(Block owner, String name, List<String> keys) throws Refusal {
            Attribute anchor = null;
            Attribute lastAny = null;
            for (Attribute a : owner.body().attributes()) {
                int at = offset(a.range().line(), a.range().column());
                if (a.expr().range().line() == a.expr().range().endLine() && src.firstOnLine(at)
                        && (anchor == null || a.range().compareTo(anchor.range()) > 0)) {
                    anchor = a;
                }
                lastAny = lastAny == null || a.range().compareTo(lastAny.range()) > 0 ? a : lastAny;
            }
            int close = offset(owner.range().endLine(), owner.range().endColumn()) - 1;
            if (close < 0 || src.text().charAt(close) != '}' || !src.firstOnLine(close)) {
                throw new Refusal("the block " + owner.type() + " is written on one line",
                        "add " + name + " = true to it by hand, on a line of its own");
            }
            Attribute after = anchor != null ? anchor : lastAny;
            int insertAt;
            String indent;
            if (after != null) {
                insertAt = src.nextLineStart(offset(after.expr().range().endLine(), after.expr().range().endColumn()));
                indent = src.indentation(offset(after.range().line(), after.range().column()));
            } else {
                int open = offset(owner.range().line(), owner.range().column());
                insertAt = src.nextLineStart(open);
                indent = innerIndent(owner);
            }
            insertAligned(insertAt, indent, name, keys);
        }

        private void addItem(Expr.ObjectCons object, List<String> keys) throws Refusal {
            Range r = object.range();
            int close = offset(r.endLine(), r.endColumn()) - 1;
            if (r.line() == r.endLine()) {
                String sep = object.items().isEmpty() ? " " : ", ";
                int at = close;
                while (at > 0 && src.text().charAt(at - 1) == ' ') {
                    at--;
                }
                String text = sep + inline(keys) + (object.items().isEmpty() ? " " : "");
                changes.add(new Change(at, at, text, finding));
                return;
            }
            Expr.Item last = object.items().isEmpty() ? null : object.items().get(object.items().size() - 1);
            if (last == null) {
                String indent = src.indentation(close) + "  ";
                insertAligned(src.lineStart(close), indent, keys.get(0), keys.subList(1, keys.size()));
                return;
            }
            int insertAt = src.nextLineStart(offset(last.value().range().endLine(), last.value().range().endColumn()));
            String indent = src.indentation(offset(last.key().range().line(), last.key().range().column()));
            insertAligned(insertAt, indent, keys.get(0), keys.subList(1, keys.size()));
        }

        /** Inserts {@code name = true} (or an object of {@code keys}) as a line at {@code insertAt}; aligns its group. */
        private void insertAligned(int insertAt, String indent, String name, List<String> keys) {
            String eol = src.lineBreak();
            String prefix = insertAt == src.text().length() && !src.text().isEmpty()
                    && src.text().charAt(insertAt - 1) != '\n' ? eol : "";
            String line = prefix + indent + name + " = " + value(keys, indent) + eol;
            String edited = src.text().substring(0, insertAt) + line + src.text().substring(insertAt);
            int lineNo = src.line(insertAt) + (prefix.isEmpty() ? 0 : 1);
            FmtAlignment.Span chain = keys.isEmpty() ? FmtAlignment.align(file, edited, lineNo) : null;
            if (chain == null || chain.start() > insertAt || chain.end() < insertAt + line.length()) {
                changes.add(new Change(insertAt, insertAt, line, finding));
            } else {
                changes.add(new Change(chain.start(), chain.end() - line.length(), chain.text(), finding));
            }
        }

        /** {@code true}, or a multi-line object {@code { key = true }} for {@code keys}. */
        private String value(List<String> keys, String indent) {
            if (keys.isEmpty()) {
                return "true";
            }
            String inner = indent + "  ";
            return "{" + src.lineBreak() + inner + keys.get(0) + " = " + value(keys.subList(1, keys.size()), inner)
                    + src.lineBreak() + indent + "}";
        }

        private String inline(List<String> keys) {
            return keys.get(0) + " = " + (keys.size() == 1 ? "true" : "{ " + inline(keys.subList(1, keys.size())) + " }");
        }

        /** Nested blocks {@code types} holding the attribute, added as the owner's last item. */
        private void addBlocks(Block owner, List<String> types) throws Refusal {
            int close = offset(owner.range().endLine(), owner.range().endColumn()) - 1;
            if (close < 0 || src.text().charAt(close) != '}' || !src.firstOnLine(close)) {
                throw new Refusal("the block " + owner.type() + " is written on one line",
                        "add " + String.join(" { ", types) + " { " + path.attribute() + " = true }");
            }
            String indent = innerIndent(owner);
            String eol = src.lineBreak();
            StringBuilder sb = new StringBuilder();
            int lineStart = src.lineStart(close);
            boolean blankAbove = lineStart > 0 && src.text().substring(src.lineStart(lineStart - 1), lineStart).isBlank();
            if (lastItemIsAttribute(owner.body()) && !blankAbove) {
                sb.append(eol); // a nested block is set apart from the attributes above it
            }
            String at = indent;
            for (String type : types) {
                sb.append(at).append(type).append(" {").append(eol);
                at += "  ";
            }
            sb.append(at).append(path.attribute()).append(" = ").append(value(path.keys(), at)).append(eol);
            for (int i = types.size() - 1; i >= 0; i--) {
                at = at.substring(2);
                sb.append(at).append("}").append(eol);
            }
            changes.add(new Change(lineStart, lineStart, sb.toString(), finding));
        }

        private boolean lastItemIsAttribute(Body b) {
            Range lastAttribute = null;
            for (Attribute a : b.attributes()) {
                lastAttribute = lastAttribute == null || a.range().compareTo(lastAttribute) > 0 ? a.range() : lastAttribute;
            }
            Range lastBlock = null;
            for (Block nested : b.blocks()) {
                lastBlock = lastBlock == null || nested.range().compareTo(lastBlock) > 0 ? nested.range() : lastBlock;
            }
            return lastAttribute != null && (lastBlock == null || lastAttribute.compareTo(lastBlock) > 0);
        }

        /** The indentation of the owner's items: its first item's, else its own plus two spaces. */
        private String innerIndent(Block owner) throws Refusal {
            Range first = null;
            for (Attribute a : owner.body().attributes()) {
                first = first == null || a.range().compareTo(first) < 0 ? a.range() : first;
            }
            for (Block nested : owner.body().blocks()) {
                first = first == null || nested.range().compareTo(first) < 0 ? nested.range() : first;
            }
            if (first != null) {
                return src.indentation(offset(first.line(), first.column()));
            }
            return src.indentation(offset(owner.range().line(), owner.range().column())) + "  ";
        }
    }

    private static String keyName(Expr.Item item) {
        if (item.forceExpression()) {
            return null;
        }
        Expr key = item.key();
        if (key instanceof Expr.Variable v) {
            return v.name();
        }
        if (key instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (key instanceof Expr.Template t && t.parts().size() == 1 && t.parts().get(0) instanceof Expr.Literal l
                && l.value() instanceof String s) {
            return s;
        }
        return null;
    }

    private int offset(int line, int column) throws Refusal {
        int o = src.offset(line, column);
        if (o < 0) {
            throw new Refusal("the parser's position " + line + ":" + column + " is not in the text", "set it by hand");
        }
        return o;
    }
}
