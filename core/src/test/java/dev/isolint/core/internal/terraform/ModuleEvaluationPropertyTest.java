package dev.isolint.core.internal.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Generated modules: variables (bool defaults written as bools or as strings of a bool-typed
 * variable, some overridden by {@code terraform.tfvars}), locals that refer to variables and to
 * each other in any order, and models whose {@code enable_network_isolation} is a random
 * expression of literals, references, {@code !}, {@code &&}, {@code ||}, {@code ==} and
 * conditionals, some of them passed through a child module. isolint's verdict must be what a
 * direct computation of the expression gives, and must not change when the same blocks are
 * spread over other files in another order.
 */
class ModuleEvaluationPropertyTest {

    /** A boolean expression over variables and locals. */
    sealed interface F permits Lit, VarRef, LocalRef, Not, Bin, Cond {
    }

    record Lit(boolean value) implements F {
    }

    record VarRef(int index) implements F {
    }

    record LocalRef(int index) implements F {
    }

    record Not(F operand) implements F {
    }

    record Bin(String op, F left, F right) implements F {
    }

    record Cond(F condition, F whenTrue, F whenFalse) implements F {
    }

    /** A generated module: variables, locals, model attributes, and which models sit in a child module. */
    record Spec(boolean[] defaults, boolean[] stringDefault, Map<Integer, Boolean> tfvars, List<F> locals,
            List<F> models, List<Boolean> viaChild) {
    }

    @Property(tries = 60)
    void verdictIsTheDirectlyComputedValue(@ForAll long seed) throws IOException {
        Spec spec = generate(new Random(seed));
        Map<String, Verdict> got = scan(spec, new Random(seed ^ 0x5DEECE66DL));
        assertThat(got).isEqualTo(expected(spec));
    }

    @Property(tries = 40)
    void reorderingFilesAndBlocksNeverChangesAVerdict(@ForAll long seed) throws IOException {
        Spec spec = generate(new Random(seed));
        Map<String, Verdict> first = scan(spec, new Random(seed + 1));
        Map<String, Verdict> second = scan(spec, new Random(seed + 2));
        assertThat(second).isEqualTo(first);
    }

    // ------------------------------------------------------------------ generation

    private static Spec generate(Random r) {
        int vars = 1 + r.nextInt(4);
        boolean[] defaults = new boolean[vars];
        boolean[] stringDefault = new boolean[vars];
        Map<Integer, Boolean> tfvars = new LinkedHashMap<>();
        for (int i = 0; i < vars; i++) {
            defaults[i] = r.nextBoolean();
            stringDefault[i] = r.nextInt(3) == 0;
            if (r.nextInt(3) == 0) {
                tfvars.put(i, r.nextBoolean());
            }
        }
        List<F> locals = new ArrayList<>();
        int nLocals = r.nextInt(5);
        for (int i = 0; i < nLocals; i++) {
            locals.add(formula(r, 3, vars, i));
        }
        List<F> models = new ArrayList<>();
        List<Boolean> viaChild = new ArrayList<>();
        int nModels = 1 + r.nextInt(3);
        for (int i = 0; i < nModels; i++) {
            models.add(formula(r, 3, vars, nLocals));
            viaChild.add(r.nextInt(3) == 0);
        }
        return new Spec(defaults, stringDefault, tfvars, locals, models, viaChild);
    }

    /** A formula over {@code vars} variables and the first {@code locals} locals (so locals never form a cycle). */
    private static F formula(Random r, int depth, int vars, int locals) {
        int pick = depth == 0 ? r.nextInt(3) : r.nextInt(8);
        return switch (pick) {
            case 0 -> new Lit(r.nextBoolean());
            case 1 -> new VarRef(r.nextInt(vars));
            case 2 -> locals > 0 ? new LocalRef(r.nextInt(locals)) : new VarRef(r.nextInt(vars));
            case 3 -> new Not(formula(r, depth - 1, vars, locals));
            case 4 -> new Bin("&&", formula(r, depth - 1, vars, locals), formula(r, depth - 1, vars, locals));
            case 5 -> new Bin("||", formula(r, depth - 1, vars, locals), formula(r, depth - 1, vars, locals));
            case 6 -> new Bin("==", formula(r, depth - 1, vars, locals), formula(r, depth - 1, vars, locals));
            default -> new Cond(formula(r, depth - 1, vars, locals), formula(r, depth - 1, vars, locals),
                    formula(r, depth - 1, vars, locals));
        };
    }

    // ------------------------------------------------------------------ the direct computation

    private static Map<String, Verdict> expected(Spec spec) {
        boolean[] vars = spec.defaults().clone();
        spec.tfvars().forEach((i, v) -> vars[i] = v);
        boolean[] locals = new boolean[spec.locals().size()];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = value(spec.locals().get(i), vars, locals);
        }
        Map<String, Verdict> out = new TreeMap<>();
        for (int i = 0; i < spec.models().size(); i++) {
            boolean v = value(spec.models().get(i), vars, locals);
            out.put(address(spec, i), v ? Verdict.PASS : Verdict.FAIL);
        }
        return out;
    }

    private static boolean value(F f, boolean[] vars, boolean[] locals) {
        if (f instanceof Lit l) {
            return l.value();
        }
        if (f instanceof VarRef v) {
            return vars[v.index()];
        }
        if (f instanceof LocalRef l) {
            return locals[l.index()];
        }
        if (f instanceof Not n) {
            return !value(n.operand(), vars, locals);
        }
        if (f instanceof Bin b) {
            boolean x = value(b.left(), vars, locals);
            boolean y = value(b.right(), vars, locals);
            return switch (b.op()) {
                case "&&" -> x && y;
                case "||" -> x || y;
                default -> x == y;
            };
        }
        Cond c = (Cond) f;
        return value(c.condition(), vars, locals) ? value(c.whenTrue(), vars, locals) : value(c.whenFalse(), vars, locals);
    }

    private static String address(Spec spec, int model) {
        return spec.viaChild().get(model) ? "module.child" + model + ".aws_sagemaker_model.m" : "aws_sagemaker_model.m" + model;
    }

    // ------------------------------------------------------------------ writing and scanning

    private static String hcl(F f) {
        if (f instanceof Lit l) {
            return Boolean.toString(l.value());
        }
        if (f instanceof VarRef v) {
            return "var.v" + v.index();
        }
        if (f instanceof LocalRef l) {
            return "local.l" + l.index();
        }
        if (f instanceof Not n) {
            return "!(" + hcl(n.operand()) + ")";
        }
        if (f instanceof Bin b) {
            return "(" + hcl(b.left()) + " " + b.op() + " " + hcl(b.right()) + ")";
        }
        Cond c = (Cond) f;
        return "(" + hcl(c.condition()) + " ? " + hcl(c.whenTrue()) + " : " + hcl(c.whenFalse()) + ")";
    }

    /** Writes the module with its blocks shuffled over one to three files, scans it, and returns the verdicts. */
    private static Map<String, Verdict> scan(Spec spec, Random layout) throws IOException {
        List<String> blocks = new ArrayList<>();
        for (int i = 0; i < spec.defaults().length; i++) {
            blocks.add(spec.stringDefault()[i]
                    ? "variable \"v" + i + "\" {\n  type    = bool\n  default = \"" + spec.defaults()[i] + "\"\n}\n"
                    : "variable \"v" + i + "\" {\n  default = " + spec.defaults()[i] + "\n}\n");
        }
        List<String> localLines = new ArrayList<>();
        for (int i = 0; i < spec.locals().size(); i++) {
            localLines.add("  l" + i + " = " + hcl(spec.locals().get(i)) + "\n");
        }
        Collections.shuffle(localLines, layout);
        // Locals may be split over several blocks and files; Terraform treats them as one namespace.
        for (int from = 0; from < localLines.size(); ) {
            int to = from + 1 + layout.nextInt(localLines.size() - from);
            blocks.add("locals {\n" + String.join("", localLines.subList(from, to)) + "}\n");
            from = to;
        }
        boolean child = false;
        for (int i = 0; i < spec.models().size(); i++) {
            String value = hcl(spec.models().get(i));
            if (spec.viaChild().get(i)) {
                child = true;
                blocks.add("module \"child" + i + "\" {\n  source = \"./child\"\n  isolate = " + value + "\n}\n");
            } else {
                blocks.add("resource \"aws_sagemaker_model\" \"m" + i + "\" {\n  enable_network_isolation = " + value
                        + "\n}\n");
            }
        }
        Collections.shuffle(blocks, layout);
        Path dir = Files.createTempDirectory("isolint-prop");
        try {
            int files = 1 + layout.nextInt(3);
            List<StringBuilder> texts = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                texts.add(new StringBuilder());
            }
            for (String b : blocks) {
                texts.get(layout.nextInt(files)).append(b).append('\n');
            }
            for (int i = 0; i < files; i++) {
                Files.writeString(dir.resolve("f" + layout.nextInt(1000) + "_" + i + ".tf"), texts.get(i));
            }
            StringBuilder tfvars = new StringBuilder();
            spec.tfvars().forEach((i, v) -> tfvars.append("v").append(i).append(" = ").append(v).append('\n'));
            Files.writeString(dir.resolve("terraform.tfvars"), tfvars);
            if (child) {
                Files.createDirectories(dir.resolve("child"));
                Files.writeString(dir.resolve("child/main.tf"), "variable \"isolate\" {\n  type = bool\n}\n"
                        + "resource \"aws_sagemaker_model\" \"m\" {\n  enable_network_isolation = var.isolate\n}\n");
            }
            ScanResult r = Isolint.scan(ScanRequest.builder().workingDirectory(dir).path(".")
                    .today(LocalDate.of(2026, 1, 1)).build());
            assertThat(r.errors()).isEmpty();
            return r.findings().stream().collect(Collectors.toMap(f -> f.resource().address(), Finding::verdict,
                    (a, b) -> a, TreeMap::new));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
