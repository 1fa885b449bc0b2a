package dev.isolint.core.terraform.module;

import dev.isolint.core.terraform.eval.EvalException;
import dev.isolint.core.terraform.eval.ExprEvaluator;
import dev.isolint.core.terraform.eval.EvalLimitException;
import dev.isolint.core.terraform.eval.Val;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the root modules among the scanned directories (SPEC §4): a directory that another
 * scanned directory calls as a local module is evaluated through its callers, not on its own,
 * unless it was named on the command line.
 */
public final class RootSelector {

    private RootSelector() {
    }

    /** The roots among {@code dirs}, in the given (sorted) order. */
    public static List<Path> roots(Collection<Path> dirs, Set<Path> named, TerraformModuleLoader loader) {
        Set<Path> scanned = new HashSet<>(dirs);
        Set<Path> called = new HashSet<>();
        for (Path dir : dirs) {
            ModuleConfig c = loader.load(dir);
            for (Decl call : c.calls().values()) {
                Path target = localSource(c, call);
                if (target != null && !target.equals(dir) && scanned.contains(target)) {
                    called.add(target);
                }
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path dir : dirs) {
            if (!called.contains(dir) || named.contains(dir)) {
                roots.add(dir);
            }
        }
        return roots;
    }

    private static Path localSource(ModuleConfig c, Decl call) {
        Arg s = call.arg("source");
        if (s == null) {
            return null;
        }
        try {
            if (ExprEvaluator.constant(s.expr()) instanceof Val.Str str) {
                String src = str.value().replace('\\', '/');
                if (src.startsWith("./") || src.startsWith("../") || src.equals(".") || src.equals("..")) {
                    return c.dir().resolve(src).toAbsolutePath().normalize();
                }
            }
        } catch (EvalException | EvalLimitException e) {
            // Reported when the call is evaluated.
        }
        return null;
    }
}
