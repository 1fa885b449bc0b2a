package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.terraform.eval.Budget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What root selection and the grouping of roots need of a module once its merged configuration is gone: the local
 * directories its literal {@code source}s call, and whether any source is not a literal (such a module, and its
 * callers, are followed through their full configuration, as {@link RootSelector} did for every module).
 *
 * @param targets the local module directories of its calls with a constant source, in declaration order
 * @param dynamic whether a call's source is not a constant (it may depend on what a caller or the root gives)
 */
record ModuleSummary(List<Path> targets, boolean dynamic) {

    /** Constant sources read no variable: a scope that is asked for one is a bug. */
    private static final ModuleInstance.Inputs NO_INPUTS = new ModuleInstance.Inputs() {
        @Override
        public Given value(VariableDecl v) {
            throw new IllegalStateException("a constant module source read variable " + v.name());
        }

        @Override
        public String missing(VariableDecl v) {
            throw new IllegalStateException("a constant module source read variable " + v.name());
        }
    };

    ModuleSummary {
        targets = List.copyOf(targets);
    }

    /**
     * The summary of {@code config}: each constant source evaluated as the root scope {@link RootSelector} builds
     * evaluates it (one budget for the module, as there), so both agree on which directories are called.
     */
    static ModuleSummary of(ModuleConfig config, ScanContext context) {
        List<Path> targets = new ArrayList<>();
        boolean dynamic = false;
        InitScope scope = null;
        for (Decl call : config.calls().values()) {
            Arg source = call.arg("source");
            if (source == null) {
                continue;
            }
            if (!InitScope.isConstant(source.expr())) {
                dynamic = true;
                continue;
            }
            if (scope == null) {
                scope = InitScope.root(config, NO_INPUTS, Budget.forRoot(context.limits()), context);
            }
            Path target = scope.localSource(call);
            if (target != null) {
                targets.add(target);
            }
        }
        return new ModuleSummary(targets, dynamic);
    }
}
