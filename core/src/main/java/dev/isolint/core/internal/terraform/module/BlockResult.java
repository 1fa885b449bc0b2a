package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.Value;
import java.util.List;

/**
 * What one visit of a SageMaker model block produced in one module instance: its instances, or
 * (none) its value as written, with the evidence and notes about why.
 *
 * @param resource  the block
 * @param address   configuration address without instance keys
 * @param instances the instances it yields here
 * @param asWritten its values as written when it yields none (one per iteration a dormant module would give), else empty
 * @param context   evidence about the block as a whole (module calls, count)
 * @param notes     facts the finding's message states
 */
record BlockResult(Decl resource, String address, List<Setting.Instance<Boolean>> instances, List<Value<Boolean>> asWritten,
        List<Evidence> context, List<String> notes) {
}
