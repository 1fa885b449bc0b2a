package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.model.Evidence;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Terraform value as the evaluator computes it (cty's model, reduced to what matters here):
 * string, number, bool, null, sequences (tuple, list, set), objects and maps, and
 * {@link Unknown} for what is decided only at apply time. An unknown is a value of its own kind,
 * so it can sit inside a collection without making the collection unknown.
 */
public sealed interface Val permits Val.Str, Val.Num, Val.Bool, Val.Null, Val.Seq, Val.Obj, Val.Unknown {

    /** A string. */
    record Str(String value) implements Val {
    }

    /** A number, normalised so that {@code 1} and {@code 1.0} are the same value. */
    record Num(BigDecimal value) implements Val {
        public Num {
            value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }

        public static Num of(long v) {
            return new Num(BigDecimal.valueOf(v));
        }

        /** As Terraform prints a number: plain digits, no exponent. */
        public String text() {
            return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
        }
    }

    /** A bool. */
    record Bool(boolean value) implements Val {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean b) {
            return b ? TRUE : FALSE;
        }
    }

    /** null: an argument set to null is as if it were not set. */
    enum Null implements Val {
        NULL
    }

    /** Kinds of sequence; equality and conversion tell them apart as Terraform does. */
    enum SeqKind { TUPLE, LIST, SET }

    /** A tuple, list or set (a set's items are unique and kept in Terraform's iteration order). */
    record Seq(List<Val> items, SeqKind kind) implements Val {
        public Seq {
            items = List.copyOf(items);
        }

        public static Seq tuple(List<Val> items) {
            return new Seq(items, SeqKind.TUPLE);
        }
    }

    /** An object or map; attributes iterate in lexical key order, as Terraform's do. */
    record Obj(Map<String, Val> attributes, boolean map) implements Val {
        public Obj {
            attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
        }

        public static Obj object(Map<String, Val> attributes) {
            return new Obj(attributes, false);
        }
    }

    /**
     * A value known only at apply time (or not computable here); {@code reason} says which and why. {@code origin} is
     * the address (without instance keys) of the resource whose attribute it is, {@code module.a.aws_x.y}, kept
     * through locals, module inputs and outputs, interpolation and functions, so a reference to a resource can be
     * told from any other unknown (SPEC §12); {@code null} for every other unknown.
     */
    record Unknown(String reason, List<Evidence> evidence, String origin) implements Val {
        public Unknown {
            evidence = List.copyOf(evidence);
        }

        public Unknown(String reason, List<Evidence> evidence) {
            this(reason, evidence, null);
        }

        public static Unknown because(String reason) {
            return new Unknown(reason, List.of(), null);
        }

        /** An attribute of the resource at {@code origin}, known only after apply. */
        public static Unknown of(String reason, String origin) {
            return new Unknown(reason, List.of(), origin);
        }
    }
}
