package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.tree.TreeLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where {@code terraform init} put the remote modules of a root ({@link ModulesManifest}). Nothing is ever
 * downloaded; without the manifest, remote modules are not scanned.
 */
final class RemoteModules {

    private final Map<String, Path> dirs;

    private RemoteModules(Map<String, Path> dirs) {
        this.dirs = dirs;
    }

    static RemoteModules of(Path rootDir, TreeLimits limits) {
        Map<String, Path> dirs = new HashMap<>();
        for (Map.Entry<String, Path> e : ModulesManifest.read(rootDir, limits).entrySet()) {
            dirs.put(e.getKey(), rootDir.resolve(e.getValue()).toAbsolutePath().normalize());
        }
        return new RemoteModules(dirs);
    }

    /** The directory of the module at call path {@code key} ({@code "a.b"}), or {@code null}. */
    Path dir(String key) {
        Path d = dirs.get(key);
        return d != null && Files.isDirectory(d) ? d : null;
    }
}
