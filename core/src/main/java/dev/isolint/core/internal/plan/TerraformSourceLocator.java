package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Location;
import dev.isolint.core.internal.terraform.module.ModulesManifest;
import dev.isolint.core.internal.tree.TreeLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the {@code .tf} source of a planned resource, when the configuration files are on disk
 * beside the plan: the root module is the plan's directory, a module's directory comes from
 * {@code .terraform/modules/modules.json} (written by {@code terraform init}) or else from the
 * local {@code module_calls[…].source} paths. The block is found by a line scan for
 * {@code resource "type" "name"}; the plan is never re-rendered as HCL, so every line it points
 * at exists. Nothing found means no evidence, never an error: the plan alone decides the verdict.
 *
 * <p>Loops, a directory stream and {@link ResourceLineMatcher} rather than streams, lambdas and
 * regular expressions: each of those costs a fresh JVM milliseconds on first use (bench/README.md).
 */
final class TerraformSourceLocator {

    private static final long MAX_TF_BYTES = 8L * 1024 * 1024;

    private final Path root;
    private final Map<String, String> sources;
    private final TreeLimits limits;
    private final Map<String, List<Evidence>> found = new HashMap<>();
    private Map<String, Path> initDirs;

    TerraformSourceLocator(Path root, Map<String, String> sources, TreeLimits limits) {
        this.root = root;
        this.sources = sources;
        this.limits = limits;
    }

    /** Evidence lines for the block of {@code type.name} in {@code module}: the block, and its attribute line if any. */
    List<Evidence> find(String module, String type, String name) {
        String key = PlanFacts.configKey(module, type, name);
        List<Evidence> evidence = found.get(key);
        if (evidence == null) {
            Path dir = directoryOf(module);
            evidence = dir == null ? List.of() : scan(dir, type, name);
            found.put(key, evidence);
        }
        return evidence;
    }

    private Path directoryOf(String module) {
        if (root == null) {
            return null;
        }
        if (module.isEmpty()) {
            return root;
        }
        Path installed = initDirs().get(module);
        if (installed != null) {
            return root.resolve(installed).normalize();
        }
        Path dir = root;
        // The call path a.b.c names the calls a, a.b and a.b.c, each relative to its caller's directory.
        for (int dot = module.indexOf('.'); ; dot = module.indexOf('.', dot + 1)) {
            String key = dot < 0 ? module : module.substring(0, dot);
            String source = sources.get(key);
            if (source == null || !(source.startsWith("./") || source.startsWith("../"))) {
                return null; // a remote module that terraform init has not fetched here
            }
            dir = dir.resolve(source).normalize();
            if (dot < 0) {
                return dir;
            }
        }
    }

    /** {@code Key → Dir} of {@code .terraform/modules/modules.json}, empty when there is none or it cannot be read. */
    private Map<String, Path> initDirs() {
        if (initDirs == null) {
            // Only evidence depends on it; the local sources are still tried.
            initDirs = ModulesManifest.read(root, limits);
        }
        return initDirs;
    }

    private static List<Evidence> scan(Path dir, String type, String name) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path f : listing) {
                if (f.getFileName().toString().endsWith(".tf") && Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return List.of(); // no directory, or not readable: no source evidence
        }
        Collections.sort(files);
        for (Path f : files) {
            List<Evidence> hit = scanFile(f, type, name);
            if (!hit.isEmpty()) {
                return hit;
            }
        }
        return List.of();
    }

    private static List<Evidence> scanFile(Path f, String type, String name) {
        List<String> lines;
        try {
            if (Files.size(f) > MAX_TF_BYTES) {
                return List.of();
            }
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i);
            if (!ResourceLineMatcher.isBlockStart(line, type, name)) {
                continue;
            }
            List<Evidence> out = new ArrayList<>();
            out.add(new Evidence(Location.of(f, i + 1, indent(line) + 1), "source: " + line.strip()));
            // terraform fmt indents a block's body and closes it with "}" in column 1: the attribute,
            // if written, is on an indented line before the next line that starts in column 1.
            boolean oneLine = line.indexOf('}', line.indexOf('{')) >= 0;
            for (int j = i + 1; !oneLine && j < lines.size() && !startsInColumnOne(lines.get(j)); j++) {
                if (ResourceLineMatcher.isAttributeLine(lines.get(j))) {
                    out.add(new Evidence(Location.of(f, j + 1, indent(lines.get(j)) + 1), "source: " + lines.get(j).strip()));
                    break;
                }
            }
            return out;
        }
        return List.of();
    }

    private static boolean startsInColumnOne(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
