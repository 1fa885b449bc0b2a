package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a SageMaker model block in a module instance: per instance its {@code count}/{@code for_each}
 * yields, or as written when it yields none (then a value that needs {@code each}/{@code count} is
 * unknown), as SPEC §5 says.
 */
final class ModelEvaluator {

    private ModelEvaluator() {
    }

    static BlockResult evaluate(ModuleInstance inst, Decl resource) {
        String local = resource.label(0) + "." + resource.label(1);
        String address = inst.pathPrefix(local);
        Expansion e = Expansion.of(resource, inst.prefix(local), inst);
        List<Evidence> context = new ArrayList<>(inst.context);
        List<String> notes = new ArrayList<>(inst.notes);
        if (inst.dormant) {
            // The module has no instance, so neither has the block: its values as written, what its count/for_each
            // would give, stand for it (the rule judges the worst).
            List<Value<Boolean>> values = new ArrayList<>();
            if (e.hasInstances()) {
                for (Iteration it : e.iterations()) {
                    values.add(value(inst, resource, it));
                }
            } else {
                values.add(value(inst, resource, Iteration.absent(e.reason())));
            }
            return new BlockResult(resource, address, List.of(), values, context, notes);
        }
        if (!e.hasInstances()) {
            context.addAll(e.evidence());
            notes.add(inst.prefix(local) + " has no instance with these inputs (" + e.reason() + "): judged as written");
            return new BlockResult(resource, address, List.of(),
                    List.of(value(inst, resource, Iteration.absent(e.reason()))), context, notes);
        }
        List<Setting.Instance<Boolean>> instances = new ArrayList<>();
        boolean keyed = !inst.address.equals(inst.path) || e.kind() == Expansion.Kind.REPEATED;
        for (Iteration it : e.iterations()) {
            instances.add(new Setting.Instance<>(keyed ? inst.prefix(local) + it.key() : null, value(inst, resource, it)));
        }
        return new BlockResult(resource, address, instances, List.of(), context, notes);
    }

    static Value<Boolean> value(ModuleInstance inst, Decl resource, Iteration it) {
        Arg a = resource.arg(SageMakerModelAdapter.ATTRIBUTE);
        return SageMakerModelAdapter.isolation(resource, inst,
                new BlockScope(inst, it, resource, a != null ? a.file() : resource.file()));
    }
}
