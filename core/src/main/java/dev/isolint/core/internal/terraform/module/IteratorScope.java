package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.Scope;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.model.Range;

/**
 * The scope of a {@code dynamic} block's {@code content}: its iterator ({@code network_config.key},
 * {@code network_config.value}, or the name {@code iterator} gives) for the element being expanded, over the
 * scope around it (the resource instance, or an outer dynamic block).
 */
final class IteratorScope implements Scope {

    private final Scope outer;
    private final String name;
    private final Val key;
    private final Val value;
    private final Evidence step;

    IteratorScope(Scope outer, String name, Val key, Val value, Evidence step) {
        this.outer = outer;
        this.name = name;
        this.key = key;
        this.value = value;
        this.step = step;
    }

    @Override
    public boolean resolves(String root) {
        return root.equals(name) || outer.resolves(root);
    }

    @Override
    public Val reference(String root, String attribute, Range at, Trail trail) {
        if (!root.equals(name)) {
            return outer.reference(root, attribute, at, trail);
        }
        if (!attribute.equals("key") && !attribute.equals("value")) {
            throw new EvalException(name + "." + attribute + " does not exist; use " + name + ".key or " + name
                    + ".value", at);
        }
        trail.add(step);
        return attribute.equals("key") ? key : value;
    }

    @Override
    public String resourceAddress(String type, String name) {
        return outer.resourceAddress(type, name);
    }

    @Override
    public Val moduleOutput(String call, Val key, String output, Range at, Trail trail) {
        return outer.moduleOutput(call, key, output, at, trail);
    }
}
