package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.scan.SourceFiles;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.hcl.Body;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loads module directories: reads and parses their configuration files (bad ones become error
 * entries with file, line and column; the rest of the module is still used) and merges them into a
 * {@link ModuleConfig}, once per directory. Directories the scan walked use the walked files;
 * module sources outside the scanned paths are listed from disk.
 */
public final class TerraformModuleLoader {

    /** Below this much text, parsing on one thread is faster than starting others. */
    private static final long PARALLEL_THRESHOLD = 512 * 1024;

    /**
     * Terraform text whose merged modules {@link #preload} keeps until their roots are walked (merged, they take
     * a few times their text): a small or medium repository is parsed once; beyond it, modules are parsed again
     * when walked, so that what a scan holds does not grow with the number of modules.
     */
    public static final long DEFAULT_CACHE_BYTES = 32L * 1024 * 1024;

    private final ScanContext context;
    private final Map<Path, List<Path>> scanned;
    private final Set<String> types;
    private final long cacheBytes;
    private final AtomicLong cached = new AtomicLong();
    private final Map<Path, ModuleConfig> cache = new ConcurrentHashMap<>();
    /** Directories {@link #preload} kept within {@link #cacheBytes}, until {@link #release}d. */
    private final Set<Path> pinned = ConcurrentHashMap.newKeySet();
    /** Directories loaded since the last {@link #release} that are not pinned. */
    private final Set<Path> loadedSinceRelease = ConcurrentHashMap.newKeySet();
    /** Directories merged at least once: merging one again reports nothing (its diagnostics are already out). */
    private final Set<Path> merged = ConcurrentHashMap.newKeySet();
    private final Map<Path, ModuleSummary> summaries = new ConcurrentHashMap<>();
    private final Map<Path, ConfigFile> parsed = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> failed = new ConcurrentHashMap<>();
    private final Map<Path, SourceFile> inMemory = new ConcurrentHashMap<>();
    /** Every configuration file read, parsed or not (the trees of merged modules are not kept). */
    private final Set<Path> read = ConcurrentHashMap.newKeySet();

    /** The scan this loader reads for (its limits, its error sink, how messages name files). */
    ScanContext context() {
        return context;
    }

    /**
     * @param scanned the configuration files the walk found, by directory
     * @param types   the resource types adapters claim: a module keeps only these resources
     */
    public TerraformModuleLoader(Map<Path, List<Path>> scanned, Set<String> types, ScanContext context) {
        this(scanned, types, context, DEFAULT_CACHE_BYTES);
    }

    /** @param cacheBytes Terraform text whose merged modules {@link #preload} may keep (see {@link #DEFAULT_CACHE_BYTES}) */
    public TerraformModuleLoader(Map<Path, List<Path>> scanned, Set<String> types, ScanContext context,
            long cacheBytes) {
        this.scanned = scanned;
        this.types = types;
        this.context = context;
        this.cacheBytes = cacheBytes;
    }

    /**
     * Reads {@code file}'s content from memory instead of from its path: standard input named as a
     * configuration file ({@code --stdin-filename main.tf}).
     */
    public void provide(SourceFile file) {
        inMemory.put(file.path(), file);
    }

    /**
     * Reads and merges every module of {@code dirs} ahead of evaluation, in parallel when there is enough to read,
     * to learn each one's {@link #summary}. The merged modules are kept up to the cache budget (which ones, when not
     * all fit, depends on thread timing; only how often a module is parsed does, never what a scan reports); the
     * others are merged again when walked.
     */
    public void preload(Collection<Path> dirs) {
        Map<Path, Long> sizes = new HashMap<>();
        long bytes = 0;
        for (Path d : dirs) {
            long size = 0;
            for (Path f : filesOf(d)) {
                try {
                    size += Files.size(f);
                } catch (IOException e) {
                    // Reported when the file is read.
                }
            }
            sizes.put(d, size);
            bytes += size;
        }
        if (bytes > PARALLEL_THRESHOLD && dirs.size() > 1) {
            new ArrayList<>(dirs).parallelStream().forEach(d -> preload(d, sizes.get(d)));
        } else {
            for (Path d : dirs) {
                preload(d, sizes.get(d));
            }
        }
    }

    private void preload(Path dir, long bytes) {
        if (cache.containsKey(dir)) {
            return;
        }
        ModuleConfig c = merge(dir);
        if (cached.addAndGet(bytes) <= cacheBytes) {
            pinned.add(dir);
            cache.putIfAbsent(dir, c);
        } else {
            cached.addAndGet(-bytes);
        }
    }

    /** The merged configuration of {@code dir}, kept until {@link #release}d. */
    public ModuleConfig load(Path dir) {
        ModuleConfig c = cache.get(dir);
        if (c != null) {
            return c;
        }
        c = merge(dir);
        ModuleConfig raced = cache.putIfAbsent(dir, c);
        if (raced != null) {
            return raced;
        }
        if (!pinned.contains(dir)) {
            loadedSinceRelease.add(dir);
        }
        return c;
    }

    /** The call targets of {@code dir}'s module, which is loaded if it never was. */
    ModuleSummary summary(Path dir) {
        ModuleSummary s = summaries.get(dir);
        if (s == null) {
            load(dir); // its first merge learns the summary
            s = summaries.get(dir);
        }
        return s;
    }

    /**
     * Forgets the merged modules of {@code dirs} and every module loaded since the last release that
     * {@link #preload} did not keep: their roots are walked. A later {@link #load} merges them again.
     */
    public void release(Collection<Path> dirs) {
        for (Path d : dirs) {
            if (pinned.remove(d)) {
                cache.remove(d);
            }
        }
        for (Path d : loadedSinceRelease) {
            if (!pinned.contains(d)) {
                cache.remove(d);
            }
        }
        loadedSinceRelease.clear();
    }

    /** Reads and merges {@code dir}; the first time, it reports the problems met and learns its summary. */
    private ModuleConfig merge(Path dir) {
        boolean first = merged.add(dir);
        // A module merged again (its first merge was released) reports into a sink no one reads: its files'
        // errors were reported the first time, and the report must not name them twice.
        ScanContext sink = first ? context : new ScanContext(context.request());
        List<ConfigFile> files = new ArrayList<>();
        List<ConfigFile> overrides = new ArrayList<>();
        for (Path f : filesOf(dir)) {
            ConfigFile cf = parse(f, sink);
            if (cf != null) {
                (cf.override() ? overrides : files).add(cf);
            }
        }
        files.addAll(overrides);
        ModuleConfig c = ModuleMerger.merge(dir, files, types, sink);
        for (ConfigFile f : files) {
            parsed.remove(f.path()); // the merged module holds what it needs of them; their trees can go
        }
        if (first) {
            summaries.putIfAbsent(dir, ModuleSummary.of(c, context));
        }
        return c;
    }

    /**
     * Number of configuration files read, whether they parsed or not: a broken {@code .tf} file is an input
     * of the scan like a broken template (SPEC §6 summary).
     */
    public int filesRead() {
        return read.size();
    }

    /** Whether {@code dir} holds Terraform configuration files. */
    public static boolean isModuleDirectory(Path dir) {
        return !listConfiguration(dir).isEmpty();
    }

    private List<Path> filesOf(Path dir) {
        List<Path> given = scanned.get(dir);
        return given != null ? given : listConfiguration(dir);
    }

    /** The configuration files of a directory on disk, as Terraform selects them, in lexical order. */
    static List<Path> listConfiguration(Path dir) {
        List<Path> out = new ArrayList<>();
        for (Path p : list(dir)) {
            if (isConfigurationName(p.getFileName().toString())) {
                out.add(p);
            }
        }
        out.sort(BY_NAME);
        return out;
    }

    /** Orders files by name, as Terraform reads a directory. */
    public static final Comparator<Path> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Path a, Path b) {
            return a.getFileName().toString().compareTo(b.getFileName().toString());
        }
    };

    /** The regular files of a directory (absolute, normalised); none when it cannot be read. */
    static List<Path> list(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                if (Files.isRegularFile(p)) {
                    out.add(p.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            // An unreadable directory lists nothing; its files are reported when read directly.
        }
        return out;
    }

    /** {@code .tf} and {@code .tf.json}, except the editor and hidden files Terraform ignores. */
    public static boolean isConfigurationName(String name) {
        if (name.startsWith(".") || name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"))) {
            return false;
        }
        return name.endsWith(".tf") || name.endsWith(".tf.json");
    }

    private ConfigFile parse(Path file, ScanContext sink) {
        ConfigFile done = parsed.get(file);
        if (done != null || failed.containsKey(file)) {
            return done;
        }
        read.add(file);
        ConfigFile cf = read(file, sink);
        if (cf == null) {
            failed.put(file, Boolean.TRUE);
            return null;
        }
        ConfigFile raced = parsed.putIfAbsent(file, cf);
        return raced != null ? raced : cf;
    }

    private ConfigFile read(Path file, ScanContext sink) {
        SourceFile src = inMemory.get(file);
        if (src == null) {
            src = SourceFiles.read(file, sink);
            if (src == null) {
                return null;
            }
        }
        if (src.decodeError() != null) {
            sink.error(Range.of(file, src.decodeErrorLine(), 1), src.decodeError()
                    + ": Terraform files must be UTF-8");
            return null;
        }
        String name = file.getFileName().toString();
        boolean json = name.endsWith(".json");
        try {
            Body body = json ? TerraformJsonReader.parse(file, src.text(), sink.treeLimits())
                    : HclParser.parseFile(file, src.text(), sink.limits().depth(), sink.limits().tokens());
            return new ConfigFile(file, body, src.lines(), ConfigFile.isOverride(name), json);
        } catch (HclSyntaxException e) {
            sink.error(Range.of(file, e.line(), e.column()), e.getMessage());
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not lose the rest of the scan; say where it happened.
            sink.error(Range.fileStart(file), "internal error while reading: " + e, e);
            return null;
        }
    }
}
