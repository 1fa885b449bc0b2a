package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.TypeConstraint;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link ModuleConfig} from a directory's files as Terraform does: primary files declare,
 * duplicates are errors, then each override file (in lexical order) replaces arguments and nested block types of
 * the blocks it names ({@link Decl#override}) and local values by name.
 */
final class ModuleMerger {

    private final ScanContext context;
    private final Map<String, Decl> variables = new LinkedHashMap<>();
    private final Map<String, Arg> locals = new LinkedHashMap<>();
    private final Map<String, Decl> outputs = new LinkedHashMap<>();
    private final Map<String, Decl> calls = new LinkedHashMap<>();
    private final Map<String, Decl> resources = new LinkedHashMap<>();
    private final Set<String> types;

    private ModuleMerger(Set<String> types, ScanContext context) {
        this.types = types;
        this.context = context;
    }

    /** Merges {@code files}; of the resources, those of {@code types} (the types adapters claim) are kept. */
    static ModuleConfig merge(Path dir, List<ConfigFile> files, Set<String> types, ScanContext context) {
        ModuleMerger m = new ModuleMerger(types, context);
        List<ConfigFile> kept = new ArrayList<>(files.size());
        for (ConfigFile f : files) {
            kept.add(f.withoutBody());
        }
        for (int i = 0; i < files.size(); i++) {
            if (!files.get(i).override()) {
                m.declare(files.get(i).body(), kept.get(i));
            }
        }
        for (int i = 0; i < files.size(); i++) {
            if (files.get(i).override()) {
                m.applyOverride(files.get(i).body(), kept.get(i));
            }
        }
        return m.build(dir, kept);
    }

    /** Declares the blocks of {@code body}, the tree of {@code f} (which the declarations keep without it). */
    private void declare(Body body, ConfigFile f) {
        for (Block b : body.blocks()) {
            switch (b.type()) {
                case "variable" -> add("variable", variables, b, f, 1);
                case "output" -> add("output", outputs, b, f, 1);
                case "module" -> add("module", calls, b, f, 1);
                case "resource" -> add("resource", resources, b, f, 2);
                case "locals" -> {
                    for (Attribute a : b.body().attributes()) {
                        Arg existing = locals.get(a.name());
                        if (existing != null) {
                            context.error(a.range(), "duplicate local value \"" + a.name()
                                    + "\": already defined at " + context.at(existing.location()));
                        } else {
                            locals.put(a.name(), new Arg(a, f));
                        }
                    }
                }
                default -> {
                    // data, provider, terraform, moved, import, check: nothing here decides a resource's settings.
                }
            }
        }
    }

    /** Declares the block, unless (reported) its labels are wrong or its name is taken. */
    private void add(String kind, Map<String, Decl> into, Block b, ConfigFile f, int labels) {
        if (b.labels().size() != labels) {
            context.error(b.range(), kind + " block needs " + labels + " label"
                    + (labels == 1 ? "" : "s") + " (" + (labels == 1 ? "a name" : "a type and a name") + "), found "
                    + b.labels().size());
            return;
        }
        String key = String.join(".", b.labels());
        Decl existing = into.get(key);
        if (existing != null) {
            context.error(b.range(), "duplicate " + kind + " \"" + key + "\": already declared at "
                    + context.at(existing.location()));
            return;
        }
        into.put(key, new Decl(b, f));
    }

    private void applyOverride(Body body, ConfigFile f) {
        for (Block b : body.blocks()) {
            String key = String.join(".", b.labels());
            Decl target = switch (b.type()) {
                case "variable" -> variables.get(key);
                case "output" -> outputs.get(key);
                case "module" -> calls.get(key);
                case "resource" -> resources.get(key);
                case "locals" -> {
                    for (Attribute a : b.body().attributes()) {
                        locals.put(a.name(), new Arg(a, f));
                    }
                    yield null;
                }
                default -> null;
            };
            if (target != null) {
                target.override(b, f);
            } else if (List.of("variable", "output", "module", "resource").contains(b.type())) {
                context.error(b.range(), "override file " + f.path().getFileName() + " overrides "
                        + b.type() + " \"" + key + "\", which no other file of the module declares");
            }
        }
    }

    private ModuleConfig build(Path dir, List<ConfigFile> files) {
        Map<String, VariableDecl> vars = new LinkedHashMap<>();
        for (Map.Entry<String, Decl> v : variables.entrySet()) {
            vars.put(v.getKey(), variable(v.getValue()));
        }
        List<Decl> kept = new ArrayList<>();
        for (Decl d : resources.values()) {
            if (types.contains(d.label(0))) {
                kept.add(d);
            }
        }
        return new ModuleConfig(dir, List.copyOf(files), vars, locals, outputs, calls, kept);
    }

    /** Names Terraform reserves: a variable cannot take them. */
    private static final List<String> RESERVED = List.of("source", "version", "providers", "count", "for_each",
            "lifecycle", "depends_on", "locals");

    private VariableDecl variable(Decl d) {
        if (RESERVED.contains(d.label(0))) {
            context.error(d.location(), "variable name \"" + d.label(0) + "\" is reserved by Terraform");
        }
        TypeConstraint type = null;
        Arg typeArg = d.arg("type");
        if (typeArg != null) {
            try {
                type = TypeConstraint.parse(typeArg.expr());
            } catch (EvalException e) {
                context.error(typeArg.location(), "variable \"" + d.label(0) + "\": " + e.getMessage());
            }
        }
        return new VariableDecl(d, type, flag(d, "nullable", true), flag(d, "const", false));
    }

    /**
     * A bool argument of a variable block ({@code absent} when not set). Terraform converts the value to a bool
     * ({@code "true"} too) and rejects anything else: an error, and the argument counts as not set.
     */
    private boolean flag(Decl d, String name, boolean absent) {
        Arg a = d.arg(name);
        if (a == null) {
            return absent;
        }
        try {
            Val v = Vals.toBool(ExprEvaluator.constant(a.expr()), a.attribute().range());
            if (v instanceof Val.Bool b) {
                return b.value();
            }
        } catch (EvalException | EvalLimitException e) {
            // Reported below.
        }
        context.error(a.location(), "variable \"" + d.label(0) + "\": " + name + " must be true or false");
        return absent;
    }
}
