package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks each root module through all its module calls, visits every resource block an adapter claims in
 * every module instance, and gathers one {@link TerraformResource} per block per root and call path (instances of
 * repeated modules and resources together), as SPEC §5 asks, which the adapters make records of. Each carries
 * its {@link CallPath}, so a module called from two roots, or twice from one, gives results that no report merges.
 * A root whose evaluation fails (an evaluator bug) loses only its own results.
 */
public final class ConfigurationWalker {

    private final TerraformModuleLoader loader;
    private final VariableFiles variableFiles;
    private final ScanContext context;
    private final Map<String, List<TerraformAdapter>> adapters = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final Set<Path> visited = new HashSet<>();
    /** The current root's blocks, by root, address and location. */
    private final Map<String, Adapted> current = new LinkedHashMap<>();

    /** A block's view and the records the adapters made of it, until another module instance adds to the view. */
    private static final class Adapted {
        final TerraformResource view;
        List<ServiceResource> records;
        boolean grown;

        Adapted(TerraformResource view) {
            this.view = view;
        }
    }

    public ConfigurationWalker(TerraformModuleLoader loader, List<TerraformAdapter> adapters, ScanContext context) {
        this.loader = loader;
        this.variableFiles = new VariableFiles(context);
        this.context = context;
        for (TerraformAdapter a : adapters) {
            for (String type : a.types()) {
                List<TerraformAdapter> list = this.adapters.get(type);
                if (list == null) {
                    list = new ArrayList<>();
                    this.adapters.put(type, list);
                }
                list.add(a);
            }
        }
    }

    /**
     * The root modules among {@code dirs} (sorted): those no other scanned directory calls, and those named on the
     * command line (SPEC §4).
     */
    public List<Path> roots(Collection<Path> dirs, Set<Path> named) {
        return RootSelector.roots(dirs, named, loader, variableFiles, context.limits());
    }

    /**
     * Evaluates {@code dir} as a root module and returns its records: per block per call path, one per claiming
     * adapter. An internal failure there (a RuntimeException or StackOverflowError: an evaluator bug) becomes an
     * error at the root, with its cause for {@code --debug}; the root's results are dropped (none are returned),
     * other roots' are kept.
     */
    public List<ServiceResource> walkRoot(Path dir) {
        Walk walk = new Walk(loader, variableFiles, context, dir, reported);
        List<ServiceResource> found = new ArrayList<>();
        try {
            ModuleInstance root = ModuleInstance.root(walk, loader.load(dir));
            walk(root, dir);
            for (Adapted a : current.values()) {
                found.addAll(a.grown ? adapt(a.view) : a.records);
            }
        } catch (RuntimeException | StackOverflowError e) {
            context.error(Range.fileStart(dir), "internal error while evaluating Terraform: " + e, e);
            return List.of();
        } finally {
            current.clear();
        }
        if (walk.budget.exhausted()) {
            context.error(Range.fileStart(dir), "evaluation of this root module stopped after "
                    + walk.budget.maxSteps() + " steps; the values not yet evaluated are unknown "
                    + Limits.howToRaise("evaluation-steps"));
        }
        return found;
    }

    /** Whether a walk reached {@code dir} (as a root or a called module). */
    public boolean visited(Path dir) {
        return visited.contains(dir);
    }

    private void walk(ModuleInstance inst, Path root) {
        visited.add(inst.config.dir());
        CallPath callPath = inst.config.resources().isEmpty() ? null : callPath(inst, root);
        for (Decl r : inst.config.resources()) {
            gather(root, callPath, BlockEvaluator.visit(inst, r));
        }
        for (String call : inst.config.calls().keySet()) {
            for (ModuleInstance child : inst.children(call).instances()) {
                walk(child, root);
            }
        }
    }

    /**
     * The root and the module calls that reach {@code inst}: the file of the root's outermost call and the
     * chain without instance keys (the instances of one call path make one result).
     */
    private static CallPath callPath(ModuleInstance inst, Path root) {
        if (inst.callNames.isEmpty()) {
            return CallPath.rootModule(root);
        }
        ModuleInstance top = inst;
        while (top.parent != null) {
            top = top.parent;
        }
        Decl outermost = top.config.calls().get(inst.callNames.get(0));
        return new CallPath(outermost.location().file(), inst.path);
    }

    /**
     * Adds one visit to its block's view. The adapters read a new view at once, so its attributes are evaluated
     * in configuration order (as values, cycles and the evaluation budget meet them); a view that grows later
     * evaluates the same paths as it grows and is adapted again at the end of the root.
     */
    private void gather(Path root, CallPath callPath, BlockResult r) {
        // Within one root the address (without instance keys) names the call path, so root and address
        // key one result per call path.
        String key = root + "|" + r.address() + "|" + r.resource().location();
        Adapted a = current.get(key);
        if (a == null) {
            a = new Adapted(new TerraformResource(r, callPath));
            current.put(key, a);
            a.records = adapt(a.view);
        } else {
            a.view.add(r);
            a.grown = true;
        }
    }

    private List<ServiceResource> adapt(TerraformResource view) {
        List<ServiceResource> out = new ArrayList<>();
        List<TerraformAdapter> claiming = adapters.get(view.type());
        if (claiming != null) {
            for (TerraformAdapter adapter : claiming) {
                ServiceResource record = adapter.adapt(view);
                if (record != null) {
                    out.add(record);
                }
            }
        }
        return out;
    }
}
