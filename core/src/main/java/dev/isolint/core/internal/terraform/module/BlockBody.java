package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Range;
import java.util.List;

/**
 * The arguments and nested blocks of a resource block or of a block nested in one, whichever syntax they are
 * written in: what an attribute path is looked up in.
 */
interface BlockBody {

    /** Where the block starts: what an argument it does not set points at. */
    Range location();

    /** The argument {@code name}, or {@code null}. */
    Arg arg(String name);

    /** Its nested blocks of {@code type}, static and {@code dynamic}, in Terraform's order. */
    List<NestedBlock> blocks(String type);
}
