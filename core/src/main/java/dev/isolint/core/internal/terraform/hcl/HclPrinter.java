package dev.isolint.core.internal.terraform.hcl;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes an expression back as HCL source, exactly as structured (parentheses only where the tree
 * has {@link Expr.Parens}), so that parsing the output gives the same tree. Used for messages that
 * name a reference and for the print-parse round-trip property.
 */
public final class HclPrinter {

    private HclPrinter() {
    }

    public static String print(Expr e) {
        StringBuilder sb = new StringBuilder();
        print(e, sb);
        return sb.toString();
    }

    private static void print(Expr e, StringBuilder sb) {
        if (e instanceof Expr.Literal l) {
            literal(l.value(), sb);
        } else if (e instanceof Expr.Template t) {
            sb.append('"');
            templateParts(t.parts(), sb);
            sb.append('"');
        } else if (e instanceof Expr.TemplateWrap w) {
            sb.append("\"${");
            print(w.wrapped(), sb);
            sb.append("}\"");
        } else if (e instanceof Expr.TemplateJoin j) {
            sb.append('"');
            join(j, sb);
            sb.append('"');
        } else if (e instanceof Expr.Variable v) {
            sb.append(v.name());
        } else if (e instanceof Expr.GetAttr g) {
            print(g.source(), sb);
            sb.append('.').append(g.name());
        } else if (e instanceof Expr.Index i) {
            print(i.source(), sb);
            sb.append('[');
            print(i.key(), sb);
            sb.append(']');
        } else if (e instanceof Expr.Splat s) {
            print(s.source(), sb);
            sb.append(s.attributeOnly() ? ".*" : "[*]");
            print(s.each(), sb);
        } else if (e instanceof Expr.SplatItem) {
            // The element itself: nothing to write, the traversal after it follows directly.
            return;
        } else if (e instanceof Expr.Call c) {
            sb.append(c.name()).append('(');
            list(c.args(), sb);
            if (c.expandFinal()) {
                sb.append("...");
            }
            sb.append(')');
        } else if (e instanceof Expr.Tuple t) {
            sb.append('[');
            list(t.items(), sb);
            sb.append(']');
        } else if (e instanceof Expr.ObjectCons o) {
            sb.append('{');
            for (int i = 0; i < o.items().size(); i++) {
                Expr.Item item = o.items().get(i);
                sb.append(i == 0 ? "" : ", ");
                print(item.key(), sb);
                sb.append(" = ");
                print(item.value(), sb);
            }
            sb.append('}');
        } else if (e instanceof Expr.For f) {
            forExpr(f, sb);
        } else if (e instanceof Expr.Conditional c) {
            print(c.condition(), sb);
            sb.append(" ? ");
            print(c.whenTrue(), sb);
            sb.append(" : ");
            print(c.whenFalse(), sb);
        } else if (e instanceof Expr.Binary b) {
            print(b.left(), sb);
            sb.append(' ').append(b.op().symbol()).append(' ');
            print(b.right(), sb);
        } else if (e instanceof Expr.Unary u) {
            sb.append(u.op().symbol());
            print(u.operand(), sb);
        } else if (e instanceof Expr.Parens p) {
            sb.append('(');
            print(p.inner(), sb);
            sb.append(')');
        }
    }

    private static void list(List<Expr> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "" : ", ");
            print(items.get(i), sb);
        }
    }

    private static void forExpr(Expr.For f, StringBuilder sb) {
        sb.append(f.object() ? "{" : "[").append("for ");
        if (f.keyVar() != null) {
            sb.append(f.keyVar()).append(", ");
        }
        sb.append(f.valueVar()).append(" in ");
        print(f.collection(), sb);
        sb.append(" : ");
        if (f.keyExpr() != null) {
            print(f.keyExpr(), sb);
            sb.append(" => ");
        }
        print(f.valueExpr(), sb);
        if (f.group()) {
            sb.append("...");
        }
        if (f.condition() != null) {
            sb.append(" if ");
            print(f.condition(), sb);
        }
        sb.append(f.object() ? "}" : "]");
    }

    private static void templateParts(List<Expr> parts, StringBuilder sb) {
        for (Expr p : parts) {
            if (p instanceof Expr.Literal l && l.value() instanceof String s) {
                escape(s, sb);
            } else if (p instanceof Expr.TemplateJoin j) {
                join(j, sb);
            } else {
                sb.append("${");
                print(p, sb);
                sb.append('}');
            }
        }
    }

    private static void join(Expr.TemplateJoin j, StringBuilder sb) {
        Expr.For f = j.loop();
        sb.append("%{for ");
        if (f.keyVar() != null) {
            sb.append(f.keyVar()).append(", ");
        }
        sb.append(f.valueVar()).append(" in ");
        print(f.collection(), sb);
        sb.append('}');
        if (f.valueExpr() instanceof Expr.Template body) {
            templateParts(body.parts(), sb);
        } else {
            sb.append("${");
            print(f.valueExpr(), sb);
            sb.append('}');
        }
        sb.append("%{endfor}");
    }

    private static void literal(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof BigDecimal d) {
            sb.append(d.signum() < 0 ? "(" + d.toPlainString() + ")" : d.toPlainString());
        } else if (v instanceof String s) {
            sb.append('"');
            escape(s, sb);
            sb.append('"');
        } else {
            sb.append(v);
        }
    }

    private static void escape(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '$', '%' -> {
                    sb.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        sb.append(c);
                    }
                }
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
