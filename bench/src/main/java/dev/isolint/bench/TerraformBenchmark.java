package dev.isolint.bench;

import dev.isolint.core.terraform.TerraformScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation = the Terraform part of a scan of the whole corpus: read and parse every {@code .tf}
 * and {@code .tfvars} file, load modules, evaluate (files come from the page cache).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TerraformBenchmark {

    private List<Path> files;

    @Setup
    public void load() {
        files = Corpus.terraformFiles();
    }

    @Benchmark
    public TerraformScanner.Outcome evaluate() {
        return TerraformScanner.scan(files, Set.of(), Corpus.context());
    }
}
