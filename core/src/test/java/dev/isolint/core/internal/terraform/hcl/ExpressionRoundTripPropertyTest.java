package dev.isolint.core.internal.terraform.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.model.Range;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated expressions, printed as HCL and parsed back, give the same tree: operators, their
 * precedence and associativity, unary operators, conditionals, traversals, splats, calls with
 * expansion, tuples, objects, for expressions and templates with characters that need escaping.
 */
class ExpressionRoundTripPropertyTest {

    private static final Path FILE = Path.of("main.tf");
    private static final Range AT = Range.of(FILE, 1, 1);
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "for", "in", "if");
    private static final int TERM = 7;
    private static final int UNARY = 6;

    @Property(tries = 500)
    void printThenParseGivesTheSameTree(@ForAll("expressions") Expr e) throws HclSyntaxException {
        String source = HclPrinter.print(e);
        Expr parsed = HclParser.parseFile(FILE, "x = " + source + "\n").attribute("x").expr();
        assertThat(shape(parsed)).as(source).isEqualTo(shape(e));
        assertThat(HclPrinter.print(parsed)).isEqualTo(source);
    }

    @Provide
    Arbitrary<Expr> expressions() {
        return expr(3);
    }

    // ------------------------------------------------------------------ generators

    private Arbitrary<Expr> expr(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        int d = depth - 1;
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf()),
                net.jqwik.api.Tuple.of(3, binary(d)),
                net.jqwik.api.Tuple.of(1, unary(d)),
                net.jqwik.api.Tuple.of(1, conditional(d)),
                net.jqwik.api.Tuple.of(2, traversal(d)),
                net.jqwik.api.Tuple.of(1, splat(d)),
                net.jqwik.api.Tuple.of(1, call(d)),
                net.jqwik.api.Tuple.of(1, tuple(d)),
                net.jqwik.api.Tuple.of(1, object(d)),
                net.jqwik.api.Tuple.of(1, forExpr(d)),
                net.jqwik.api.Tuple.of(2, template(d)),
                net.jqwik.api.Tuple.of(1, expr(d).map(x -> new Expr.Parens(x, AT))));
    }

    private Arbitrary<Expr> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(3)
                        .map(n -> (Expr) new Expr.Literal(n, AT)),
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).map(b -> (Expr) new Expr.Literal(b, AT)),
                Arbitraries.just(new Expr.Literal(null, AT)),
                name().map(n -> (Expr) new Expr.Variable(n, AT)),
                text().map(s -> (Expr) new Expr.Template(List.of(new Expr.Literal(s, AT)), AT)));
    }

    private Arbitrary<String> name() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6)
                .injectDuplicates(0.2)
                .map(s -> s + (s.length() > 3 ? "_x-1" : ""))
                .filter(s -> !KEYWORDS.contains(s) && !s.matches("e\\d.*"));
    }

    /** Literal template text, including characters that must be escaped. */
    private Arbitrary<String> text() {
        return Arbitraries.strings().withChars("ab $%{}\\\"\n\tü😀").ofMaxLength(8);
    }

    private Arbitrary<Expr> binary(int d) {
        return Combinators.combine(Arbitraries.of(Expr.Operator.OR, Expr.Operator.AND, Expr.Operator.EQ,
                        Expr.Operator.NE, Expr.Operator.LT, Expr.Operator.GE, Expr.Operator.ADD, Expr.Operator.SUB,
                        Expr.Operator.MUL, Expr.Operator.DIV, Expr.Operator.MOD), expr(d), expr(d))
                .as((op, l, r) -> new Expr.Binary(op, wrap(l, level(op)), wrap(r, level(op) + 1), AT));
    }

    private Arbitrary<Expr> unary(int d) {
        return Combinators.combine(Arbitraries.of(Expr.Operator.NOT, Expr.Operator.NEG), expr(d))
                .as((op, x) -> new Expr.Unary(op, wrap(x, UNARY), AT));
    }

    private Arbitrary<Expr> conditional(int d) {
        return Combinators.combine(expr(d), expr(d), expr(d))
                .as((c, t, f) -> new Expr.Conditional(wrap(c, 0), t, f, AT));
    }

    private Arbitrary<Expr> traversal(int d) {
        return Combinators.combine(expr(d), name(), expr(d), Arbitraries.integers().between(0, 2))
                .as((src, n, key, kind) -> {
                    Expr s = source(src);
                    return switch (kind) {
                        case 0 -> new Expr.GetAttr(s, n, AT);
                        case 1 -> new Expr.Index(s, key, AT);
                        default -> new Expr.Index(s, new Expr.Literal(new BigDecimal(key.hashCode() & 7), AT), AT);
                    };
                });
    }

    private Arbitrary<Expr> splat(int d) {
        return Combinators.combine(expr(d), name().list().ofMaxSize(2), Arbitraries.of(true, false))
                .as((src, names, attributeOnly) -> {
                    Expr each = new Expr.SplatItem(AT);
                    for (String n : names) {
                        each = new Expr.GetAttr(each, n, AT);
                    }
                    if (!attributeOnly && !names.isEmpty()) {
                        each = new Expr.Index(each, new Expr.Literal(BigDecimal.ONE, AT), AT);
                    }
                    return new Expr.Splat(source(src), each, attributeOnly, AT);
                });
    }

    private Arbitrary<Expr> call(int d) {
        return Combinators.combine(name(), expr(d).list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((n, args, expand) -> new Expr.Call(n, args, expand && !args.isEmpty(), AT, AT));
    }

    private Arbitrary<Expr> tuple(int d) {
        return expr(d).list().ofMaxSize(3).map(items -> new Expr.Tuple(items, AT));
    }

    private Arbitrary<Expr> object(int d) {
        Arbitrary<Expr.Item> item = Combinators.combine(Arbitraries.integers().between(0, 2), name(), text(), expr(d), expr(d))
                .as((kind, n, s, k, v) -> switch (kind) {
                    case 0 -> new Expr.Item(new Expr.Variable(n, AT), false, v);
                    case 1 -> new Expr.Item(new Expr.Template(List.of(new Expr.Literal(s, AT)), AT), false, v);
                    default -> new Expr.Item(new Expr.Parens(k, AT), true, v);
                });
        return item.list().ofMaxSize(3).map(items -> new Expr.ObjectCons(items, AT));
    }

    private Arbitrary<Expr> forExpr(int d) {
        return Combinators.combine(name(), name(), Arbitraries.of(true, false), expr(d), expr(d), expr(d),
                        Arbitraries.integers().between(0, 3))
                .as((k, v, object, coll, val, extra, flags) -> {
                    boolean keyed = (flags & 1) == 1;
                    boolean conditioned = (flags & 2) == 2;
                    return new Expr.For(keyed ? k : null, v, coll, object ? extra : null, val,
                            conditioned ? extra : null, object && keyed, object, AT);
                });
    }

    private Arbitrary<Expr> template(int d) {
        return Combinators.combine(text().list().ofMinSize(1).ofMaxSize(3), expr(d).list().ofMinSize(1).ofMaxSize(3))
                .as((texts, exprs) -> {
                    List<Expr> parts = new ArrayList<>();
                    for (int i = 0; i < Math.max(texts.size(), exprs.size()); i++) {
                        if (i < texts.size() && !texts.get(i).isEmpty()) {
                            // A literal ending in $ or % cannot be written just before an interpolation.
                            String t = texts.get(i).replaceAll("[$%]+$", "");
                            if (!t.isEmpty() && !parts.isEmpty() && parts.get(parts.size() - 1) instanceof Expr.Literal p
                                    && p.value() instanceof String prev) {
                                // Adjacent literals are one literal in source.
                                parts.set(parts.size() - 1, new Expr.Literal(prev + t, AT));
                            } else if (!t.isEmpty()) {
                                parts.add(new Expr.Literal(t, AT));
                            }
                        }
                        if (i < exprs.size()) {
                            parts.add(exprs.get(i));
                        }
                    }
                    if (parts.size() == 1 && !(parts.get(0) instanceof Expr.Literal l && l.value() instanceof String)) {
                        return new Expr.TemplateWrap(parts.get(0), AT);
                    }
                    return new Expr.Template(parts, AT);
                });
    }

    /** The source of a traversal must be a term; a number would swallow a following dot. */
    private static Expr source(Expr e) {
        if (e instanceof Expr.Splat || (e instanceof Expr.Literal l && l.value() instanceof BigDecimal)) {
            return new Expr.Parens(e, AT);
        }
        return wrap(e, TERM);
    }

    private static Expr wrap(Expr e, int atLeast) {
        return precedence(e) >= atLeast ? e : new Expr.Parens(e, AT);
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.Conditional) {
            return -1;
        }
        if (e instanceof Expr.Binary b) {
            return level(b.op());
        }
        return e instanceof Expr.Unary ? UNARY : TERM;
    }

    private static int level(Expr.Operator op) {
        return switch (op) {
            case OR -> 0;
            case AND -> 1;
            case EQ, NE -> 2;
            case LT, GT, LE, GE -> 3;
            case ADD, SUB -> 4;
            default -> 5;
        };
    }

    // ------------------------------------------------------------------ tree shape, positions ignored

    static String shape(Expr e) {
        if (e == null) {
            return "-";
        }
        if (e instanceof Expr.Literal l) {
            Object v = l.value();
            return "L(" + (v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : v instanceof String s ? "\"" + s + "\"" : String.valueOf(v)) + ")";
        }
        if (e instanceof Expr.Template t) {
            return "T" + shapes(t.parts());
        }
        if (e instanceof Expr.TemplateWrap w) {
            return "W(" + shape(w.wrapped()) + ")";
        }
        if (e instanceof Expr.Variable v) {
            return "V(" + v.name() + ")";
        }
        if (e instanceof Expr.GetAttr g) {
            return "A(" + shape(g.source()) + "." + g.name() + ")";
        }
        if (e instanceof Expr.Index i) {
            return "I(" + shape(i.source()) + "[" + shape(i.key()) + "])";
        }
        if (e instanceof Expr.Splat s) {
            return "S(" + shape(s.source()) + (s.attributeOnly() ? ".*" : "[*]") + shape(s.each()) + ")";
        }
        if (e instanceof Expr.SplatItem) {
            return "item";
        }
        if (e instanceof Expr.Call c) {
            return "C(" + c.name() + shapes(c.args()) + (c.expandFinal() ? "..." : "") + ")";
        }
        if (e instanceof Expr.Tuple t) {
            return "U" + shapes(t.items());
        }
        if (e instanceof Expr.ObjectCons o) {
            StringBuilder sb = new StringBuilder("O{");
            o.items().forEach(i -> sb.append(i.forceExpression() ? "!" : "").append(shape(i.key())).append('=')
                    .append(shape(i.value())).append(';'));
            return sb.append('}').toString();
        }
        if (e instanceof Expr.For f) {
            return "F(" + f.keyVar() + "," + f.valueVar() + " in " + shape(f.collection()) + ":" + shape(f.keyExpr())
                    + "=>" + shape(f.valueExpr()) + (f.group() ? "..." : "") + " if " + shape(f.condition())
                    + (f.object() ? " obj" : " list") + ")";
        }
        if (e instanceof Expr.Conditional c) {
            return "Q(" + shape(c.condition()) + "?" + shape(c.whenTrue()) + ":" + shape(c.whenFalse()) + ")";
        }
        if (e instanceof Expr.Binary b) {
            return "B(" + shape(b.left()) + b.op().symbol() + shape(b.right()) + ")";
        }
        if (e instanceof Expr.Unary u) {
            return "N(" + u.op().symbol() + shape(u.operand()) + ")";
        }
        if (e instanceof Expr.TemplateJoin j) {
            return "J(" + shape(j.loop()) + ")";
        }
        return "P(" + shape(((Expr.Parens) e).inner()) + ")";
    }

    private static String shapes(List<Expr> list) {
        StringBuilder sb = new StringBuilder("[");
        list.forEach(x -> sb.append(shape(x)).append(','));
        return sb.append(']').toString();
    }
}
