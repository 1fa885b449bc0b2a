package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.model.Range;
import java.util.List;

/**
 * An HCL expression as written, with its source range. Nothing here is evaluated: a literal
 * keeps what the source says, a reference keeps the name it refers to.
 */
public sealed interface Expr {

    Range range();

    /**
     * A constant: {@code null}, {@link Boolean}, {@link java.math.BigDecimal} or {@link String}
     * (from HCL source or a template part); JSON syntax also gives {@link java.util.List} and
     * {@link java.util.Map} for values taken literally (a variable's {@code default}).
     */
    record Literal(Object value, Range range) implements Expr {
    }

    /** A string template: its parts are joined as strings ({@code "a-${b}"}, heredocs). */
    record Template(List<Expr> parts, Range range) implements Expr {
        public Template {
            parts = List.copyOf(parts);
        }
    }

    /** A template that is one interpolation ({@code "${x}"}): the value passes through unconverted. */
    record TemplateWrap(Expr wrapped, Range range) implements Expr {
    }

    /** {@code %{ for … }…%{ endfor }} inside a template: the body's strings joined. */
    record TemplateJoin(For loop, Range range) implements Expr {
    }

    /** A name at the root of a reference: {@code var}, {@code local}, {@code each}, {@code aws_s3_bucket}. */
    record Variable(String name, Range range) implements Expr {
    }

    /** {@code source.name}. */
    record GetAttr(Expr source, String name, Range range) implements Expr {
    }

    /** {@code source[key]}, also the legacy {@code source.0}. */
    record Index(Expr source, Expr key, Range range) implements Expr {
    }

    /**
     * {@code source[*].rest} or the legacy attribute-only {@code source.*.rest}: {@code each} is
     * evaluated once per element with {@link SplatItem} standing for the element.
     */
    record Splat(Expr source, Expr each, boolean attributeOnly, Range range) implements Expr {
    }

    /** The element a {@link Splat}'s {@code each} expression is applied to. */
    record SplatItem(Range range) implements Expr {
    }

    /** {@code name(args…)}; {@code expandFinal} for a final {@code args...}. */
    record Call(String name, List<Expr> args, boolean expandFinal, Range nameRange, Range range)
            implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code [a, b]}. */
    record Tuple(List<Expr> items, Range range) implements Expr {
        public Tuple {
            items = List.copyOf(items);
        }
    }

    /** {@code {k = v, …}}. */
    record ObjectCons(List<Item> items, Range range) implements Expr {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /**
     * One {@code key = value} of an object. A bare name as key is the literal string unless it was
     * written in parentheses ({@code forceExpression}).
     */
    record Item(Expr key, boolean forceExpression, Expr value) {
    }

    /**
     * {@code [for k, v in coll : val if cond]} or {@code {for k, v in coll : key => val... if cond}}.
     * {@code keyVar} is {@code null} when only the value is named.
     */
    record For(String keyVar, String valueVar, Expr collection, Expr keyExpr, Expr valueExpr, Expr condition,
            boolean group, boolean object, Range range) implements Expr {
    }

    /** {@code cond ? a : b}. */
    record Conditional(Expr condition, Expr whenTrue, Expr whenFalse, Range range) implements Expr {
    }

    /** A binary operation. */
    record Binary(Operator op, Expr left, Expr right, Range range) implements Expr {
    }

    /** {@code !x} or {@code -x}. */
    record Unary(Operator op, Expr operand, Range range) implements Expr {
    }

    /** An expression in parentheses (kept, so ranges and printing stay faithful). */
    record Parens(Expr inner, Range range) implements Expr {
    }

    /** Operators, with their HCL spelling. */
    enum Operator {
        OR("||"), AND("&&"), EQ("=="), NE("!="), LT("<"), GT(">"), LE("<="), GE(">="),
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), NOT("!"), NEG("-");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
