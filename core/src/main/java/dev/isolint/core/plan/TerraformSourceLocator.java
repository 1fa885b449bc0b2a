package dev.isolint.core.plan;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.source.Location;
import dev.isolint.core.tree.JsonTreeReader;
import dev.isolint.core.tree.Node;
import dev.isolint.core.tree.TreeLimits;
import dev.isolint.core.tree.TreeParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the {@code .tf} source of a planned resource, when the configuration files are on disk
 * beside the plan: the root module is the plan's directory, a module's directory comes from
 * {@code .terraform/modules/modules.json} (written by {@code terraform init}) or else from the
 * local {@code module_calls[…].source} paths. The block is found by a line scan for
 * {@code resource "type" "name"}; the plan is never re-rendered as HCL, so every line it points
 * at exists. Nothing found means no evidence, never an error: the plan alone decides the verdict.
 */
final class TerraformSourceLocator {

    private static final long MAX_TF_BYTES = 8L * 1024 * 1024;
    private static final Pattern ATTRIBUTE_LINE =
            Pattern.compile("^\\s*" + PlanStreamReader.ATTRIBUTE + "\\s*=.*");

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
        return found.computeIfAbsent(PlanFacts.configKey(module, type, name), k -> {
            Path dir = directoryOf(module);
            return dir == null ? List.of() : scan(dir, type, name);
        });
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
        String key = "";
        for (String call : module.split("\\.")) {
            key = key.isEmpty() ? call : key + "." + call;
            String source = sources.get(key);
            if (source == null || !(source.startsWith("./") || source.startsWith("../"))) {
                return null; // a remote module that terraform init has not fetched here
            }
            dir = dir.resolve(source).normalize();
        }
        return dir;
    }

    /** {@code Key → Dir} of {@code .terraform/modules/modules.json}, empty when there is none or it cannot be read. */
    private Map<String, Path> initDirs() {
        if (initDirs == null) {
            initDirs = new HashMap<>();
            Path manifest = root.resolve(".terraform").resolve("modules").resolve("modules.json");
            try {
                if (Files.isRegularFile(manifest) && Files.size(manifest) <= MAX_TF_BYTES) {
                    Node doc = new JsonTreeReader(limits).read(Files.readString(manifest, StandardCharsets.UTF_8));
                    if (doc instanceof Node.MapNode m && m.get("Modules") instanceof Node.SeqNode list) {
                        for (Node item : list.items()) {
                            if (item instanceof Node.MapNode e && e.get("Key") instanceof Node.ScalarNode key
                                    && e.get("Dir") instanceof Node.ScalarNode dir && key.text() != null && dir.text() != null) {
                                initDirs.put(key.text(), Path.of(dir.text()));
                            }
                        }
                    }
                }
            } catch (IOException | TreeParseException | RuntimeException e) {
                // Only evidence depends on it; the local sources are still tried.
            }
        }
        return initDirs;
    }

    private static List<Evidence> scan(Path dir, String type, String name) {
        Pattern block = Pattern.compile("^\\s*resource\\s+\"?" + Pattern.quote(type) + "\"?\\s+\"?"
                + Pattern.quote(name) + "\"?\\s*\\{.*");
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing.filter(f -> f.getFileName().toString().endsWith(".tf"))
                    .filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                List<Evidence> hit = scanFile(f, block);
                if (!hit.isEmpty()) {
                    return hit;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // no directory, or not readable: no source evidence
        }
        return List.of();
    }

    private static List<Evidence> scanFile(Path f, Pattern block) {
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
            if (!block.matcher(line).matches()) {
                continue;
            }
            List<Evidence> out = new ArrayList<>();
            out.add(new Evidence(Location.of(f, i + 1, indent(line) + 1), "source: " + line.strip()));
            // terraform fmt indents a block's body and closes it with "}" in column 1: the attribute,
            // if written, is on an indented line before the next line that starts in column 1.
            boolean oneLine = line.indexOf('}', line.indexOf('{')) >= 0;
            for (int j = i + 1; !oneLine && j < lines.size() && !startsInColumnOne(lines.get(j)); j++) {
                if (ATTRIBUTE_LINE.matcher(lines.get(j)).matches()) {
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
