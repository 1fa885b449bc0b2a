package dev.isolint.core.internal.terraform;

import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.module.CallComponent;
import dev.isolint.core.internal.terraform.module.ConfigurationWalker;
import dev.isolint.core.internal.terraform.module.TerraformAdapter;
import dev.isolint.core.internal.terraform.module.TerraformModuleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entry point of the Terraform configuration reader: from the Terraform files a scan met to the records its
 * adapters make of each resource block they claim, one per block per module call path (SPEC §4–5).
 */
public final class TerraformScanner {

    /**
     * Stack for the evaluation thread: module chains, recursive locals and deep expressions recurse,
     * and a bounded depth must never become a StackOverflowError on a small default stack.
     */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    /**
     * What the Terraform part of a scan produced.
     *
     * @param files  Terraform files read
     * @param models the records the adapters made
     */
    public record Outcome(int files, List<ServiceResource> models) {
        public Outcome {
            models = List.copyOf(models);
        }
    }

    private TerraformScanner() {
    }

    /**
     * Evaluates the Terraform configurations the scan met.
     *
     * @param files      every {@code .tf}, {@code .tf.json}, {@code .tfvars}, {@code .tfvars.json} file the walk found
     *                   (absolute, normalised)
     * @param namedRoots directories named on the command line (directly, or through a {@code .tf}/{@code .tfvars}
     *                   file in them): they are evaluated as roots even when another directory calls them
     * @param adapters   what to make of the resource blocks: only the types they claim are read
     * @param context    request, limits and the error/notice sink
     */
    public static Outcome scan(List<Path> files, Set<Path> namedRoots, List<TerraformAdapter> adapters,
            ScanContext context) {
        return start(files, namedRoots, adapters, context).outcome();
    }

    /**
     * Starts {@link #scan} on a thread of its own and returns at once, so that the caller can read the
     * scan's other documents meanwhile: the Terraform part has a sequential stretch (root selection,
     * module evaluation) that would otherwise leave cores idle.
     */
    public static Pending start(List<Path> files, Set<Path> namedRoots, List<TerraformAdapter> adapters,
            ScanContext context) {
        return start(files, namedRoots, adapters, context, TerraformModuleLoader.DEFAULT_CACHE_BYTES);
    }

    /** {@link #start} keeping the merged modules of at most {@code cacheBytes} of Terraform text between walks. */
    static Pending start(List<Path> files, Set<Path> namedRoots, List<TerraformAdapter> adapters,
            ScanContext context, long cacheBytes) {
        Map<Path, List<Path>> byDir = new TreeMap<>();
        int variableFiles = 0;
        for (Path f : files) {
            if (f.getParent() != null && TerraformModuleLoader.isConfigurationName(f.getFileName().toString())) {
                byDir.putIfAbsent(f.getParent(), new ArrayList<>());
                byDir.get(f.getParent()).add(f);
            } else {
                variableFiles++;
            }
        }
        for (List<Path> l : byDir.values()) {
            l.sort(TerraformModuleLoader.BY_NAME);
        }
        TerraformModuleLoader loader = new TerraformModuleLoader(byDir, types(adapters), context, cacheBytes);
        Evaluation work = new Evaluation(byDir, namedRoots, loader, adapters, context);
        return new Pending(work, loader, variableFiles, context, byDir.isEmpty() ? null : byDir.keySet().iterator().next());
    }

    /**
     * Starts the evaluation of one configuration file held in memory (standard input named with
     * {@code --stdin-filename main.tf}) as a root module of its own: its directory's files on disk are not
     * read, as only this file was given; the modules it calls and the root's variable files are.
     */
    public static Pending start(SourceFile file, List<TerraformAdapter> adapters, ScanContext context) {
        Path dir = file.path().getParent();
        Map<Path, List<Path>> byDir = new TreeMap<>();
        List<Path> only = new ArrayList<>();
        only.add(file.path());
        byDir.put(dir, only);
        TerraformModuleLoader loader = new TerraformModuleLoader(byDir, types(adapters), context);
        loader.provide(file);
        Set<Path> named = new HashSet<>();
        named.add(dir);
        return new Pending(new Evaluation(byDir, named, loader, adapters, context), loader, 0, context, file.path());
    }

    private static Set<String> types(List<TerraformAdapter> adapters) {
        Set<String> types = new LinkedHashSet<>();
        for (TerraformAdapter a : adapters) {
            types.addAll(a.types());
        }
        return types;
    }

    /** A Terraform evaluation under way on its own thread, with a large stack. */
    public static final class Pending {
        private final Evaluation work;
        private final TerraformModuleLoader loader;
        private final int variableFiles;
        private final ScanContext context;
        private final Path where;
        private final Thread thread;
        private volatile Throwable failure;

        private Pending(Evaluation work, TerraformModuleLoader loader, int variableFiles, ScanContext context, Path where) {
            this.work = work;
            this.loader = loader;
            this.variableFiles = variableFiles;
            this.context = context;
            this.where = where;
            Runnable guarded = new Runnable() {
                @Override
                public void run() {
                    try {
                        work.run();
                    } catch (RuntimeException | StackOverflowError e) {
                        failure = e;
                    } catch (OutOfMemoryError e) {
                        // Unwinding frees the evaluation's structures; the documents' results still get reported.
                        failure = e;
                    }
                }
            };
            this.thread = new Thread(null, guarded, "isolint-terraform", STACK_BYTES);
            // outcome() joins it; should the caller fail first, the thread must not keep the JVM alive.
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits for the evaluation and returns what it found. */
        public Outcome outcome() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure instanceof OutOfMemoryError && where != null) {
                context.error(Range.fileStart(where), "the Terraform configuration needs more memory than the scan"
                        + " may use (raise the JVM's maximum heap: ISOLINT_JAVA_OPTS=-Xmx…)");
            } else if (failure != null && where != null) {
                // A bug outside any one root's evaluation (reading, root selection) must not lose the rest of the
                // scan; say where it happened. One inside a root loses only that root (ConfigurationWalker).
                context.error(Range.fileStart(where), "internal error while evaluating Terraform: " + failure,
                        failure);
            }
            return new Outcome(loader.filesRead() + variableFiles, work.records);
        }
    }

    /** Parsing, root selection and evaluation, run on a thread with a large stack. */
    private static final class Evaluation implements Runnable {
        private final Map<Path, List<Path>> byDir;
        private final Set<Path> namedRoots;
        private final TerraformModuleLoader loader;
        private final List<TerraformAdapter> adapters;
        private final ScanContext context;
        private final List<ServiceResource> records = new ArrayList<>();

        Evaluation(Map<Path, List<Path>> byDir, Set<Path> namedRoots, TerraformModuleLoader loader,
                List<TerraformAdapter> adapters, ScanContext context) {
            this.byDir = byDir;
            this.namedRoots = namedRoots;
            this.loader = loader;
            this.adapters = adapters;
            this.context = context;
        }

        /**
         * Roots are walked one component of the module-call graph at a time, and the component's modules released
         * after it, so that what the walk holds does not grow with the repository; the records keep the order of
         * the roots, as a walk in that order would give them.
         */
        @Override
        public void run() {
            loader.preload(byDir.keySet());
            ConfigurationWalker walker = new ConfigurationWalker(loader, adapters, context);
            List<Path> roots = walker.roots(byDir.keySet(), namedRoots);
            loader.release(List.of()); // what root selection loaded beyond the preloaded modules
            Map<Path, List<ServiceResource>> byRoot = new HashMap<>();
            for (CallComponent component : CallComponent.of(byDir.keySet(), roots, loader)) {
                for (Path root : component.roots()) {
                    byRoot.put(root, walker.walkRoot(root));
                }
                loader.release(component.members());
            }
            for (Path root : roots) {
                records.addAll(byRoot.get(root));
            }
            // Directories reached from no root (module cycles with no outside caller) are still evaluated.
            for (Path dir : byDir.keySet()) {
                if (!walker.visited(dir)) {
                    records.addAll(walker.walkRoot(dir));
                    loader.release(List.of(dir));
                }
            }
        }
    }
}
