package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.model.Range;
import java.util.List;

/** The attributes and nested blocks of a file or block, in source order. */
public record Body(List<Attribute> attributes, List<Block> blocks, Range range) {

    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** The attribute called {@code name}, or {@code null}. */
    public Attribute attribute(String name) {
        for (Attribute a : attributes) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
