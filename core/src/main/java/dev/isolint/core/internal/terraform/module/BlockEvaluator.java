package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands a resource block in a module instance: per instance its {@code count}/{@code for_each} yields, or as
 * written when it yields none (then a value that needs {@code each}/{@code count} is unknown), as SPEC §5 says.
 */
final class BlockEvaluator {

    private BlockEvaluator() {
    }

    static BlockResult visit(ModuleInstance inst, Decl resource) {
        String local = resource.label(0) + "." + resource.label(1);
        String address = inst.pathPrefix(local);
        Expansion e = Expansion.of(resource, inst.prefix(local), inst);
        List<Evidence> context = new ArrayList<>(inst.context);
        List<String> notes = new ArrayList<>(inst.notes);
        if (inst.dormant) {
            // The module has no instance, so neither has the block: its values as written, what its count/for_each
            // would give, stand for it (the rule judges the worst).
            List<Iteration> asWritten = e.hasInstances() ? e.iterations() : List.of(Iteration.absent(e.reason()));
            return new BlockResult(resource, inst, address, List.of(), asWritten, context, notes);
        }
        if (!e.hasInstances()) {
            context.addAll(e.evidence());
            notes.add(inst.prefix(local) + " has no instance with these inputs (" + e.reason() + "): judged as written");
            return new BlockResult(resource, inst, address, List.of(), List.of(Iteration.absent(e.reason())), context,
                    notes);
        }
        List<BlockResult.Keyed> instances = new ArrayList<>();
        boolean keyed = !inst.address.equals(inst.path) || e.kind() == Expansion.Kind.REPEATED;
        for (Iteration it : e.iterations()) {
            instances.add(new BlockResult.Keyed(keyed ? inst.prefix(local) + it.key() : null, it));
        }
        return new BlockResult(resource, inst, address, instances, List.of(), context, notes);
    }
}
