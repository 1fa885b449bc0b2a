package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.internal.terraform.eval.Val.Bool;
import dev.isolint.core.internal.terraform.eval.Val.Num;
import dev.isolint.core.internal.terraform.eval.Val.Obj;
import dev.isolint.core.internal.terraform.eval.Val.Seq;
import dev.isolint.core.internal.terraform.eval.Val.Str;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.model.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code jsondecode} and {@code jsonencode} with Terraform's conventions. */
final class Json {

    private Json() {
    }

    static Val decode(String text, Range at) {
        try {
            // The decoded string is no file of its own; only its values are kept, so its nodes name the caller's file.
            return fromNode(new JsonTreeReader(TreeLimits.DEFAULT).read(at.file(), text));
        } catch (TreeParseException e) {
            throw new EvalException("jsondecode(): " + e.getMessage(), at);
        }
    }

    private static Val fromNode(Node n) {
        if (n instanceof Node.ScalarNode s) {
            return Vals.fromPlain(s.value());
        }
        if (n instanceof Node.SeqNode seq) {
            List<Val> items = new ArrayList<>();
            seq.items().forEach(i -> items.add(fromNode(i)));
            return Seq.tuple(items);
        }
        Map<String, Val> attrs = new LinkedHashMap<>();
        ((Node.MapNode) n).entries().forEach(e -> attrs.put(e.key(), fromNode(e.value())));
        return Obj.object(attrs);
    }

    /** Compact JSON with sorted keys, escaping {@code < > &} as Go's encoder (and so Terraform) does. */
    static String encode(Val v) {
        StringBuilder sb = new StringBuilder();
        encode(v, sb);
        return sb.toString();
    }

    private static void encode(Val v, StringBuilder sb) {
        if (v instanceof Str s) {
            string(s.value(), sb);
        } else if (v instanceof Num n) {
            sb.append(n.text());
        } else if (v instanceof Bool b) {
            sb.append(b.value());
        } else if (v instanceof Seq seq) {
            sb.append('[');
            for (int i = 0; i < seq.items().size(); i++) {
                sb.append(i == 0 ? "" : ",");
                encode(seq.items().get(i), sb);
            }
            sb.append(']');
        } else if (v instanceof Obj o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Val> e : o.attributes().entrySet()) {
                sb.append(first ? "" : ",");
                string(e.getKey(), sb);
                sb.append(':');
                encode(e.getValue(), sb);
                first = false;
            }
            sb.append('}');
        } else {
            sb.append("null");
        }
    }

    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
