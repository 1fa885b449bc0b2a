package dev.isolint.core.internal.terraform.hcl;

import dev.isolint.core.model.Range;
import java.util.List;

/**
 * {@code type "label"… { body }}. {@code range} starts at the type keyword (JSON syntax: at the
 * key of the last label) and ends at the closing brace.
 */
public record Block(String type, List<String> labels, Body body, Range range) {

    public Block {
        labels = List.copyOf(labels);
    }

    /** The label at {@code i}, or {@code null}. */
    public String label(int i) {
        return i < labels.size() ? labels.get(i) : null;
    }
}
