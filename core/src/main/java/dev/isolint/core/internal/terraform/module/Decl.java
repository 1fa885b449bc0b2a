package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A top-level block of a module ({@code resource}, {@code module}, {@code variable},
 * {@code output}) with its arguments and nested blocks after override files are merged into it.
 */
public final class Decl {

    private final Block block;
    private final ConfigFile file;
    private final Map<String, Arg> args = new LinkedHashMap<>();
    /** Nested blocks in native syntax, once an override or a lookup needed them (most blocks never do). */
    private List<NestedBlock> nested;

    Decl(Block block, ConfigFile file) {
        this.block = block;
        this.file = file;
        for (Attribute a : block.body().attributes()) {
            args.put(a.name(), new Arg(a, file));
        }
    }

    /**
     * Applies an override block as Terraform merges one: its arguments replace those of the same name, and a nested
     * block type it writes (a {@code dynamic "x"} block counts as type {@code x}) replaces every block of that type,
     * static or dynamic; the override's blocks follow the ones kept. Nested blocks are not merged into each other.
     */
    void override(Block over, ConfigFile overFile) {
        Set<String> replaced = new HashSet<>();
        for (Block b : over.body().blocks()) {
            replaced.add(NestedBlock.typeOf(b));
        }
        if (overFile.json()) {
            // JSON syntax writes blocks as properties; which names are blocks only the provider schema says, and a
            // name is either an argument or a block type, so a property replaces blocks of its name too.
            for (Attribute a : over.body().attributes()) {
                if (a.name().equals("dynamic")) {
                    replaced.addAll(JsonBlocks.labels(a.expr()));
                } else {
                    replaced.add(a.name());
                }
            }
        }
        List<NestedBlock> kept = new ArrayList<>();
        for (NestedBlock b : nested()) {
            if (!replaced.contains(b.type())) {
                kept.add(b);
            }
        }
        for (String type : replaced) {
            // A block written in JSON syntax in an earlier file is a property of the same name.
            Arg old = args.get(type);
            if (old != null && old.file().json()) {
                args.remove(type);
            }
        }
        for (Attribute a : over.body().attributes()) {
            args.put(a.name(), new Arg(a, overFile));
        }
        for (Block b : over.body().blocks()) {
            kept.add(NestedBlock.of(b, overFile));
        }
        nested = kept;
    }

    private List<NestedBlock> nested() {
        if (nested == null) {
            nested = new ArrayList<>();
            for (Block b : block.body().blocks()) {
                nested.add(NestedBlock.of(b, file));
            }
        }
        return nested;
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

    /** The nested blocks of {@code type} after merging, in Terraform's order, in native or JSON syntax. */
    List<NestedBlock> blocks(String type) {
        List<NestedBlock> out = new ArrayList<>();
        for (NestedBlock b : nested()) {
            if (b.type().equals(type)) {
                out.add(b);
            }
        }
        Arg json = args.get(type);
        if (json != null && json.file().json()) {
            JsonBlocks.blocks(type, json.expr(), json.location(), json.file(), out);
        }
        Arg dynamic = args.get("dynamic");
        if (dynamic != null && dynamic.file().json()) {
            JsonBlocks.dynamicBlocks(type, dynamic.expr(), dynamic.file(), out);
        }
        return out;
    }

    /** Where the block starts: the type keyword, or in JSON syntax its name key. */
    public Range location() {
        return block.range();
    }

    /** Its merged arguments and nested blocks, as an attribute path looks them up. */
    BlockBody body() {
        return new BlockBody() {
            @Override
            public Range location() {
                return Decl.this.location();
            }

            @Override
            public Arg arg(String name) {
                return Decl.this.arg(name);
            }

            @Override
            public List<NestedBlock> blocks(String type) {
                return Decl.this.blocks(type);
            }
        };
    }
}
