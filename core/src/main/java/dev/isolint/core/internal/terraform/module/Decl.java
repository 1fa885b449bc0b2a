package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Location;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A top-level block of a module ({@code resource}, {@code module}, {@code variable},
 * {@code output}) with its arguments after override files are merged into it.
 */
public final class Decl {

    private final Block block;
    private final ConfigFile file;
    private final Map<String, Arg> args = new LinkedHashMap<>();

    Decl(Block block, ConfigFile file) {
        this.block = block;
        this.file = file;
        for (Attribute a : block.body().attributes()) {
            args.put(a.name(), new Arg(a, file));
        }
    }

    /** Applies an override block: its arguments replace those of the same name (Terraform's merge). */
    void override(Block over, ConfigFile overFile) {
        for (Attribute a : over.body().attributes()) {
            args.put(a.name(), new Arg(a, overFile));
        }
    }

    public Block block() {
        return block;
    }

    public ConfigFile file() {
        return file;
    }

    public String label(int i) {
        return block.label(i);
    }

    /** The argument {@code name}, or {@code null}. */
    public Arg arg(String name) {
        return args.get(name);
    }

    public Map<String, Arg> args() {
        return args;
    }

    /** Where the block starts: the type keyword, or in JSON syntax its name key. */
    public Location location() {
        return file.location(block.range());
    }
}
