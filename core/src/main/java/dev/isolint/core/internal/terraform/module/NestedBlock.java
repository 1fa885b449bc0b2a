package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.hcl.Block;

/**
 * A block nested in a resource: {@code network_config { … }}, or {@code dynamic "network_config" { for_each = …;
 * content { … } }}, whose body then holds {@code for_each}, {@code iterator} and {@code content}.
 *
 * @param type    the block type ({@code network_config}, also for a dynamic block)
 * @param dynamic whether it is a {@code dynamic} block
 * @param body    its body, or {@code null} when {@code invalid}
 * @param at      where it is written
 * @param invalid why Terraform would reject it (JSON syntax that is not an object), or {@code null}
 */
record NestedBlock(String type, boolean dynamic, BlockBody body, Range at, String invalid) {

    /** The type a native-syntax block counts as in an override: a dynamic block's label. */
    static String typeOf(Block b) {
        return b.type().equals("dynamic") && b.labels().size() == 1 ? b.label(0) : b.type();
    }

    static NestedBlock of(Block b, ConfigFile file) {
        HclBlockBody body = new HclBlockBody(b, file);
        return new NestedBlock(typeOf(b), b.type().equals("dynamic") && b.labels().size() == 1, body, body.location(),
                null);
    }
}
