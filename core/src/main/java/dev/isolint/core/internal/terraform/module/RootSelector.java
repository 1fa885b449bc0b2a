package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.api.Limits;
import dev.isolint.core.internal.terraform.eval.Budget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the root modules among the scanned directories (SPEC §4): a directory that another
 * scanned directory calls as a local module is evaluated through its callers, not on its own,
 * unless it was named on the command line. Sources are evaluated as the walk evaluates them
 * ({@link InitScope}); one built from a const variable that a caller sets is followed from that caller.
 */
final class RootSelector {

    /** Most module calls followed into to learn their sources; beyond that, a directory may be evaluated twice. */
    private static final int MAX_FOLLOWED = 10_000;

    private final TerraformModuleLoader loader;
    private final Limits limits;
    private final Set<Path> scanned;
    private final Set<Path> called = new HashSet<>();
    private int followed;

    private RootSelector(Collection<Path> dirs, TerraformModuleLoader loader, Limits limits) {
        this.loader = loader;
        this.limits = limits;
        this.scanned = new HashSet<>(dirs);
    }

    /** The roots among {@code dirs}, in the given (sorted) order. */
    static List<Path> roots(Collection<Path> dirs, Set<Path> named, TerraformModuleLoader loader,
            VariableFiles variableFiles, Limits limits) {
        RootSelector s = new RootSelector(dirs, loader, limits);
        for (Path dir : dirs) {
            if (s.markLiteralCalls(dir)) {
                continue;
            }
            ModuleConfig c = loader.load(dir);
            // A directory's root inputs are read only if one of its sources uses a const variable.
            ModuleInstance.Inputs lazy = new ModuleInstance.Inputs() {
                @Override
                public Given value(VariableDecl v) {
                    return variableFiles.root(c).value(v);
                }

                @Override
                public String missing(VariableDecl v) {
                    return variableFiles.root(c).missing(v);
                }
            };
            List<Path> chain = new ArrayList<>();
            chain.add(dir);
            s.follow(InitScope.root(c, lazy, Budget.forRoot(limits), loader.context()), chain);
        }
        List<Path> roots = new ArrayList<>();
        for (Path dir : dirs) {
            if (!s.called.contains(dir) || named.contains(dir)) {
                roots.add(dir);
            }
        }
        return roots;
    }

    /**
     * Marks the scanned directories {@code dir} calls when its summary tells them all: when none of its sources
     * and none of the modules it calls varies, following its calls would load each target and stop there. Returns
     * whether it did; if not, the directory's calls are followed through its configuration.
     */
    private boolean markLiteralCalls(Path dir) {
        ModuleSummary summary = loader.summary(dir);
        if (summary.dynamic() || limits.moduleDepth() < 1) { // (at depth 0, calls are not even loaded)
            return false;
        }
        for (Path target : summary.targets()) {
            if (!target.equals(dir) && loader.summary(target).dynamic()) {
                return false;
            }
        }
        for (Path target : summary.targets()) {
            if (!target.equals(dir) && scanned.contains(target)) {
                called.add(target);
            }
        }
        return true;
    }

    /** Marks the scanned directories {@code scope}'s module calls; follows calls into modules whose own sources vary. */
    private void follow(InitScope scope, List<Path> chain) {
        Path dir = scope.config().dir();
        for (Decl call : scope.config().calls().values()) {
            Path target = scope.localSource(call);
            if (target == null) {
                continue;
            }
            if (!target.equals(dir) && scanned.contains(target)) {
                called.add(target);
            }
            if (chain.contains(target) || chain.size() > limits.moduleDepth() || followed >= MAX_FOLLOWED) {
                continue;
            }
            ModuleConfig module = loader.load(target);
            if (hasDynamicSource(module)) {
                followed++;
                chain.add(target);
                follow(scope.child(module, call), chain);
                chain.remove(chain.size() - 1);
            }
        }
    }

    /** Whether a module has a call whose source is not a literal (it may depend on what the caller gives). */
    private boolean hasDynamicSource(ModuleConfig module) {
        return loader.summary(module.dir()).dynamic();
    }
}
