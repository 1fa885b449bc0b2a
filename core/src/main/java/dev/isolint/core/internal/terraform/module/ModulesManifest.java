package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code .terraform/modules/modules.json}, where {@code terraform init} records the directory of each module call
 * path ({@code "vpc"}, {@code "vpc.subnets"}): the one reader of it, for the configuration walk and for the plan's
 * source locator, bounded by the scan's tree limits. An absent, unreadable or malformed manifest is as if
 * {@code terraform init} had not run.
 */
public final class ModulesManifest {

    private ModulesManifest() {
    }

    /**
     * Call path → directory as the manifest writes it (relative to {@code rootDir}, or absolute); empty when there
     * is no usable manifest. Entries without a key or with a directory that is no path are left out.
     */
    public static Map<String, Path> read(Path rootDir, TreeLimits limits) {
        Map<String, Path> dirs = new HashMap<>();
        Path manifest = rootDir.resolve(".terraform").resolve("modules").resolve("modules.json");
        if (!Files.isRegularFile(manifest)) {
            return dirs;
        }
        Node root;
        try {
            root = new JsonTreeReader(limits).read(manifest, SourceFile.read(manifest, limits.maxDocumentChars()).text());
        } catch (IOException | TreeParseException e) {
            return dirs;
        }
        if (root instanceof Node.MapNode m && m.get("Modules") instanceof Node.SeqNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.MapNode e && e.get("Key") instanceof Node.ScalarNode k
                        && e.get("Dir") instanceof Node.ScalarNode d && k.text() != null && d.text() != null
                        && !k.text().isEmpty()) {
                    try {
                        dirs.put(k.text(), Path.of(d.text()));
                    } catch (InvalidPathException ex) {
                        // Not a directory this system can name: that module is as if not downloaded.
                    }
                }
            }
        }
        return dirs;
    }
}
