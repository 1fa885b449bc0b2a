package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where {@code terraform init} put the remote modules of a root: {@code .terraform/modules/modules.json}
 * maps each module call path ({@code "vpc"}, {@code "vpc.subnets"}) to a directory. Nothing is
 * ever downloaded; without that file, remote modules are not scanned.
 */
final class RemoteModules {

    private final Map<String, Path> dirs;

    private RemoteModules(Map<String, Path> dirs) {
        this.dirs = dirs;
    }

    static RemoteModules of(Path rootDir) {
        Path manifest = rootDir.resolve(".terraform").resolve("modules").resolve("modules.json");
        Map<String, Path> dirs = new HashMap<>();
        if (Files.isRegularFile(manifest)) {
            try {
                Node root = new JsonTreeReader(TreeLimits.DEFAULT).read(SourceFile.read(manifest).text());
                if (root instanceof Node.MapNode m && m.get("Modules") instanceof Node.SeqNode list) {
                    for (Node item : list.items()) {
                        if (item instanceof Node.MapNode e && e.get("Key") instanceof Node.ScalarNode k
                                && e.get("Dir") instanceof Node.ScalarNode d && k.text() != null && d.text() != null
                                && !k.text().isEmpty()) {
                            dirs.put(k.text(), rootDir.resolve(d.text()).toAbsolutePath().normalize());
                        }
                    }
                }
            } catch (IOException | TreeParseException e) {
                // An unreadable manifest is as if terraform init had not run: remote modules become notices.
            }
        }
        return new RemoteModules(dirs);
    }

    /** The directory of the module at call path {@code key} ({@code "a.b"}), or {@code null}. */
    Path dir(String key) {
        Path d = dirs.get(key);
        return d != null && Files.isDirectory(d) ? d : null;
    }
}
