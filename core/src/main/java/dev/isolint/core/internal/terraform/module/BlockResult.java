package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import java.util.List;

/**
 * What one visit of a resource block produced in one module instance: the instances it yields there, or (none)
 * the iterations it is judged on as written, with the evidence and notes about why. Attributes are evaluated
 * from these by {@link TerraformResource}.
 *
 * @param resource  the block
 * @param module    the module instance visited
 * @param address   configuration address without instance keys
 * @param instances the instances it yields here
 * @param asWritten when it yields none: the iterations its values as written are taken in (one per iteration a
 *                  dormant module would give, at least one), else empty
 * @param context   evidence about the block as a whole (module calls, count)
 * @param notes     facts the finding's message states
 */
record BlockResult(Decl resource, ModuleInstance module, String address, List<Keyed> instances, List<Iteration> asWritten,
        List<Evidence> context, List<String> notes) {

    /**
     * One instance of the block.
     *
     * @param key       its full address, or {@code null} when the block yields exactly itself
     * @param iteration its {@code count.index} or {@code each}
     */
    record Keyed(String key, Iteration iteration) {
    }

    /** The block's own address in {@code module} (with module instance keys), before its instance key. */
    String localAddress() {
        return module.prefix(resource.label(0) + "." + resource.label(1));
    }
}
