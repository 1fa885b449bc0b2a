package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.hcl.Body;
import java.nio.file.Path;
import java.util.List;

/**
 * One parsed configuration file of a module: its syntax tree and its lines (for evidence notes
 * and suppression comments).
 *
 * @param path     absolute, normalised path
 * @param body     the file's top-level body
 * @param lines    the file's text, line by line
 * @param override whether Terraform merges it as an override file ({@code override.tf}, {@code *_override.tf})
 * @param json     whether it is written in JSON syntax
 */
public record ConfigFile(Path path, Body body, List<String> lines, boolean override, boolean json) {

    /**
     * This file without its syntax tree: what a merged module keeps (the blocks it declares hold their own subtrees;
     * evidence and suppressions read the lines). A module's other blocks are then garbage, so a scan's memory does
     * not grow with every resource of every file it reads.
     */
    public ConfigFile withoutBody() {
        return new ConfigFile(path, null, lines, override, json);
    }

    /** Whether {@code name} is an override file name, as Terraform decides it. */
    public static boolean isOverride(String name) {
        String base = name.endsWith(".tf.json") ? name.substring(0, name.length() - 8)
                : name.endsWith(".tf") ? name.substring(0, name.length() - 3) : name;
        return base.equals("override") || base.endsWith("_override");
    }

    /** The source line at {@code r}, trimmed and shortened, as an evidence note. */
    public String sourceLine(Range r) {
        int n = r.line();
        String text = n >= 1 && n <= lines.size() ? lines.get(n - 1).strip() : "";
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }

    /** An evidence step at {@code r} showing its source line. */
    public Evidence evidence(Range r) {
        return new Evidence(r, sourceLine(r));
    }

    /** An evidence step at {@code r} with {@code note}. */
    public Evidence evidence(Range r, String note) {
        return new Evidence(r, note);
    }
}
