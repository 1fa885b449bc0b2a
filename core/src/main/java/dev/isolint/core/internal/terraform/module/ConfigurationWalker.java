package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.Value;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Location;
import dev.isolint.core.internal.terraform.eval.Trail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks each root module through all its module calls, evaluates every SageMaker model block in
 * every module instance, and gathers one result per block per root and call path (instances of
 * repeated modules and resources together), as SPEC §5 asks. Each result carries its {@link CallPath}, so a
 * module called from two roots, or twice from one, gives results that no report merges.
 */
public final class ConfigurationWalker {

    private final TerraformModuleLoader loader;
    private final VariableFiles variableFiles;
    private final ScanContext context;
    private final Set<String> reported = new HashSet<>();
    private final Set<Path> visited = new HashSet<>();
    private final Map<String, Gathered> results = new LinkedHashMap<>();

    private static final class Gathered {
        final BlockResult first;
        final CallPath callPath;
        final List<Setting.Instance<Boolean>> instances = new ArrayList<>();
        final List<Value<Boolean>> asWritten = new ArrayList<>();
        final Trail context = new Trail();
        final Set<String> notes = new LinkedHashSet<>();
        final Trail dormantContext = new Trail();
        final Set<String> dormantNotes = new LinkedHashSet<>();

        Gathered(BlockResult first, CallPath callPath) {
            this.first = first;
            this.callPath = callPath;
        }
    }

    public ConfigurationWalker(TerraformModuleLoader loader, ScanContext context) {
        this.loader = loader;
        this.variableFiles = new VariableFiles(context);
        this.context = context;
    }

    /**
     * The root modules among {@code dirs} (sorted): those no other scanned directory calls, and those named on the
     * command line (SPEC §4).
     */
    public List<Path> roots(Collection<Path> dirs, Set<Path> named) {
        return RootSelector.roots(dirs, named, loader, variableFiles, context.limits());
    }

    /** Evaluates {@code dir} as a root module. */
    public void walkRoot(Path dir) {
        Walk walk = new Walk(loader, variableFiles, context, dir, reported);
        ModuleInstance root = ModuleInstance.root(walk, loader.load(dir));
        walk(root, dir);
        if (walk.budget.exhausted()) {
            context.error(Location.fileStart(dir), "evaluation of this root module stopped after "
                    + walk.budget.maxSteps() + " steps; the values not yet evaluated are unknown "
                    + Limits.howToRaise("evaluation-steps"));
        }
    }

    /** Whether a walk reached {@code dir} (as a root or a called module). */
    public boolean visited(Path dir) {
        return visited.contains(dir);
    }

    private void walk(ModuleInstance inst, Path root) {
        visited.add(inst.config.dir());
        CallPath callPath = inst.config.models().isEmpty() ? null : callPath(inst, root);
        for (Decl r : inst.config.models()) {
            gather(root, callPath, ModelEvaluator.evaluate(inst, r));
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

    private void gather(Path root, CallPath callPath, BlockResult r) {
        // Within one root the address (without instance keys) names the call path, so root and address
        // key one result per call path.
        String key = root + "|" + r.address() + "|" + r.resource().location();
        Gathered g = results.get(key);
        if (g == null) {
            g = new Gathered(r, callPath);
            results.put(key, g);
        }
        g.instances.addAll(r.instances());
        if (r.instances().isEmpty()) {
            g.asWritten.addAll(r.asWritten());
            g.dormantContext.addAll(r.context());
            g.dormantNotes.addAll(r.notes());
        } else {
            g.context.addAll(r.context());
            g.notes.addAll(r.notes());
        }
    }

    /** One model per block per root and call path. */
    public List<ServiceResource> models() {
        List<ServiceResource> out = new ArrayList<>();
        for (Gathered g : results.values()) {
            Decl d = g.first.resource();
            boolean none = g.instances.isEmpty();
            List<Evidence> ctx = (none ? g.dormantContext : g.context).steps();
            List<String> notes = new ArrayList<>(none ? g.dormantNotes : g.notes);
            out.add(SageMakerModelAdapter.model(d, g.first.address(),
                    new Setting<>(g.instances, none ? g.asWritten : List.of()), notes, ctx, g.callPath));
        }
        return out;
    }
}
