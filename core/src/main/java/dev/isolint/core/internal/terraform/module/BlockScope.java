package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.Scope;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.model.Range;
import java.util.Set;

/**
 * The scope of one block's arguments: the module instance's names plus the block's own
 * {@code count}/{@code each} for the instance being evaluated.
 */
final class BlockScope implements Scope {

    private static final Set<String> ROOTS = Set.of("var", "local", "module", "path", "terraform", "count", "each");

    private final ModuleInstance instance;
    private final Iteration iteration;
    private final Decl owner;
    private final ConfigFile file;

    /**
     * @param owner the block whose arguments are evaluated, or {@code null} for locals and outputs
     * @param file  the file the evaluated expressions are written in (for evidence at a reference)
     */
    BlockScope(ModuleInstance instance, Iteration iteration, Decl owner, ConfigFile file) {
        this.instance = instance;
        this.iteration = iteration;
        this.owner = owner;
        this.file = file;
    }

    @Override
    public boolean resolves(String root) {
        return ROOTS.contains(root);
    }

    @Override
    public Val reference(String root, String name, Range at, Trail trail) {
        return switch (root) {
            case "var" -> instance.variable(name, at, trail);
            case "local" -> instance.local(name, at, trail);
            case "module" -> instance.moduleValue(name, at, trail);
            case "path" -> instance.path(name, at);
            case "terraform" -> terraform(name, at, trail);
            case "count" -> count(name, at, trail);
            default -> each(name, at, trail);
        };
    }

    @Override
    public String resourceAddress(String type, String name) {
        return name == null ? null : instance.pathPrefix(type + "." + name);
    }

    @Override
    public Val moduleOutput(String call, Val key, String output, Range at, Trail trail) {
        return instance.moduleOutput(call, key, output, at, trail);
    }

    private Val terraform(String name, Range at, Trail trail) {
        return switch (name) {
            case "workspace" -> {
                Workspace w = instance.walk.workspace();
                trail.add(w.evidence(at));
                yield w.value();
            }
            case "applying" -> Val.Bool.FALSE;
            default -> throw new EvalException("terraform." + name + " does not exist", at);
        };
    }

    private Val count(String name, Range at, Trail trail) {
        if (!name.equals("index")) {
            throw new EvalException("count." + name + " does not exist; use count.index", at);
        }
        if (iteration.countIndex() != null) {
            trail.add(iteration.step());
            return iteration.countIndex();
        }
        return noInstance("count.index", owner != null && owner.arg("count") != null, at);
    }

    private Val each(String name, Range at, Trail trail) {
        if (!name.equals("key") && !name.equals("value")) {
            throw new EvalException("each." + name + " does not exist; use each.key or each.value", at);
        }
        if (iteration.eachKey() != null) {
            trail.add(iteration.step());
            return name.equals("key") ? iteration.eachKey() : iteration.eachValue();
        }
        return noInstance("each." + name, owner != null && owner.arg("for_each") != null, at);
    }

    private Val noInstance(String what, boolean declared, Range at) {
        if (iteration.absentReason() != null) {
            return Val.Unknown.because(what + " has no value: there is no instance with these inputs ("
                    + iteration.absentReason() + ")");
        }
        if (!declared) {
            throw new EvalException(what + " can only be used in a block that sets "
                    + (what.startsWith("count") ? "count" : "for_each"), at);
        }
        return Val.Unknown.because(what + " has no value here");
    }
}
