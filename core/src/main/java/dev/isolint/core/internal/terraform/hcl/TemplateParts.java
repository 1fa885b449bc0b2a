package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.model.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of one template (literals, interpolations, directives) as HCL's template parser sees
 * them: read from the token stream with strip markers ({@code ${~}, {@code ~}}) applied, trimmed
 * for flush heredocs ({@code <<-}), then built into expressions with {@code %{if}} and
 * {@code %{for}} nesting.
 */
final class TemplateParts {

    /** One part of a template. */
    sealed interface Part permits Lit, Interp, If, ForStart, Ctrl {
    }

    /** A literal; its value changes when strip markers or heredoc flushing trim it. */
    static final class Lit implements Part {
        String value;
        final Range range;

        Lit(String value, Range range) {
            this.value = value;
            this.range = range;
        }
    }

    record Interp(Expr expr, Range range) implements Part {
    }

    record If(Expr condition, Range range) implements Part {
    }

    record ForStart(String keyVar, String valueVar, Expr collection, Range range) implements Part {
    }

    /** {@code else}, {@code endif} or {@code endfor}. */
    record Ctrl(String keyword, Range range) implements Part {
    }

    private final HclParser p;

    TemplateParts(HclParser parser) {
        this.p = parser;
    }

    List<Part> read(int open, TokenType end) throws HclSyntaxException {
        Tokens t = p.tokens();
        List<Part> parts = new ArrayList<>();
        boolean ltrimNext = false;
        boolean nextCanTrimPrev = false;
        while (true) {
            int i = p.readToken();
            TokenType ty = t.type(i);
            if (ty == end) {
                break;
            }
            boolean ltrim = ltrimNext;
            ltrimNext = false;
            boolean canTrimPrev = nextCanTrimPrev;
            nextCanTrimPrev = false;
            switch (ty) {
                case QUOTED_LIT, STRING_LIT -> {
                    String s = p.decode(i, ty == TokenType.QUOTED_LIT);
                    if (ltrim) {
                        s = stripLeading(s);
                    }
                    parts.add(new Lit(s, t.range(i)));
                    nextCanTrimPrev = true;
                }
                case TEMPLATE_INTERP, TEMPLATE_CONTROL -> {
                    if (canTrimPrev && t.end[i] - t.start[i] == 3 && !parts.isEmpty()
                            && parts.get(parts.size() - 1) instanceof Lit prev) {
                        prev.value = stripTrailing(prev.value);
                    }
                    p.pushNewlinesFor(false);
                    Part part = ty == TokenType.TEMPLATE_INTERP ? interpolation(i) : directive(i);
                    int close = p.peekToken();
                    if (t.type(close) != TokenType.TEMPLATE_SEQ_END) {
                        if (t.type(close) == TokenType.EOF) {
                            throw p.errorAt(i, "unterminated template sequence: no \"}\" closes \"" + t.text(i)
                                    + "\" opened at " + p.position(i));
                        }
                        throw p.errorAt(close, "expected \"}\" to close \"" + t.text(i) + "\" opened at "
                                + p.position(i) + ", found " + p.describeToken(close)
                                + " (to write a literal \"${\", use \"$${\")");
                    }
                    p.readToken();
                    if (t.src.charAt(t.start[close]) == '~') {
                        ltrimNext = true;
                    }
                    p.popNewlinesFor();
                    parts.add(part);
                }
                case EOF -> throw unterminated(open, end);
                default -> throw p.errorAt(i, "unexpected " + p.describeToken(i) + " in a template");
            }
        }
        if (parts.isEmpty()) {
            Range r = p.previousRange();
            parts.add(new Lit("", r.start()));
        }
        return parts;
    }

    private HclSyntaxException unterminated(int open, TokenType end) {
        Tokens t = p.tokens();
        if (end == TokenType.CHEREDOC) {
            String marker = t.text(open).replace("<<", "").replace("-", "");
            return p.errorAt(open, "unterminated heredoc: no line \"" + marker + "\" (followed by a newline) closes"
                    + " the heredoc opened at " + p.position(open));
        }
        return p.errorAt(open, "unterminated string: no closing quote for the string opened at " + p.position(open));
    }

    private Part interpolation(int open) throws HclSyntaxException {
        Expr e = p.expression();
        return new Interp(e, Range.between(p.tokens().range(open), e.range()));
    }

    private Part directive(int open) throws HclSyntaxException {
        Tokens t = p.tokens();
        int kw = p.peekToken();
        if (t.type(kw) != TokenType.IDENT) {
            throw p.errorAt(kw, "expected a template directive keyword (if, for, else, endif, endfor) after \"%{\","
                    + " found " + p.describeToken(kw));
        }
        p.readToken();
        String word = t.text(kw);
        Range at = t.range(open);
        switch (word) {
            case "if" -> {
                return new If(p.expression(), at);
            }
            case "else", "endif", "endfor" -> {
                return new Ctrl(word, at);
            }
            case "for" -> {
                int v = p.readToken();
                if (t.type(v) != TokenType.IDENT) {
                    throw p.errorAt(v, "expected a variable name after \"for\", found " + p.describeToken(v));
                }
                String keyVar = null;
                String valueVar = t.text(v);
                if (t.type(p.peekToken()) == TokenType.COMMA) {
                    p.readToken();
                    int v2 = p.readToken();
                    if (t.type(v2) != TokenType.IDENT) {
                        throw p.errorAt(v2, "expected a value variable name after \",\", found " + p.describeToken(v2));
                    }
                    keyVar = valueVar;
                    valueVar = t.text(v2);
                }
                if (!p.keywordNext("in")) {
                    throw p.errorAt(p.peekToken(), "expected \"in\" in the for directive, found "
                            + p.describeToken(p.peekToken()));
                }
                p.readToken();
                return new ForStart(keyVar, valueVar, p.expression(), at);
            }
            default -> throw p.errorAt(kw, "\"" + word + "\" is not a template directive (if, for, else, endif, endfor)");
        }
    }

    // ------------------------------------------------------------------ flush heredocs

    /** {@code <<-}: removes the smallest indentation of the lines from every line, as HCL does. */
    static void flush(List<Part> parts) {
        int min = Integer.MAX_VALUE;
        boolean newline = true;
        List<Lit> adjust = new ArrayList<>();
        for (Part part : parts) {
            if (newline) {
                newline = false;
                int spaces = 0;
                if (part instanceof Lit lit) {
                    String trimmed = stripLeading(lit.value);
                    if (trimmed.isEmpty() && lit.value.endsWith("\n")) {
                        spaces = Integer.MAX_VALUE;
                    } else {
                        String lead = lit.value.substring(0, lit.value.length() - trimmed.length());
                        spaces = lead.codePointCount(0, lead.length());
                        adjust.add(lit);
                    }
                }
                min = Math.min(min, spaces);
            }
            if (part instanceof Lit lit && lit.value.endsWith("\n")) {
                newline = true;
            }
        }
        if (min == Integer.MAX_VALUE || min == 0) {
            return;
        }
        for (Lit lit : adjust) {
            lit.value = lit.value.substring(lit.value.offsetByCodePoints(0, min));
        }
    }

    // ------------------------------------------------------------------ building expressions

    static List<Expr> build(List<Part> parts) throws HclSyntaxException {
        Builder b = new Builder(parts);
        List<Expr> out = new ArrayList<>();
        while (b.pos < parts.size()) {
            out.add(b.expr());
        }
        return out;
    }

    private static final class Builder {
        private final List<Part> parts;
        private int pos;

        Builder(List<Part> parts) {
            this.parts = parts;
        }

        Expr expr() throws HclSyntaxException {
            Part part = parts.get(pos++);
            if (part instanceof Lit lit) {
                return new Expr.Literal(lit.value, lit.range);
            }
            if (part instanceof Interp in) {
                return in.expr();
            }
            if (part instanceof If f) {
                return ifDirective(f);
            }
            if (part instanceof ForStart f) {
                return forDirective(f);
            }
            Ctrl c = (Ctrl) part;
            throw new HclSyntaxException("unexpected %{ " + c.keyword() + " } directive: the template's directives"
                    + " are unbalanced", c.range().line(), c.range().column());
        }

        private Expr ifDirective(If open) throws HclSyntaxException {
            List<Expr> whenTrue = new ArrayList<>();
            List<Expr> whenFalse = new ArrayList<>();
            Ctrl c = until(whenTrue, "if", open.range());
            if (c.keyword().equals("else")) {
                c = until(whenFalse, "if", open.range());
            }
            if (!c.keyword().equals("endif")) {
                throw unexpected(c, "if", open.range());
            }
            Range range = Range.between(open.range(), c.range());
            return new Expr.Conditional(open.condition(), template(whenTrue, open.range()),
                    template(whenFalse, c.range()), range);
        }

        private Expr forDirective(ForStart open) throws HclSyntaxException {
            List<Expr> body = new ArrayList<>();
            Ctrl c = until(body, "for", open.range());
            if (!c.keyword().equals("endfor")) {
                throw unexpected(c, "for", open.range());
            }
            Range range = Range.between(open.range(), c.range());
            Expr.For loop = new Expr.For(open.keyVar(), open.valueVar(), open.collection(), null,
                    template(body, open.range()), null, false, false, range);
            return new Expr.TemplateJoin(loop, range);
        }

        /** Builds parts into {@code into} up to the next else/endif/endfor, which it returns. */
        private Ctrl until(List<Expr> into, String directive, Range openedAt) throws HclSyntaxException {
            while (pos < parts.size()) {
                if (parts.get(pos) instanceof Ctrl c) {
                    pos++;
                    return c;
                }
                into.add(expr());
            }
            throw new HclSyntaxException("the %{ " + directive + " } directive opened at " + HclParser.at(openedAt)
                    + " has no %{ end" + directive + " }", openedAt.line(), openedAt.column());
        }

        private static HclSyntaxException unexpected(Ctrl c, String directive, Range openedAt) {
            return new HclSyntaxException("unexpected %{ " + c.keyword() + " } in the %{ " + directive + " } opened at "
                    + HclParser.at(openedAt), c.range().line(), c.range().column());
        }

        private static Expr.Template template(List<Expr> parts, Range at) {
            if (parts.isEmpty()) {
                Range r = at.end();
                return new Expr.Template(List.of(new Expr.Literal("", r)), r);
            }
            return new Expr.Template(parts, Range.between(parts.get(0).range(), parts.get(parts.size() - 1).range()));
        }
    }

    // ------------------------------------------------------------------ whitespace as Go's unicode.IsSpace

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0
                || (c > 0xFF && Character.isSpaceChar(c));
    }

    static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    static String stripTrailing(String s) {
        int i = s.length();
        while (i > 0 && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(0, i);
    }
}
