package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.source.AsciiSpace;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Scope;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.TypeConstraint;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.model.Range;
import java.nio.file.Files;
import dev.isolint.core.internal.scan.ScanContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One instance of a module in a configuration (the root, {@code module.a}, {@code module.a["x"].module.b}):
 * its variables (from the caller's arguments or the root's inputs, else defaults, converted to
 * their types), locals, outputs and module calls, each evaluated lazily once with its evidence.
 * A dormant instance stands for a module call with no instance under the evaluated inputs; its
 * blocks are judged as written.
 */
final class ModuleInstance implements NamedValues.Computation {

    /** How variables get values from outside the module. */
    interface Inputs {
        /** The value given to {@code v}, or {@code null} when none is given. */
        Given value(VariableDecl v);

        /** Why a required variable has no value. */
        String missing(VariableDecl v);
    }

    /** A module call's instances, or why it has none. */
    record Children(Decl call, Expansion expansion, List<ModuleInstance> instances, Val.Unknown unresolved) {
    }

    final Walk walk;
    final ModuleConfig config;
    final String address;
    final String path;
    final List<String> callNames;
    final boolean dormant;
    final ModuleInstance parent;
    /** Evidence about how this instance is reached (module calls, why it is dormant). */
    final List<Evidence> context;
    /** Facts a finding inside should state (dormant module calls). */
    final List<String> notes;
    private final Inputs inputs;
    /** What this instance knows before init: its module calls' sources are evaluated there. */
    private final InitScope init;

    private final NamedValues values = new NamedValues(this);
    private final Map<String, Children> children = new LinkedHashMap<>();

    private ModuleInstance(Walk walk, ModuleConfig config, String address, String path, List<String> callNames,
            boolean dormant, ModuleInstance parent, Inputs inputs, InitScope init, List<Evidence> context,
            List<String> notes) {
        this.walk = walk;
        this.config = config;
        this.address = address;
        this.path = path;
        this.callNames = callNames;
        this.dormant = dormant;
        this.parent = parent;
        this.inputs = inputs;
        this.init = init;
        this.context = List.copyOf(context);
        this.notes = List.copyOf(notes);
    }

    static ModuleInstance root(Walk walk, ModuleConfig config) {
        RootVariables given = walk.variableFiles.root(config);
        return new ModuleInstance(walk, config, "", "", List.of(), false, null, given,
                InitScope.root(config, given, walk.budget, walk.context), List.of(), List.of());
    }

    /** The address of a block of this module: {@code module.a[0].aws_x.y}. */
    String prefix(String local) {
        return address.isEmpty() ? local : address + "." + local;
    }

    /** The address without instance keys: {@code module.a.aws_x.y}. */
    String pathPrefix(String local) {
        return path.isEmpty() ? local : path + "." + local;
    }

    // ------------------------------------------------------------------ variables

    Val variable(String name, Range at, Trail trail) {
        declaredVariable(config, name, at);
        return values.get("var." + name, VARIABLE, name, trail);
    }

    /** The declaration of {@code var.name}; Terraform rejects a reference to an undeclared one. */
    static VariableDecl declaredVariable(ModuleConfig config, String name, Range at) {
        VariableDecl d = config.variables().get(name);
        if (d == null) {
            throw new EvalException("var." + name + " refers to a variable this module does not declare", at);
        }
        return d;
    }

    /**
     * A variable's value: the one {@code inputs} give, else its default (null takes the default when
     * {@code nullable = false}), converted to its type; unknown, saying why, when it has none or does not fit.
     */
    static Val variableValue(VariableDecl d, Inputs inputs, Trail t) {
        String name = d.name();
        Given given = inputs.value(d);
        Arg def = d.defaultArg();
        Val raw;
        if (given == null) {
            if (def == null) {
                String why = inputs.missing(d);
                t.add(new Evidence(d.decl().location(), why));
                return Val.Unknown.because(why);
            }
            raw = constant(def.expr(), "the default of variable \"" + name + "\"");
            t.add(def.evidence("variable \"" + name + "\" default = " + Vals.show(raw)));
        } else {
            t.add(new Evidence(d.decl().location(), "variable \"" + name + "\""));
            t.addAll(given.steps());
            raw = given.value();
        }
        if (raw == Val.Null.NULL && !d.nullable() && def != null && given != null) {
            raw = constant(def.expr(), "the default of variable \"" + name + "\"");
            t.add(def.evidence("nullable = false: null takes the default " + Vals.show(raw)));
        }
        if (d.type() != null && !(raw instanceof Val.Unknown)) {
            try {
                raw = TypeConstraint.convert(raw, d.type(), d.decl().block().range());
            } catch (EvalException e) {
                return Val.Unknown.because("the value of variable \"" + name + "\" does not fit its type, Terraform"
                        + " would reject it: " + e.getMessage());
            }
        }
        return raw;
    }

    private static Val constant(Expr e, String what) {
        try {
            return ExprEvaluator.constant(e);
        } catch (EvalException | EvalLimitException ex) {
            return Val.Unknown.because(what + " cannot be evaluated: " + ex.getMessage());
        }
    }

    // ------------------------------------------------------------------ locals and outputs

    Val local(String name, Range at, Trail trail) {
        declaredLocal(config, name, at);
        return values.get("local." + name, LOCAL, name, trail);
    }

    /** Terraform rejects a reference to a local value the module does not define. */
    static void declaredLocal(ModuleConfig config, String name, Range at) {
        if (!config.locals().containsKey(name)) {
            throw new EvalException("local." + name + " is not defined in this module", at);
        }
    }

    Val output(String name, Range at, Trail trail) {
        Decl o = config.outputs().get(name);
        if (o == null) {
            throw new EvalException((address.isEmpty() ? "the module" : address) + " has no output \"" + name + "\"", at);
        }
        return values.get("output." + name, OUTPUT, name, trail);
    }

    private static final int VARIABLE = 0;
    private static final int LOCAL = 1;
    private static final int OUTPUT = 2;

    /** Computes a variable, local or output (once: see {@link NamedValues}); its evidence goes to {@code t}. */
    @Override
    public Val compute(int kind, String name, Trail t) {
        if (kind == VARIABLE) {
            return variableValue(config.variables().get(name), inputs, t);
        }
        if (kind == LOCAL) {
            Arg a = config.locals().get(name);
            t.add(a.evidence());
            return evaluate(a.expr(), new BlockScope(this, Iteration.PLAIN, null, a.file()), t, "local." + name);
        }
        Decl o = config.outputs().get(name);
        Arg v = o.arg("value");
        if (v == null) {
            return Val.Null.NULL;
        }
        t.add(v.evidence("output \"" + name + "\": " + v.file().sourceLine(v.attribute().range())));
        return evaluate(v.expr(), new BlockScope(this, Iteration.PLAIN, o, v.file()), t, "output \"" + name + "\"");
    }

    /** Evaluates {@code e}; what Terraform would reject, or isolint's limits, become unknowns saying so. */
    Val evaluate(Expr e, Scope scope, Trail trail, String what) {
        try {
            return new ExprEvaluator(scope, trail, walk.budget).eval(e);
        } catch (EvalException ex) {
            return Val.Unknown.because(what + " cannot be evaluated, Terraform would reject it: " + ex.getMessage());
        } catch (EvalLimitException ex) {
            return Val.Unknown.because(what + ": " + ex.getMessage());
        }
    }

    Val path(String name, Range at) {
        return path(name, walk.rootDir, config.dir(), at);
    }

    /** {@code path.name} in module directory {@code dir} of the configuration rooted at {@code rootDir}. */
    static Val path(String name, Path rootDir, Path dir, Range at) {
        return switch (name) {
            case "module" -> {
                String rel = rootDir.relativize(dir).toString().replace('\\', '/');
                yield new Val.Str(rel.isEmpty() ? "." : rel);
            }
            case "root" -> new Val.Str(".");
            case "cwd" -> new Val.Str(rootDir.toString().replace('\\', '/'));
            default -> throw new EvalException("path." + name + " does not exist", at);
        };
    }

    // ------------------------------------------------------------------ module calls

    /** The instances of module call {@code name}, expanded and resolved once. */
    Children children(String name) {
        Children c = children.get(name);
        if (c == null) {
            c = expand(config.calls().get(name));
            children.put(name, c);
        }
        return c;
    }

    private Children expand(Decl call) {
        String name = call.label(0);
        String what = "module." + name;
        Path dir;
        Trail how = new Trail();
        String src;
        try {
            src = sourceValue(call, how);
            dir = sourceDir(call, src);
        } catch (Unresolved u) {
            return new Children(call, null, List.of(), Val.Unknown.because(u.getMessage()));
        }
        ModuleConfig child = walk.loader.load(dir);
        InitScope childInit = init.child(child, call);
        List<String> names = new ArrayList<>(callNames);
        names.add(name);
        // A source built from const variables says what it came to, and how.
        String shown = InitScope.isConstant(call.arg("source").expr()) ? sourceText(call)
                : sourceText(call) + " = \"" + src + "\"";
        List<Evidence> ctx = new ArrayList<>(context);
        ctx.add(new Evidence(call.location(), "module \"" + name + "\" (source " + shown + ")"));
        ctx.addAll(how.steps());
        Expansion expansion = dormant ? Expansion.SINGLE : Expansion.of(call, prefix(what), this);
        List<ModuleInstance> out = new ArrayList<>();
        if (dormant || !expansion.hasInstances() || !walk.admitInstance()) {
            String reason = dormant ? "the calling module has no instance" : expansion.reason() != null
                    ? expansion.reason() : "more module instances than isolint expands";
            if (!dormant && expansion.hasInstances()) {
                walk.error(call.location(), "module \"" + name + "\": more than " + walk.maxModuleInstances()
                        + " module instances; its models are judged as written " + Limits.howToRaise("instances"));
            }
            List<Evidence> dctx = new ArrayList<>(ctx);
            if (!dormant) {
                dctx.addAll(expansion.evidence());
            }
            List<String> dnotes = new ArrayList<>(notes);
            if (!dormant) {
                dnotes.add(prefix(what) + " has no instance with these inputs (" + reason + "): judged as written");
            }
            out.add(new ModuleInstance(walk, child, prefix(what), pathPrefix(what), names, true, this,
                    callInputs(call, Iteration.absent(reason)), childInit, dctx, dnotes));
        } else {
            for (Iteration it : expansion.iterations()) {
                if (out.size() > 0 && !walk.admitInstance()) {
                    walk.error(call.location(), "module \"" + name + "\": more than " + walk.maxModuleInstances()
                            + " module instances; the rest are not evaluated " + Limits.howToRaise("instances"));
                    break;
                }
                out.add(new ModuleInstance(walk, child, prefix(what) + it.key(), pathPrefix(what), names, false, this,
                        callInputs(call, it), childInit, ctx, notes));
            }
        }
        return new Children(call, expansion, out, null);
    }

    /** The call's {@code source = "..."} line without {@code source =}: what a reader sees in the file. */
    private static String sourceText(Decl call) {
        Arg s = call.arg("source");
        if (s == null) {
            return "?";
        }
        String line = s.file().sourceLine(s.attribute().range());
        if (!line.startsWith("source")) {
            return line;
        }
        int i = AsciiSpace.skip(line, "source".length());
        return i < line.length() && line.charAt(i) == '=' ? line.substring(AsciiSpace.skip(line, i + 1)) : line;
    }

    /** Signals a module call that cannot be followed; the message says why. */
    private static final class Unresolved extends Exception {
        Unresolved(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * A call's source as Terraform computes it before init: a literal, or built from const variables and locals over
     * them (Terraform 1.15+); what Terraform would reject there is an error at the source line.
     */
    private String sourceValue(Decl call, Trail how) throws Unresolved {
        String name = call.label(0);
        Arg s = call.arg("source");
        if (s == null) {
            walk.error(call.location(), "module \"" + name + "\" has no source argument");
            throw new Unresolved("module." + name + " has no source");
        }
        try {
            return init.source(call, how);
        } catch (InitScope.SourceProblem p) {
            walk.error(s.location(), "module \"" + name + "\": " + p.getMessage());
            throw new Unresolved("module." + name + "'s source is not known before init");
        }
    }

    /** The directory a call's source points to: local paths, or remote ones that terraform init downloaded. */
    private Path sourceDir(Decl call, String src) throws Unresolved {
        String name = call.label(0);
        Arg s = call.arg("source");
        Path dir = InitScope.localDir(config.dir(), src);
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                // Like a remote module that was not downloaded, a module whose directory is absent (a partial
                // checkout or copy) is not scanned: a notice, and anything that depends on it is unknown.
                walk.notScanned(s.location(), "module \"" + name + "\": source \"" + src + "\" is not a directory ("
                        + walk.context.path(dir) + "); its resources are not scanned");
                throw new Unresolved("module." + name + "'s source \"" + src + "\" does not exist");
            }
        } else {
            String key = String.join(".", callNames) + (callNames.isEmpty() ? "" : ".") + name;
            dir = walk.remote.dir(key);
            if (dir == null) {
                walk.notScanned(s.location(), "module \"" + name + "\": remote source \"" + src + "\" not scanned"
                        + " (not downloaded into .terraform/modules by terraform init)");
                throw new Unresolved("module." + name + " comes from the remote source \"" + src
                        + "\", which was not scanned");
            }
        }
        int depth = 0;
        List<String> chain = new ArrayList<>();
        Path real = realPath(dir);
        for (ModuleInstance m = this; m != null; m = m.parent) {
            depth++;
            chain.add(0, walk.context.path(m.config.dir()));
            // Real paths, so that a symbolic link back to a calling directory is a cycle too.
            if (m.config.dir().equals(dir) || realPath(m.config.dir()).equals(real)) {
                chain.add(walk.context.path(dir));
                walk.error(call.location(), "module cycle: module \"" + name + "\" calls a module that is already"
                        + " being evaluated (" + String.join(" → ", chain) + ")");
                throw new Unresolved("module." + name + " is part of a module cycle");
            }
        }
        if (depth > walk.maxModuleDepth()) {
            walk.error(call.location(), "module \"" + name + "\": modules nested more than " + walk.maxModuleDepth()
                    + " levels deep " + Limits.howToRaise("module-depth"));
            throw new Unresolved("module." + name + " is nested too deep");
        }
        return dir;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException e) {
            return p;
        }
    }

    private Inputs callInputs(Decl call, Iteration iteration) {
        ModuleInstance caller = this;
        String name = call.label(0);
        return new Inputs() {
            @Override
            public Given value(VariableDecl v) {
                Arg a = argumentFor(call, v);
                if (a == null) {
                    return null;
                }
                Trail t = new Trail();
                t.add(a.evidence());
                Val val = caller.evaluate(a.expr(), new BlockScope(caller, iteration, call, a.file()), t,
                        "argument " + v.name() + " of module \"" + name + "\"");
                return new Given(val, t.steps());
            }

            @Override
            public String missing(VariableDecl v) {
                return missingArgument(call, v, walk.context);
            }
        };
    }

    /** The argument of module block {@code call} that sets {@code v}, or {@code null}. */
    static Arg argumentFor(Decl call, VariableDecl v) {
        return META.contains(v.name()) ? null : call.arg(v.name());
    }

    /** Why a required variable of a called module has no value. */
    static String missingArgument(Decl call, VariableDecl v, ScanContext context) {
        return "module \"" + call.label(0) + "\" (" + context.at(call.location()) + ") does not set the required variable \""
                + v.name() + "\"";
    }

    /** Arguments of a module block that are not input variables. */
    private static final Set<String> META = Set.of("source", "version", "count", "for_each", "providers", "depends_on");

    /** {@code module.name}: an object of outputs, or a tuple/object of them for a repeated call. */
    Val moduleValue(String name, Range at, Trail trail) {
        Children c = childrenOrFail(name, at);
        Val unavailable = unavailable(c, name);
        if (unavailable != null) {
            return unavailable;
        }
        Expansion e = c.expansion();
        if (e.kind() == Expansion.Kind.SINGLE) {
            return c.instances().get(0).outputsObject(at, trail);
        }
        if (e.byKey()) {
            Map<String, Val> m = new LinkedHashMap<>();
            for (int i = 0; i < c.instances().size(); i++) {
                m.put(((Val.Str) e.iterations().get(i).eachKey()).value(), c.instances().get(i).outputsObject(at, trail));
            }
            return Val.Obj.object(m);
        }
        List<Val> items = new ArrayList<>();
        if (e.kind() == Expansion.Kind.REPEATED) {
            for (ModuleInstance m : c.instances()) {
                items.add(m.outputsObject(at, trail));
            }
        }
        return Val.Seq.tuple(items);
    }

    /** {@code module.call.output} or {@code module.call[key].output}, with that output's own evidence. */
    Val moduleOutput(String call, Val key, String output, Range at, Trail trail) {
        Children c = childrenOrFail(call, at);
        Val unavailable = unavailable(c, call);
        if (unavailable != null) {
            return unavailable;
        }
        Expansion e = c.expansion();
        if (key == null && e.kind() == Expansion.Kind.SINGLE) {
            return c.instances().get(0).output(output, at, trail);
        }
        if (key != null && e.kind() == Expansion.Kind.REPEATED) {
            for (int i = 0; i < e.iterations().size(); i++) {
                Iteration it = e.iterations().get(i);
                Val k = e.byKey() ? it.eachKey() : it.countIndex();
                Val want = e.byKey() ? Vals.toStr(key, at) : Vals.toNum(key, at);
                if (Boolean.TRUE.equals(Vals.equal(k, want)) && i < c.instances().size()) {
                    return c.instances().get(i).output(output, at, trail);
                }
            }
        }
        Val module = moduleValue(call, at, trail);
        return ExprEvaluator.attribute(key == null ? module : ExprEvaluator.index(module, key, at), output, at);
    }

    /** What stands for a module call's outputs when they cannot be read, or {@code null} when they can. */
    private Val unavailable(Children c, String name) {
        if (c.unresolved() != null) {
            return c.unresolved();
        }
        if (dormant) {
            return Val.Unknown.because("module." + name + " has no instance: the calling module has none");
        }
        return c.expansion().kind() == Expansion.Kind.UNKNOWN ? Val.Unknown.because(c.expansion().reason()) : null;
    }

    private Children childrenOrFail(String name, Range at) {
        if (!config.calls().containsKey(name)) {
            throw new EvalException("module." + name + " refers to a module call this module does not declare", at);
        }
        return children(name);
    }

    private Val outputsObject(Range at, Trail trail) {
        Map<String, Val> m = new LinkedHashMap<>();
        for (String name : config.outputs().keySet()) {
            m.put(name, output(name, at, trail));
        }
        return Val.Obj.object(m);
    }
}
