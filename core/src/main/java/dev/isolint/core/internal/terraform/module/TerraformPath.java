package dev.isolint.core.internal.terraform.module;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a setting sits in a resource block, and how it is written there: nested blocks
 * ({@code network_config { … }}, the aws provider), then an attribute, then keys of the object that attribute
 * holds ({@code network_config = { … }}, awscc). Which kind each step is comes from the provider's schema, which
 * the adapter knows; the view never guesses.
 * <pre>
 * TerraformPath.attribute("enable_network_isolation")
 * TerraformPath.block("network_config").attribute("enable_network_isolation")
 * TerraformPath.attribute("network_config").key("enable_network_isolation")
 * </pre>
 */
public final class TerraformPath {

    private final List<String> blocks;
    private final String attribute;
    private final List<String> keys;
    private final String text;

    private TerraformPath(List<String> blocks, String attribute, List<String> keys) {
        this.blocks = List.copyOf(blocks);
        this.attribute = attribute;
        this.keys = List.copyOf(keys);
        StringBuilder sb = new StringBuilder();
        for (String b : blocks) {
            sb.append(b).append('.');
        }
        sb.append(attribute);
        for (String k : keys) {
            sb.append('.').append(k);
        }
        this.text = sb.toString();
    }

    /** An attribute of the resource block itself. */
    public static TerraformPath attribute(String name) {
        return new TerraformPath(List.of(), name, List.of());
    }

    /** Nested blocks of {@code type} in the resource block: continue with {@link Blocks#attribute} or {@link Blocks#block}. */
    public static Blocks block(String type) {
        return new Blocks(List.of(type));
    }

    /** The same path one key deeper into the attribute's object value. */
    public TerraformPath key(String name) {
        List<String> more = new ArrayList<>(keys);
        more.add(name);
        return new TerraformPath(blocks, attribute, more);
    }

    /** The nested block types, outermost first. */
    public List<String> blocks() {
        return blocks;
    }

    /** The attribute written in the innermost block. */
    public String attribute() {
        return attribute;
    }

    /** The keys looked up in the attribute's value. */
    public List<String> keys() {
        return keys;
    }

    /** As messages name it: {@code network_config.enable_network_isolation}. */
    @Override
    public String toString() {
        return text;
    }

    /** A path of nested blocks still waiting for its attribute. */
    public static final class Blocks {
        private final List<String> types;

        private Blocks(List<String> types) {
            this.types = types;
        }

        /** Blocks of {@code type} nested one level deeper. */
        public Blocks block(String type) {
            List<String> more = new ArrayList<>(types);
            more.add(type);
            return new Blocks(more);
        }

        /** The attribute written in the innermost block. */
        public TerraformPath attribute(String name) {
            return new TerraformPath(types, name, List.of());
        }
    }
}
