package dev.isolint.core.internal.fix;

import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The module inputs a Terraform expression names ({@code var.x}, {@code local.y}), and whether anything else in the
 * module still names them: what {@code isolint fix} says became unused when it replaced an expression by {@code true}.
 */
final class HclReferences {

    private HclReferences() {
    }

    /**
     * One sentence per input {@code replaced} named that no other expression of the module in {@code file}'s directory
     * names ({@code variable "isolate" is no longer used in this module}).
     */
    static List<String> unused(Path file, List<Expr> replaced) {
        Set<String> named = new LinkedHashSet<>();
        List<Range> skip = new ArrayList<>();
        for (Expr e : replaced) {
            collect(e, named);
            skip.add(e.range());
        }
        if (named.isEmpty()) {
            return List.of();
        }
        Set<String> still = new LinkedHashSet<>();
        Path dir = file.getParent();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f) || !(name.endsWith(".tf") || name.endsWith(".tf.json"))) {
                    continue;
                }
                String text = SourceFile.read(f).text();
                Body body = name.endsWith(".tf.json")
                        ? TerraformJsonReader.parse(f.toAbsolutePath().normalize(), text, TreeLimits.DEFAULT)
                        : HclParser.parseFile(f.toAbsolutePath().normalize(), text);
                collect(body, skip, still);
            }
        } catch (IOException | HclSyntaxException | RuntimeException e) {
            return List.of(); // cannot tell: say nothing rather than something wrong
        }
        List<String> out = new ArrayList<>();
        for (String n : named) {
            if (!still.contains(n)) {
                out.add((n.startsWith("var.") ? "variable \"" + n.substring(4) : "local \"" + n.substring(6))
                        + "\" is no longer used in this module");
            }
        }
        return out;
    }

    private static void collect(Body body, List<Range> skip, Set<String> out) {
        for (Attribute a : body.attributes()) {
            collectOutside(a.expr(), skip, out);
        }
        for (Block b : body.blocks()) {
            if (!b.type().equals("variable")) { // a variable's own validation does not use it
                collect(b.body(), skip, out);
            }
        }
    }

    private static void collectOutside(Expr e, List<Range> skip, Set<String> out) {
        for (Range r : skip) {
            if (r.file().equals(e.range().file()) && TreeEditor.within(e.range(), r)) {
                return;
            }
        }
        if (reference(e) != null) {
            out.add(reference(e));
            return;
        }
        for (Expr child : children(e)) {
            collectOutside(child, skip, out);
        }
    }

    /** Adds every {@code var.x} and {@code local.y} {@code e} names to {@code out}. */
    static void collect(Expr e, Set<String> out) {
        collectOutside(e, List.of(), out);
    }

    private static String reference(Expr e) {
        if (e instanceof Expr.GetAttr g && g.source() instanceof Expr.Variable v
                && (v.name().equals("var") || v.name().equals("local"))) {
            return v.name() + "." + g.name();
        }
        return null;
    }

    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Template t) {
            out.addAll(t.parts());
        } else if (e instanceof Expr.TemplateWrap w) {
            out.add(w.wrapped());
        } else if (e instanceof Expr.TemplateJoin j) {
            out.add(j.loop());
        } else if (e instanceof Expr.GetAttr g) {
            out.add(g.source());
        } else if (e instanceof Expr.Index i) {
            out.add(i.source());
            out.add(i.key());
        } else if (e instanceof Expr.Splat s) {
            out.add(s.source());
            out.add(s.each());
        } else if (e instanceof Expr.Call c) {
            out.addAll(c.args());
        } else if (e instanceof Expr.Tuple t) {
            out.addAll(t.items());
        } else if (e instanceof Expr.ObjectCons o) {
            for (Expr.Item item : o.items()) {
                out.add(item.key());
                out.add(item.value());
            }
        } else if (e instanceof Expr.For f) {
            addAll(out, f.collection(), f.keyExpr(), f.valueExpr(), f.condition());
        } else if (e instanceof Expr.Conditional c) {
            addAll(out, c.condition(), c.whenTrue(), c.whenFalse());
        } else if (e instanceof Expr.Binary b) {
            addAll(out, b.left(), b.right());
        } else if (e instanceof Expr.Unary u) {
            out.add(u.operand());
        } else if (e instanceof Expr.Parens p) {
            out.add(p.inner());
        }
        return out;
    }

    private static void addAll(List<Expr> out, Expr... exprs) {
        for (Expr x : exprs) {
            if (x != null) {
                out.add(x);
            }
        }
    }
}
