package dev.isolint.cli;

import dev.isolint.core.tree.TreeLimits;
import dev.isolint.core.tree.TreeParseException;
import dev.isolint.core.tree.YamlTreeReader;

/**
 * Start-up: the first YAML document a JVM parses costs tens of milliseconds of class loading, linking
 * and static initialisation in SnakeYAML (its resolver compiles a dozen regular expressions), several
 * times the parse of a template itself. A daemon thread pays that on a second core while the main
 * thread parses the arguments and walks, reads and sniffs the files (bench/README.md). It parses a
 * constant document only, and never delays the exit.
 */
final class YamlWarmup implements Runnable {

    /** Every kind of node a template has: block and flow collections, a local tag, typed scalars. */
    private static final String SAMPLE = "Resources:\n  Model:\n    Type: AWS::SageMaker::Model\n"
            + "    Properties: {EnableNetworkIsolation: !Ref Isolate, Tags: [a, 1, 1.5, true, null, 'q', \"d\"]}\n"
            + "    Metadata:\n      - &anchor {k: v}\n      - *anchor\n";

    private YamlWarmup() {
    }

    /** Starts the warm-up when there are cores to spare (and {@code -Disolint.warmup=false} is not given). */
    static void start() {
        if (Runtime.getRuntime().availableProcessors() < 2 || "false".equals(System.getProperty("isolint.warmup"))) {
            return;
        }
        Thread t = new Thread(new YamlWarmup(), "isolint-yaml-warmup");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        try {
            new YamlTreeReader(TreeLimits.DEFAULT).read(SAMPLE);
        } catch (TreeParseException | RuntimeException e) {
            // Only a warm-up: the real parse reports its own problems.
        }
    }
}
