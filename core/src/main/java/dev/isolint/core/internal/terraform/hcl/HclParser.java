package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.api.Limits;
import dev.isolint.core.internal.terraform.hcl.Expr.Operator;
import dev.isolint.core.model.Range;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for HCL native syntax, following the structure of HashiCorp's
 * hclsyntax parser (newline sensitivity, operator precedence, legacy index and splat forms,
 * single-line blocks, template directives and strip markers, flush heredocs) so that it accepts and
 * rejects the same files. It stops at the first problem with a message naming what was expected
 * and where the enclosing construct was opened. It never evaluates anything.
 */
public final class HclParser {

    /**
     * Deepest nesting of blocks and expressions the parser's recursion safely reaches; the {@code depth}
     * limit can lower it, not raise it. Deeper input is rejected, not overflowed.
     */
    public static final int MAX_DEPTH = 256;

    private final Tokens t;
    private int next;
    private boolean[] newlines = new boolean[32];
    private int newlineDepth;
    private int depth;
    private final int maxDepth;

    private HclParser(Tokens tokens) {
        this(tokens, MAX_DEPTH);
    }

    private HclParser(Tokens tokens, int maxDepth) {
        this.t = tokens;
        this.maxDepth = Math.min(maxDepth, MAX_DEPTH);
        newlines[newlineDepth++] = true;
    }

    /** Parses {@code text}, a whole configuration (or {@code .tfvars}) file; the tree's ranges name {@code file}. */
    public static Body parseFile(Path file, String text) throws HclSyntaxException {
        return parseFile(file, text, MAX_DEPTH, Integer.MAX_VALUE);
    }

    /**
     * Parses a whole configuration file within the scan's {@code depth} and {@code tokens} limits; going past
     * either is a syntax error naming the limit.
     */
    public static Body parseFile(Path file, String text, int maxDepth, int maxTokens) throws HclSyntaxException {
        HclParser p;
        try {
            p = new HclParser(HclLexer.lex(file, text, maxTokens), maxDepth);
        } catch (Tokens.LimitExceeded e) {
            throw new HclSyntaxException(e.getMessage() + " " + Limits.howToRaise("tokens"), e.line, e.column);
        }
        try {
            return p.body(TokenType.EOF, null, 0);
        } catch (StackOverflowError e) {
            throw new HclSyntaxException("nesting too deep to read", 1, 1);
        }
    }

    /**
     * Parses {@code text} as one expression (a JSON-syntax type, a {@code -var} value); its ranges name {@code file},
     * the file the expression is written in or stands for.
     */
    public static Expr parseExpression(Path file, String text) throws HclSyntaxException {
        HclParser p = new HclParser(HclLexer.lex(file, text));
        p.pushNewlines(false);
        try {
            Expr e = p.expression();
            int i = p.peek();
            if (p.t.type(i) != TokenType.EOF) {
                throw p.error(i, "unexpected " + p.describe(i) + " after the expression");
            }
            return e;
        } catch (StackOverflowError e) {
            throw new HclSyntaxException("nesting too deep to read", 1, 1);
        }
    }

    /** Parses {@code text} as a bare template (the content of a JSON-syntax string) at line:column of {@code file}. */
    public static Expr parseTemplate(Path file, String text, int line, int column) throws HclSyntaxException {
        HclParser p = new HclParser(HclLexer.lexTemplate(file, text, line, column));
        try {
            return p.template(-1, TokenType.EOF, false);
        } catch (StackOverflowError e) {
            throw new HclSyntaxException("nesting too deep to read", line, column);
        }
    }

    // ------------------------------------------------------------------ token access

    private void pushNewlines(boolean include) {
        if (newlineDepth == newlines.length) {
            newlines = java.util.Arrays.copyOf(newlines, newlineDepth * 2);
        }
        newlines[newlineDepth++] = include;
    }

    private void popNewlines() {
        newlineDepth--;
    }

    /** Index of the next significant token (newlines are skipped where they do not matter). */
    private int peek() {
        int i = next;
        if (!newlines[newlineDepth - 1]) {
            while (t.type(i) == TokenType.NEWLINE) {
                i++;
            }
        }
        return i;
    }

    private TokenType peekType() {
        return t.type(peek());
    }

    private int read() {
        int i = peek();
        if (t.type(i) != TokenType.EOF) {
            next = i + 1;
        } else {
            next = i;
        }
        return i;
    }

    private boolean peekKeyword(String word) {
        int i = peek();
        return t.type(i) == TokenType.IDENT && t.end[i] - t.start[i] == word.length()
                && t.src.startsWith(word, t.start[i]);
    }

    private Range prevRange() {
        return next == 0 ? t.range(0) : t.range(next - 1);
    }

    private String describe(int i) {
        TokenType ty = t.type(i);
        return switch (ty) {
            case IDENT -> "\"" + t.text(i) + "\"";
            case NUMBER -> "number " + t.text(i);
            default -> ty.description();
        };
    }

    private String at(int i) {
        return t.line[i] + ":" + t.col[i];
    }

    /** {@code line:column} of where {@code r} starts, as messages name a place in the file being read. */
    static String at(Range r) {
        return r.line() + ":" + r.column();
    }

    /** An error at token {@code i}; an invalid token there explains itself instead. */
    private HclSyntaxException error(int i, String message) {
        if (t.type(i) == TokenType.INVALID) {
            return new HclSyntaxException(t.message(i), t.line[i], t.col[i]);
        }
        if (t.type(i) == TokenType.QUOTED_NEWLINE) {
            return new HclSyntaxException("quoted strings cannot span lines: close the string on its line,"
                    + " or use \\n or a heredoc (<<EOT)", t.line[i], t.col[i]);
        }
        return new HclSyntaxException(message, t.line[i], t.col[i]);
    }

    private void enter(int i) throws HclSyntaxException {
        if (++depth > maxDepth) {
            // The hint only when the limit, not the parser's own bound, stopped it: only then does raising help.
            throw error(i, "nested more than " + maxDepth + " levels deep"
                    + (maxDepth < MAX_DEPTH ? " " + Limits.howToRaise("depth") : ""));
        }
    }

    // ------------------------------------------------------------------ bodies

    /**
     * A body up to {@code end}. {@code opener} is the block type token index whose body this is
     * (or -1 for a file), for the message when the closing brace is missing.
     */
    private Body body(TokenType end, String openerName, int opener) throws HclSyntaxException {
        List<Attribute> attributes = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        Range startRange = prevRange();
        Range endRange;
        while (true) {
            int i = peek();
            TokenType ty = t.type(i);
            if (ty == end) {
                read();
                endRange = t.range(i);
                break;
            }
            if (ty == TokenType.NEWLINE) {
                read();
                continue;
            }
            if (ty == TokenType.IDENT) {
                Object item = bodyItem();
                if (item instanceof Block b) {
                    blocks.add(b);
                } else {
                    Attribute a = (Attribute) item;
                    for (Attribute existing : attributes) {
                        if (existing.name().equals(a.name())) {
                            throw new HclSyntaxException("argument \"" + a.name() + "\" is set twice (first at "
                                    + at(existing.range()) + "); each argument may be set only once",
                                    a.range().line(), a.range().column());
                        }
                    }
                    attributes.add(a);
                }
                continue;
            }
            if (ty == TokenType.EOF && openerName != null) {
                throw error(opener, "expected \"}\" to close " + openerName + " block opened at " + at(opener)
                        + ", found the end of the file");
            }
            if (ty == TokenType.OQUOTE) {
                throw error(i, "argument names must not be quoted");
            }
            if (ty == TokenType.CBRACE && openerName == null) {
                throw error(i, "unexpected \"}\": no block is open here");
            }
            throw error(i, "expected an argument or block definition, found " + describe(i));
        }
        return new Body(attributes, blocks, Range.between(startRange, endRange));
    }

    private Object bodyItem() throws HclSyntaxException {
        int ident = read();
        TokenType ty = peekType();
        if (ty == TokenType.EQUAL) {
            return attribute(ident, false);
        }
        if (ty == TokenType.OQUOTE || ty == TokenType.OBRACE || ty == TokenType.IDENT) {
            return block(ident);
        }
        int i = peek();
        throw error(i, "expected \"=\" or a block after \"" + t.text(ident) + "\", found " + describe(i)
                + " (to set an argument, use \"=\")");
    }

    private Attribute attribute(int ident, boolean singleLine) throws HclSyntaxException {
        read(); // "="
        Expr expr = expression();
        Range endRange = prevRange();
        if (!singleLine) {
            int e = peek();
            TokenType ty = t.type(e);
            if (ty != TokenType.NEWLINE && ty != TokenType.EOF) {
                if (ty == TokenType.COMMA) {
                    throw error(e, "unexpected \",\" after argument \"" + t.text(ident)
                            + "\": arguments are separated by newlines, not commas");
                }
                throw error(e, "expected a newline after argument \"" + t.text(ident) + "\", found " + describe(e));
            }
            read();
        }
        return new Attribute(t.text(ident), expr, Range.between(t.range(ident), endRange));
    }

    private Block block(int ident) throws HclSyntaxException {
        enter(ident);
        String type = t.text(ident);
        List<String> labels = new ArrayList<>();
        while (true) {
            int i = peek();
            TokenType ty = t.type(i);
            if (ty == TokenType.OBRACE) {
                break;
            }
            if (ty == TokenType.OQUOTE) {
                labels.add(quotedLabel());
            } else if (ty == TokenType.IDENT) {
                read();
                labels.add(t.text(i));
            } else if (ty == TokenType.EQUAL) {
                throw error(i, "\"" + type + "\" is followed by labels and \"=\": a block definition must not use \"=\"");
            } else if (ty == TokenType.NEWLINE) {
                throw error(i, "expected \"{\" on the same line as the header of the " + type + " block");
            } else {
                throw error(i, "expected a quoted label or \"{\" in the " + type + " block header, found " + describe(i));
            }
        }
        int open = read();
        Body body;
        TokenType after = peekType();
        if (after == TokenType.NEWLINE || after == TokenType.EOF || after == TokenType.CBRACE) {
            body = body(TokenType.CBRACE, type, ident);
        } else {
            body = singleAttributeBody(type, ident, open);
        }
        Range close = prevRange();
        int eol = peek();
        if (t.type(eol) == TokenType.NEWLINE || t.type(eol) == TokenType.EOF) {
            read();
        } else {
            throw error(eol, "expected a newline after the closing brace of the " + type + " block, found "
                    + describe(eol));
        }
        depth--;
        return new Block(type, labels, body, Range.between(t.range(ident), close));
    }

    /** {@code block { name = value }} on one line: exactly one argument, closed on the same line. */
    private Body singleAttributeBody(String type, int ident, int open) throws HclSyntaxException {
        int name = read();
        if (t.type(name) != TokenType.IDENT) {
            throw error(name, "expected an argument or block definition, found " + describe(name));
        }
        TokenType ty = peekType();
        if (ty != TokenType.EQUAL) {
            if (ty == TokenType.OQUOTE || ty == TokenType.OBRACE || ty == TokenType.IDENT) {
                throw error(name, "a single-line block can contain only one argument; put the nested block \""
                        + t.text(name) + "\" on a line of its own");
            }
            throw error(peek(), "expected \"=\" after \"" + t.text(name) + "\", found " + describe(peek()));
        }
        Attribute a = attribute(name, true);
        int close = peek();
        switch (t.type(close)) {
            case CBRACE -> read();
            case COMMA -> throw error(close, "a single-line block can contain only one argument;"
                    + " use one line per argument");
            case NEWLINE -> throw error(close, "a single-line block must be closed on the same line: put \"}\" right"
                    + " after the argument");
            case EOF -> throw error(ident, "expected \"}\" to close " + type + " block opened at " + at(ident)
                    + ", found the end of the file");
            default -> throw error(close, "expected \"}\" after the single argument of the " + type + " block, found "
                    + describe(close));
        }
        return new Body(List.of(a), List.of(), Range.between(t.range(open), t.range(close)));
    }

    private String quotedLabel() throws HclSyntaxException {
        int open = read();
        StringBuilder sb = new StringBuilder();
        while (true) {
            int i = read();
            switch (t.type(i)) {
                case CQUOTE -> {
                    return sb.toString();
                }
                case QUOTED_LIT -> sb.append(decode(i, true));
                case TEMPLATE_INTERP, TEMPLATE_CONTROL -> throw error(i, "block labels cannot contain template"
                        + " sequences; to write a literal \"${\", double the \"$\" (\"$${\")");
                case EOF -> throw error(open, "unterminated string: no closing quote for the label opened at "
                        + at(open));
                default -> throw error(i, "unexpected " + describe(i) + " in a block label");
            }
        }
    }

    // ------------------------------------------------------------------ expressions

    Expr expression() throws HclSyntaxException {
        int start = peek();
        enter(start);
        Expr cond = binary(0);
        if (peekType() != TokenType.QUESTION) {
            depth--;
            return cond;
        }
        int q = read();
        Expr whenTrue = expression();
        int colon = peek();
        if (t.type(colon) != TokenType.COLON) {
            throw error(colon, "expected \":\" and a false result in the conditional started at " + at(start)
                    + ", found " + describe(colon));
        }
        read();
        Expr whenFalse = expression();
        depth--;
        return new Expr.Conditional(cond, whenTrue, whenFalse, Range.between(t.range(start), whenFalse.range()));
    }

    /**
     * Binary operators by precedence climbing: operands bind to operators of level {@code min} or
     * tighter, equal levels associate to the left, as HCL's level-by-level recursion does.
     */
    private Expr binary(int min) throws HclSyntaxException {
        Expr lhs = withTraversals();
        while (true) {
            Operator op = operator(peekType());
            if (op == null || level(op) < min) {
                return lhs;
            }
            read();
            Expr rhs = binary(level(op) + 1);
            lhs = new Expr.Binary(op, lhs, rhs, Range.between(lhs.range(), rhs.range()));
        }
    }

    private static Operator operator(TokenType ty) {
        return switch (ty) {
            case OR -> Operator.OR;
            case AND -> Operator.AND;
            case EQEQ -> Operator.EQ;
            case NOTEQ -> Operator.NE;
            case GT -> Operator.GT;
            case GTE -> Operator.GE;
            case LT -> Operator.LT;
            case LTE -> Operator.LE;
            case PLUS -> Operator.ADD;
            case MINUS -> Operator.SUB;
            case STAR -> Operator.MUL;
            case SLASH -> Operator.DIV;
            case PERCENT -> Operator.MOD;
            default -> null;
        };
    }

    /** Precedence levels, loosest first: || && (== !=) (< > <= >=) (+ -) (* / %). */
    private static int level(Operator op) {
        return switch (op) {
            case OR -> 0;
            case AND -> 1;
            case EQ, NE -> 2;
            case LT, GT, LE, GE -> 3;
            case ADD, SUB -> 4;
            default -> 5;
        };
    }

    private Expr withTraversals() throws HclSyntaxException {
        return traversals(term());
    }

    private Expr traversals(Expr from) throws HclSyntaxException {
        Expr ret = from;
        while (true) {
            TokenType ty = peekType();
            if (ty == TokenType.DOT) {
                int dot = read();
                int a = peek();
                TokenType at = t.type(a);
                if (at == TokenType.IDENT) {
                    read();
                    ret = new Expr.GetAttr(ret, t.text(a), Range.between(ret.range(), t.range(a)));
                } else if (at == TokenType.NUMBER) {
                    read();
                    ret = new Expr.Index(ret, legacyIndex(a), Range.between(ret.range(), t.range(a)));
                } else if (at == TokenType.STAR) {
                    ret = attributeOnlySplat(ret, dot);
                } else {
                    throw error(a, "expected an attribute name after \".\", found " + describe(a));
                }
            } else if (ty == TokenType.OBRACK) {
                int open = read();
                if (peekType() == TokenType.STAR) {
                    read();
                    int close = read();
                    if (t.type(close) != TokenType.CBRACK) {
                        throw error(close, "expected \"]\" right after \"[*\" in the splat expression, found "
                                + describe(close));
                    }
                    Expr item = new Expr.SplatItem(Range.between(t.range(open), t.range(close)));
                    Expr each = traversals(item);
                    ret = new Expr.Splat(ret, each, false, Range.between(from.range(), each.range()));
                } else {
                    pushNewlines(false);
                    Expr key = expression();
                    int close = read();
                    if (t.type(close) != TokenType.CBRACK) {
                        throw error(close, "expected \"]\" to close the index opened at " + at(open) + ", found "
                                + describe(close));
                    }
                    popNewlines();
                    ret = new Expr.Index(ret, key, Range.between(ret.range(), t.range(close)));
                }
            } else {
                return ret;
            }
        }
    }

    /** {@code .0} as an index (legacy syntax); {@code .0.1} reads as the number 0.1 and is rejected as HCL does. */
    private Expr legacyIndex(int num) throws HclSyntaxException {
        String text = t.text(num);
        if (text.indexOf('.') >= 0) {
            throw error(num, "legacy index syntax cannot chain two indexes (\"." + text + "\"); write [" 
                    + text.replace(".", "][") + "]");
        }
        return new Expr.Literal(number(num), t.range(num));
    }

    private Expr attributeOnlySplat(Expr source, int dot) throws HclSyntaxException {
        int star = read();
        Expr item = new Expr.SplatItem(Range.between(t.range(dot), t.range(star)));
        Expr each = item;
        while (peekType() == TokenType.DOT) {
            read();
            int a = peek();
            if (t.type(a) == TokenType.NUMBER) {
                read();
                each = new Expr.Index(each, legacyIndex(a), Range.between(each.range(), t.range(a)));
            } else if (t.type(a) == TokenType.IDENT) {
                read();
                each = new Expr.GetAttr(each, t.text(a), Range.between(each.range(), t.range(a)));
            } else if (t.type(a) == TokenType.STAR) {
                throw error(a, "a splat expression (*) cannot be nested inside an attribute-only splat");
            } else {
                throw error(a, "expected an attribute name after \".\", found " + describe(a));
            }
        }
        return new Expr.Splat(source, each, true, Range.between(source.range(), prevRange()));
    }

    private Expr term() throws HclSyntaxException {
        int i = peek();
        switch (t.type(i)) {
            case OPAREN -> {
                read();
                pushNewlines(false);
                Expr inner = expression();
                int close = peek();
                if (t.type(close) != TokenType.CPAREN) {
                    throw error(close, "expected \")\" to close the parenthesis opened at " + at(i) + ", found "
                            + describe(close));
                }
                read();
                popNewlines();
                return new Expr.Parens(inner, Range.between(t.range(i), t.range(close)));
            }
            case NUMBER -> {
                read();
                return new Expr.Literal(number(i), t.range(i));
            }
            case IDENT -> {
                read();
                TokenType after = peekType();
                if (after == TokenType.OPAREN) {
                    return call(t.text(i), i);
                }
                if (after == TokenType.DOUBLE_COLON) {
                    return namespacedCall(i);
                }
                String name = t.text(i);
                return switch (name) {
                    case "true" -> new Expr.Literal(Boolean.TRUE, t.range(i));
                    case "false" -> new Expr.Literal(Boolean.FALSE, t.range(i));
                    case "null" -> new Expr.Literal(null, t.range(i));
                    default -> new Expr.Variable(name, t.range(i));
                };
            }
            case OQUOTE -> {
                read();
                return template(i, TokenType.CQUOTE, false);
            }
            case OHEREDOC -> {
                read();
                return template(i, TokenType.CHEREDOC, t.src.startsWith("<<-", t.start[i]));
            }
            case MINUS, BANG -> {
                read();
                enter(i);
                Expr operand = withTraversals();
                depth--;
                Operator op = t.type(i) == TokenType.MINUS ? Operator.NEG : Operator.NOT;
                return new Expr.Unary(op, operand, Range.between(t.range(i), operand.range()));
            }
            case OBRACK -> {
                return tuple();
            }
            case OBRACE -> {
                return object();
            }
            case EOF -> throw error(i, "expected an expression, found the end of the file");
            default -> throw error(i, "expected an expression, found " + describe(i));
        }
    }

    private BigDecimal number(int i) throws HclSyntaxException {
        try {
            return new BigDecimal(t.text(i));
        } catch (NumberFormatException e) {
            throw error(i, "invalid number literal " + t.text(i));
        }
    }

    /** Terraform's provider-defined functions: {@code provider::aws::arn_parse(…)}. */
    private Expr namespacedCall(int first) throws HclSyntaxException {
        StringBuilder name = new StringBuilder(t.text(first));
        while (peekType() == TokenType.DOUBLE_COLON) {
            read();
            int part = read();
            if (t.type(part) != TokenType.IDENT) {
                throw error(part, "expected a function name after \"::\", found " + describe(part));
            }
            name.append("::").append(t.text(part));
        }
        if (peekType() != TokenType.OPAREN) {
            throw error(peek(), "expected \"(\" after the function name " + name + ", found " + describe(peek()));
        }
        return call(name.toString(), first);
    }

    private Expr call(String name, int nameToken) throws HclSyntaxException {
        int open = read();
        List<Expr> args = new ArrayList<>();
        boolean expand = false;
        pushNewlines(false);
        int close;
        while (true) {
            if (peekType() == TokenType.CPAREN) {
                close = read();
                break;
            }
            args.add(expression());
            int sep = read();
            TokenType ty = t.type(sep);
            if (ty == TokenType.CPAREN) {
                close = sep;
                break;
            }
            if (ty == TokenType.ELLIPSIS) {
                expand = true;
                close = read();
                if (t.type(close) != TokenType.CPAREN) {
                    throw error(close, "an expanded argument (with ...) must be the last one: expected \")\" after it");
                }
                break;
            }
            if (ty != TokenType.COMMA) {
                if (ty == TokenType.EOF) {
                    throw error(nameToken, "unterminated call: no \")\" closes " + name + "( opened at " + at(open));
                }
                throw error(sep, "expected \",\" or \")\" in the arguments of " + name + "(), found " + describe(sep));
            }
            if (peekType() == TokenType.CPAREN) {
                close = read();
                break;
            }
        }
        popNewlines();
        return new Expr.Call(name, args, expand, t.range(nameToken), Range.between(t.range(nameToken), t.range(close)));
    }

    private Expr tuple() throws HclSyntaxException {
        int open = read();
        pushNewlines(false);
        if (peekKeyword("for")) {
            Expr f = forExpr(open, false);
            popNewlines();
            return f;
        }
        List<Expr> items = new ArrayList<>();
        int close;
        while (true) {
            if (peekType() == TokenType.CBRACK) {
                close = read();
                break;
            }
            items.add(expression());
            int sep = peek();
            if (t.type(sep) == TokenType.CBRACK) {
                close = read();
                break;
            }
            if (t.type(sep) != TokenType.COMMA) {
                if (t.type(sep) == TokenType.EOF) {
                    throw error(open, "expected \"]\" to close the list opened at " + at(open)
                            + ", found the end of the file");
                }
                throw error(sep, "expected \",\" or \"]\" in the list opened at " + at(open) + ", found " + describe(sep));
            }
            read();
        }
        popNewlines();
        return new Expr.Tuple(items, Range.between(t.range(open), t.range(close)));
    }

    private Expr object() throws HclSyntaxException {
        int open = read();
        pushNewlines(false);
        boolean isFor = peekKeyword("for");
        popNewlines();
        if (isFor) {
            pushNewlines(false);
            Expr f = forExpr(open, true);
            popNewlines();
            return f;
        }
        pushNewlines(true);
        List<Expr.Item> items = new ArrayList<>();
        int close;
        while (true) {
            int i = peek();
            TokenType ty = t.type(i);
            if (ty == TokenType.NEWLINE) {
                read();
                continue;
            }
            if (ty == TokenType.CBRACE) {
                close = read();
                break;
            }
            boolean force = ty == TokenType.OPAREN;
            Expr key = expression();
            int sep = peek();
            if (t.type(sep) != TokenType.EQUAL && t.type(sep) != TokenType.COLON) {
                if (t.type(sep) == TokenType.EOF) {
                    throw error(open, "expected \"}\" to close the object opened at " + at(open)
                            + ", found the end of the file");
                }
                throw error(sep, "expected \"=\" after the key in the object opened at " + at(open) + ", found "
                        + describe(sep));
            }
            read();
            Expr value = expression();
            items.add(new Expr.Item(key, force, value));
            int after = peek();
            TokenType at = t.type(after);
            if (at == TokenType.CBRACE) {
                close = read();
                break;
            }
            if (at != TokenType.COMMA && at != TokenType.NEWLINE) {
                if (at == TokenType.EOF) {
                    throw error(open, "expected \"}\" to close the object opened at " + at(open)
                            + ", found the end of the file");
                }
                throw error(after, "expected a newline or \",\" before the next item of the object opened at "
                        + at(open) + ", found " + describe(after));
            }
            read();
        }
        popNewlines();
        return new Expr.ObjectCons(items, Range.between(t.range(open), t.range(close)));
    }

    private Expr forExpr(int open, boolean object) throws HclSyntaxException {
        read(); // "for"
        TokenType closeType = object ? TokenType.CBRACE : TokenType.CBRACK;
        int v = read();
        if (t.type(v) != TokenType.IDENT) {
            throw error(v, "expected a variable name after \"for\", found " + describe(v));
        }
        String keyVar = null;
        String valueVar = t.text(v);
        if (peekType() == TokenType.COMMA) {
            read();
            int v2 = read();
            if (t.type(v2) != TokenType.IDENT) {
                throw error(v2, "expected a value variable name after \",\" in the for expression, found " + describe(v2));
            }
            keyVar = valueVar;
            valueVar = t.text(v2);
        }
        if (!peekKeyword("in")) {
            throw error(peek(), "expected \"in\" after the names in the for expression, found " + describe(peek()));
        }
        read();
        Expr collection = expression();
        if (peekType() != TokenType.COLON) {
            throw error(peek(), "expected \":\" after the collection in the for expression, found " + describe(peek()));
        }
        read();
        Expr keyExpr = null;
        Expr valueExpr = expression();
        if (peekType() == TokenType.FATARROW) {
            read();
            keyExpr = valueExpr;
            valueExpr = expression();
        }
        boolean group = false;
        int ellipsis = -1;
        if (peekType() == TokenType.ELLIPSIS) {
            ellipsis = read();
            group = true;
        }
        Expr condition = null;
        if (peekKeyword("if")) {
            read();
            condition = expression();
        }
        int close = peek();
        if (t.type(close) != closeType) {
            throw error(close, "expected " + closeType.description() + " to end the for expression opened at "
                    + at(open) + ", found " + describe(close));
        }
        read();
        if (!object && keyExpr != null) {
            throw new HclSyntaxException("a key expression (\"=>\") is not valid in a for expression that builds a list",
                    keyExpr.range().line(), keyExpr.range().column());
        }
        if (!object && group) {
            throw error(ellipsis, "grouping (\"...\") is not valid in a for expression that builds a list");
        }
        if (object && keyExpr == null) {
            throw new HclSyntaxException("a for expression that builds an object needs a key: write key => value",
                    valueExpr.range().line(), valueExpr.range().column());
        }
        return new Expr.For(keyVar, valueVar, collection, keyExpr, valueExpr, condition, group, object,
                Range.between(t.range(open), t.range(close)));
    }

    // ------------------------------------------------------------------ templates

    /**
     * A template up to {@code end}. {@code open} is the opening token (or -1 for a bare template).
     * A template that is a single interpolation passes its value through unconverted, as HCL does.
     */
    private Expr template(int open, TokenType end, boolean flush) throws HclSyntaxException {
        Range startRange = open >= 0 ? t.range(open) : t.range(peek());
        List<TemplateParts.Part> parts = new TemplateParts(this).read(open, end);
        if (flush) {
            TemplateParts.flush(parts);
        }
        Range range = Range.between(startRange, prevRange());
        if (parts.size() == 1 && parts.get(0) instanceof TemplateParts.Interp in) {
            return new Expr.TemplateWrap(in.expr(), range);
        }
        List<Expr> exprs = TemplateParts.build(parts);
        return new Expr.Template(exprs, range);
    }

    // ---- package-private access for TemplateParts, which reads a template's token sequence

    Tokens tokens() {
        return t;
    }

    int readToken() {
        return read();
    }

    int peekToken() {
        return peek();
    }

    void pushNewlinesFor(boolean include) {
        pushNewlines(include);
    }

    void popNewlinesFor() {
        popNewlines();
    }

    HclSyntaxException errorAt(int i, String message) {
        return error(i, message);
    }

    String position(int i) {
        return at(i);
    }

    String describeToken(int i) {
        return describe(i);
    }

    boolean keywordNext(String word) {
        return peekKeyword(word);
    }

    Range previousRange() {
        return prevRange();
    }

    /** Decodes a literal token: escapes in quoted strings, and {@code $${}/{@code %%{} everywhere. */
    String decode(int i, boolean quoted) throws HclSyntaxException {
        String s = t.src;
        int from = t.start[i];
        int to = t.end[i];
        StringBuilder sb = null;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if ((c == '$' || c == '%') && k + 2 < to && s.charAt(k + 1) == c && s.charAt(k + 2) == '{') {
                if (sb == null) {
                    sb = new StringBuilder(to - from).append(s, from, k);
                }
                sb.append(c).append('{');
                k += 2;
                continue;
            }
            if (quoted && c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder(to - from).append(s, from, k);
                }
                k = escape(i, k, to, sb);
                continue;
            }
            if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s.substring(from, to) : sb.toString();
    }

    private int escape(int token, int k, int to, StringBuilder sb) throws HclSyntaxException {
        String s = t.src;
        if (k + 1 >= to) {
            throw new HclSyntaxException("a backslash must be followed by an escape sequence (\\n, \\\", \\\\, …)",
                    t.line[token], column(token, k));
        }
        char e = s.charAt(k + 1);
        switch (e) {
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'u', 'U' -> {
                int len = e == 'u' ? 4 : 8;
                if (k + 2 + len > to || !hex(s, k + 2, k + 2 + len)) {
                    throw new HclSyntaxException("the \\" + e + " escape must be followed by " + len
                            + " hexadecimal digits", t.line[token], column(token, k));
                }
                long cp = Long.parseLong(s.substring(k + 2, k + 2 + len), 16);
                if (cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    throw new HclSyntaxException("cannot encode character U+" + Long.toHexString(cp).toUpperCase()
                            + " in UTF-8", t.line[token], column(token, k));
                }
                sb.appendCodePoint((int) cp);
                return k + 1 + len;
            }
            default -> throw new HclSyntaxException("\"\\" + e + "\" is not a valid escape sequence"
                    + " (valid: \\n \\r \\t \\\" \\\\ \\uNNNN \\UNNNNNNNN)", t.line[token], column(token, k));
        }
        return k + 1;
    }

    /**
     * The column of offset {@code k} inside a literal token (quoted literals never span lines). Counted only for an
     * error: counting it for every escape made a long string of escapes quadratic once the text held one character
     * beyond Latin-1 (then {@code codePointCount} walks the characters).
     */
    private int column(int token, int k) {
        return t.col[token] + t.src.codePointCount(t.start[token], k);
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
