package dev.isolint.core.internal.plan;

import dev.isolint.core.api.Limits;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.hcl.Block;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.module.ModulesManifest;
import dev.isolint.core.internal.tree.TreeLimits;
import java.io.IOException;
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
 * local {@code module_calls[…].source} paths. The block {@code resource "type" "name"} is found by
 * the project's HCL parser (the one the Terraform scan uses, so both read a file alike); the plan is
 * never re-rendered as HCL, so every line it points at exists. Nothing found means no evidence, never
 * an error: the plan alone decides the verdict.
 *
 * <p>Loops and a directory stream rather than streams and lambdas: each of those costs a fresh JVM
 * milliseconds on first use (bench/README.md).
 */
final class TerraformSourceLocator {

    private static final long MAX_TF_BYTES = 8L * 1024 * 1024;
    /** Tokens of one file; the file size bounds them already, so the scan's default is enough for evidence. */
    private static final int MAX_TOKENS = Limits.DEFAULT.tokens();

    private final Path root;
    private final Map<String, String> sources;
    private final TreeLimits limits;
    private final Map<String, List<Evidence>> found = new HashMap<>();
    /** The {@code .tf} files parsed so far: a module called twice is read once. */
    private final Map<Path, ParsedFile> parsed = new HashMap<>();
    private Map<String, Path> initDirs;

    TerraformSourceLocator(Path root, Map<String, String> sources, TreeLimits limits) {
        this.root = root;
        this.sources = sources;
        this.limits = limits;
    }

    /**
     * Evidence lines for the block of {@code type.name} in {@code module}: the block, and the line that sets each of
     * {@code paths} where the block sets it. The paths of one type are always the same, so the result is kept by block.
     */
    List<Evidence> find(String module, String type, String name, List<PlanPath> paths) {
        String key = PlanFacts.configKey(module, type, name);
        List<Evidence> evidence = found.get(key);
        if (evidence == null) {
            Path dir = directoryOf(module);
            evidence = dir == null ? List.of() : scan(dir, type, name, paths);
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

    private List<Evidence> scan(Path dir, String type, String name, List<PlanPath> paths) {
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
            List<Evidence> hit = scanFile(f, type, name, paths);
            if (!hit.isEmpty()) {
                return hit;
            }
        }
        return List.of();
    }

    /**
     * The block of {@code type.name} in {@code f}, read with the project's HCL parser, and the lines that set the
     * kept paths in it; nothing when the file cannot be read or parsed (the plan alone decides the verdict).
     */
    private List<Evidence> scanFile(Path f, String type, String name, List<PlanPath> paths) {
        ParsedFile parsed = this.parsed.get(f);
        if (parsed == null) {
            SourceFile file;
            try {
                file = SourceFile.read(f, MAX_TF_BYTES);
            } catch (IOException e) {
                return List.of();
            }
            String text = file.text();
            // Only a file that names the block is parsed: a root's variables.tf and outputs.tf are not.
            if (file.decodeError() != null || !text.contains(name) || !text.contains(type)) {
                return List.of();
            }
            Body body;
            try {
                body = HclParser.parseFile(f, text, limits.maxDepth(), MAX_TOKENS);
            } catch (HclSyntaxException | RuntimeException e) {
                body = null;
            }
            parsed = new ParsedFile(file.lines(), body);
            this.parsed.put(f, parsed);
        }
        if (parsed.body() == null) {
            return List.of();
        }
        for (Block b : parsed.body().blocks()) {
            if (b.type().equals("resource") && b.labels().size() == 2 && type.equals(b.label(0)) && name.equals(b.label(1))) {
                List<Evidence> out = new ArrayList<>();
                out.add(source(parsed.lines(), b.range()));
                for (PlanPath p : paths) {
                    Range set = HclPaths.setting(b.body(), p);
                    // A one-line block shows its attribute on the block's line already.
                    if (set != null && set.line() != b.range().line()) {
                        out.add(source(parsed.lines(), set));
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** {@code source: <the line>}, at the first character of the construct. */
    private static Evidence source(List<String> lines, Range at) {
        String line = at.line() <= lines.size() ? lines.get(at.line() - 1) : "";
        return new Evidence(at, "source: " + line.strip());
    }

    /** A parsed {@code .tf} file: its lines (for evidence notes) and its syntax tree, {@code null} when it does not parse. */
    private record ParsedFile(List<String> lines, Body body) {
    }
}
