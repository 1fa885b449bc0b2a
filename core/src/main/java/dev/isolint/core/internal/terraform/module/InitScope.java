package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.terraform.eval.Budget;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.EvalLimitException;
import dev.isolint.core.internal.terraform.eval.ExprEvaluator;
import dev.isolint.core.internal.terraform.eval.Scope;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import dev.isolint.core.internal.terraform.hcl.Expr;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Terraform knows about one module instance before {@code terraform init} installs modules (SPEC §4):
 * constants, variables declared {@code const = true} (a root's inputs, or the argument its caller gives when that
 * is itself known before init, else the default), locals over them, {@code path.*} and pure functions. Module
 * {@code source}s are evaluated here, by the walk that follows module calls and by {@link RootSelector}, which must
 * agree with it on which directories are called. Anything else a source uses is rejected, as Terraform rejects it.
 */
final class InitScope implements Scope, NamedValues.Computation {

    private static final int VARIABLE = 0;
    private static final int LOCAL = 1;

    private final ModuleConfig config;
    private final Path rootDir;
    private final ModuleInstance.Inputs inputs;
    private final Budget budget;
    private final ScanContext context;
    private final NamedValues values = new NamedValues(this);

    private InitScope(ModuleConfig config, Path rootDir, ModuleInstance.Inputs inputs, Budget budget,
            ScanContext context) {
        this.config = config;
        this.rootDir = rootDir;
        this.inputs = inputs;
        this.budget = budget;
        this.context = context;
    }

    /** The scope of a root module whose variables take {@code inputs} (tfvars, {@code --var}, {@code TF_VAR_}). */
    static InitScope root(ModuleConfig config, ModuleInstance.Inputs inputs, Budget budget, ScanContext context) {
        return new InitScope(config, config.dir(), inputs, budget, context);
    }

    /** The scope of the module {@code call} of this module calls, its const variables set by the call's arguments. */
    InitScope child(ModuleConfig module, Decl call) {
        return new InitScope(module, rootDir, new CallerConstants(this, call), budget, context);
    }

    ModuleConfig config() {
        return config;
    }

    /** Why a module's source cannot be known before init; the message completes {@code module "x": }. */
    static final class SourceProblem extends Exception {
        SourceProblem(String message) {
            super(message, null, false, false);
        }
    }

    /** The {@code source} of {@code call} (which has one) as Terraform evaluates it before init; its evidence goes to {@code trail}. */
    String source(Decl call, Trail trail) throws SourceProblem {
        Val v;
        try {
            v = eval(call.arg("source").expr(), trail);
        } catch (NotConstant e) {
            throw new SourceProblem("source must be known before init, but " + e.getMessage());
        } catch (EvalException e) {
            throw new SourceProblem("source cannot be evaluated, Terraform would reject it: " + e.getMessage());
        } catch (EvalLimitException e) {
            throw new SourceProblem("source cannot be evaluated: " + e.getMessage());
        }
        Val.Unknown u = Vals.firstUnknown(v);
        if (u != null) {
            throw new SourceProblem("source must be known before init, but " + u.reason());
        }
        if (!(v instanceof Val.Str s)) {
            throw new SourceProblem("source must be a string, not " + (v == Val.Null.NULL ? "null" : Vals.typeName(v)));
        }
        if (s.value().indexOf('\0') >= 0) {
            // No file system or module registry has such a name; Path would refuse it (found by scripts/fuzz.sh).
            throw new SourceProblem("source holds a NUL character, Terraform would reject it");
        }
        return s.value();
    }

    /**
     * The directory {@code call}'s source names when it is a local path, or {@code null}: no source, a remote one, or
     * one that cannot be known before init (the walk reports that).
     */
    Path localSource(Decl call) {
        if (call.arg("source") == null) {
            return null;
        }
        try {
            return localDir(config.dir(), source(call, new Trail()));
        } catch (SourceProblem e) {
            return null;
        }
    }

    /** {@code src} resolved against {@code moduleDir} when it is a local path ({@code ./…}, {@code ../…}), else {@code null}. */
    static Path localDir(Path moduleDir, String src) {
        String s = src.replace('\\', '/');
        if (s.startsWith("./") || s.startsWith("../") || s.equals(".") || s.equals("..")) {
            return moduleDir.resolve(s).toAbsolutePath().normalize();
        }
        return null;
    }

    /** Whether {@code e} is a constant (a literal source), needing no scope at all. */
    static boolean isConstant(Expr e) {
        try {
            ExprEvaluator.constant(e);
            return true;
        } catch (EvalException | EvalLimitException ex) {
            return false;
        }
    }

    private Val eval(Expr e, Trail t) {
        return new ExprEvaluator(this, t, budget).eval(e);
    }

    // ------------------------------------------------------------------ Scope

    /** Every name: what a source may not use is rejected by name, resources included. */
    @Override
    public boolean resolves(String root) {
        return true;
    }

    @Override
    public Val reference(String root, String name, Range at, Trail trail) {
        return switch (root) {
            case "var" -> variable(name, at, trail);
            case "local" -> local(name, at, trail);
            case "path" -> ModuleInstance.path(name, rootDir, config.dir(), at);
            case "count", "each" -> throw new NotConstant(root + "." + name,
                    "is known only when the module's instances are expanded");
            case "terraform" -> throw new NotConstant("terraform." + name, "Terraform does not allow in a module source");
            case "module" -> throw new NotConstant("module." + name, "is another module's output, known only after init");
            default -> throw new NotConstant(root + "." + name, "is a resource attribute, known only after apply");
        };
    }

    private Val variable(String name, Range at, Trail trail) {
        VariableDecl d = ModuleInstance.declaredVariable(config, name, at);
        if (!d.constant()) {
            throw new NotConstant("var." + name, "is not declared const = true");
        }
        return values.get("var." + name, VARIABLE, name, trail);
    }

    private Val local(String name, Range at, Trail trail) {
        ModuleInstance.declaredLocal(config, name, at);
        return values.get("local." + name, LOCAL, name, trail);
    }

    @Override
    public Val compute(int kind, String name, Trail t) {
        if (kind == VARIABLE) {
            return ModuleInstance.variableValue(config.variables().get(name), inputs, t);
        }
        Arg a = config.locals().get(name);
        t.add(a.evidence());
        try {
            return eval(a.expr(), t);
        } catch (NotConstant e) {
            throw e.via("local." + name);
        }
    }

    /** The values a call gives its module's variables, evaluated in the caller's scope before init. */
    private static final class CallerConstants implements ModuleInstance.Inputs {
        private final InitScope caller;
        private final Decl call;

        CallerConstants(InitScope caller, Decl call) {
            this.caller = caller;
            this.call = call;
        }

        @Override
        public Given value(VariableDecl v) {
            Arg a = ModuleInstance.argumentFor(call, v);
            if (a == null) {
                return null;
            }
            Trail t = new Trail();
            t.add(a.evidence());
            try {
                return new Given(caller.eval(a.expr(), t), t.steps());
            } catch (NotConstant e) {
                throw e.via("var." + v.name() + " (from module \"" + call.label(0) + "\")");
            }
        }

        @Override
        public String missing(VariableDecl v) {
            return ModuleInstance.missingArgument(call, v, caller.context);
        }
    }

    /**
     * A reference Terraform does not allow before init. Not an {@code EvalException}, so that {@code try()} and
     * {@code can()} do not hide it: Terraform rejects the reference itself, whatever surrounds it.
     */
    private static final class NotConstant extends RuntimeException {
        private final String what;
        private final String why;
        private final List<String> via = new ArrayList<>();

        NotConstant(String what, String why) {
            super(null, null, false, false);
            this.what = what;
            this.why = why;
        }

        /** Names the value the reference was reached through (outermost first). */
        NotConstant via(String outer) {
            via.add(0, outer);
            return this;
        }

        @Override
        public String getMessage() {
            return (via.isEmpty() ? "it" : String.join(" → ", via)) + " uses " + what + ", which " + why;
        }
    }
}
