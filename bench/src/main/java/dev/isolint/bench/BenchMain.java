package dev.isolint.bench;

import dev.isolint.core.internal.scan.FileCollector;
import dev.isolint.core.internal.scan.FormatDetector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks (all, or those matching the regular expressions given as arguments) and prints
 * each one's throughput in MB/s of input. The run settings live here, not on the benchmark classes. {@code -Dbench.quick=true} shortens warm-up and measurement
 * for a smoke run; {@code -Disolint.corpus=DIR} points at the corpus.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        // Throughput on one forked JVM, 3 x 2 s of warm-up and 5 x 2 s of measurement, for every benchmark.
        ChainedOptionsBuilder options = new OptionsBuilder().mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS).forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        if (args.length == 0) {
            options.include(BenchMain.class.getPackageName() + "\\..*Benchmark\\..*");
        }
        for (String a : args) {
            options.include(a);
        }
        if (Boolean.getBoolean("bench.quick")) {
            options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();

        System.out.println();
        System.out.println("isolint throughput, one operation = every corpus input of the kind, " + Runtime.getRuntime().availableProcessors()
                + " cores available (DocumentBenchmark and TerraformBenchmark use one)");
        System.out.printf(Locale.ROOT, "%-28s %-10s %6s %9s %10s %9s%n", "benchmark", "format", "files", "MB/op", "ops/s", "MB/s");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String format = r.getParams().getParam("format");
            long[] filesAndBytes = input(name, format);
            double opsPerSecond = r.getPrimaryResult().getScore();
            double mb = filesAndBytes[1] / 1e6;
            System.out.printf(Locale.ROOT, "%-28s %-10s %6d %9.3f %10.2f %9.1f%n", name, format == null ? "-" : format,
                    filesAndBytes[0], mb, opsPerSecond, mb * opsPerSecond);
        }
    }

    /** How many files and bytes one operation of a benchmark reads. */
    private static long[] input(String benchmark, String format) {
        if (format != null) {
            var docs = Corpus.documents(format);
            return new long[] {docs.size(), Corpus.bytes(docs)};
        }
        if (benchmark.startsWith("TerraformBenchmark")) {
            List<Path> tf = Corpus.terraformFiles();
            return new long[] {tf.size(), Corpus.pathBytes(tf)};
        }
        // A whole scan reads every JSON, YAML, template and Terraform file of the walk.
        List<Path> read = new ArrayList<>();
        for (FileCollector.Candidate c : new FileCollector(Corpus.context()).collect(Corpus.root())) {
            if (FormatDetector.isTerraformName(c.file()) || FormatDetector.mayBeStructured(c.file())) {
                read.add(c.file());
            }
        }
        return new long[] {read.size(), Corpus.pathBytes(read)};
    }
}
