package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import java.util.ArrayList;
import java.util.List;

/** A nested block in native syntax (its contents are never merged with an override's: one file holds it all). */
final class HclBlockBody implements BlockBody {

    private final Block block;
    private final ConfigFile file;

    HclBlockBody(Block block, ConfigFile file) {
        this.block = block;
        this.file = file;
    }

    @Override
    public Range location() {
        return block.range();
    }

    @Override
    public Arg arg(String name) {
        Attribute a = block.body().attribute(name);
        return a == null ? null : new Arg(a, file);
    }

    @Override
    public List<NestedBlock> blocks(String type) {
        List<NestedBlock> out = new ArrayList<>();
        for (Block b : block.body().blocks()) {
            if (NestedBlock.typeOf(b).equals(type)) {
                out.add(NestedBlock.of(b, file));
            }
        }
        return out;
    }
}
