package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.eval.Budget;
import java.nio.file.Path;
import java.util.Set;

/**
 * What the evaluation of one root module shares: the loader, variables files, the scan's
 * error sink (each problem reported once, however many instances meet it), the root's remote
 * module manifest, and a bound on module instances.
 */
final class Walk {

    final TerraformModuleLoader loader;
    final VariableFiles variableFiles;
    final ScanContext context;
    final Path rootDir;
    final RemoteModules remote;
    /** What evaluating this root may cost, all expressions together. */
    final Budget budget;
    private final Set<String> reported;
    private int instances;
    private Workspace workspace;

    Walk(TerraformModuleLoader loader, VariableFiles variableFiles, ScanContext context, Path rootDir,
            Set<String> reported) {
        this.loader = loader;
        this.variableFiles = variableFiles;
        this.context = context;
        this.rootDir = rootDir;
        this.remote = RemoteModules.of(rootDir, context.treeLimits());
        this.reported = reported;
        this.budget = Budget.forRoot(context.limits());
    }

    /** Most module instances one root may expand to: twice the {@code instances} limit for one call. */
    int maxModuleInstances() {
        return (int) Math.min(Integer.MAX_VALUE, 2L * context.limits().instances());
    }

    /** Deepest module nesting followed: the {@code module-depth} limit. */
    int maxModuleDepth() {
        return context.limits().moduleDepth();
    }

    /** Reports an error once per location and message. */
    void error(Range at, String message) {
        if (reported.add("E" + at + message)) {
            context.error(at, message);
        }
    }

    /** Reports a notice once per location and message. */
    void notice(Range at, String message) {
        if (reported.add("N" + at + message)) {
            context.notice(at, message);
        }
    }

    /** Reports, once per location and message, input that is not scanned: an error under {@code --strict}. */
    void notScanned(Range at, String message) {
        if (reported.add("S" + at + message)) {
            context.notScanned(at, message);
        }
    }

    /** The root's {@code terraform.workspace}, found when first used. */
    Workspace workspace() {
        if (workspace == null) {
            workspace = Workspace.of(context.request(), rootDir);
        }
        return workspace;
    }

    /** Counts one more module instance; false once the bound is reached. */
    boolean admitInstance() {
        return ++instances <= maxModuleInstances();
    }
}
