package dev.isolint.core.internal.terraform.eval;

import dev.isolint.core.model.Range;


/**
 * What the names in an expression refer to: a module instance's variables, locals, module calls,
 * {@code path.*}, {@code terraform.*}, and the {@code count}/{@code each} of the block being
 * evaluated. A scope adds the evidence of each reference it resolves to the trail.
 */
public interface Scope {

    /** Whether {@code root} is a name this scope resolves ({@code var}, {@code local}, …). */
    boolean resolves(String root);

    /**
     * The value of {@code root.name} (e.g. {@code var.isolate}, {@code module.fleet}). Unknowns
     * carry their reason; Terraform-level errors are {@link EvalException}s.
     */
    Val reference(String root, String name, Range at, Trail trail);

    /**
     * The address without instance keys of resource {@code type.name} as written in this scope's module
     * ({@code module.a.aws_x.y}); {@code name} may be {@code null} (a bare {@code aws_x}), then so is the address.
     */
    default String resourceAddress(String type, String name) {
        return name == null ? null : type + "." + name;
    }

    /**
     * {@code module.call.output} or {@code module.call[key].output} ({@code key} {@code null} for the
     * first form): one output, with its own evidence. By default taken from {@link #reference}.
     */
    default Val moduleOutput(String call, Val key, String output, Range at, Trail trail) {
        Val module = reference("module", call, at, trail);
        return ExprEvaluator.attribute(key == null ? module : ExprEvaluator.index(module, key, at), output, at);
    }
}
