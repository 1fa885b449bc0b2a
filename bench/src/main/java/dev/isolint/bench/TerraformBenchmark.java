package dev.isolint.bench;

import dev.isolint.core.internal.terraform.TerraformScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One operation = the Terraform part of a scan of the whole corpus: read and parse every {@code .tf}
 * and {@code .tfvars} file, load modules, evaluate (files come from the page cache).
 */
@State(Scope.Benchmark)
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
