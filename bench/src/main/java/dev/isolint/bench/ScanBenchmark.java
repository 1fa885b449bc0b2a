package dev.isolint.bench;

import dev.isolint.core.Isolint;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** One operation = a whole in-process scan of the corpus (walk, detect, read, evaluate, judge), on all cores. */
@State(Scope.Benchmark)
public class ScanBenchmark {

    @Benchmark
    public ScanResult corpus() {
        return Isolint.scan(ScanRequest.builder().paths(List.of(Corpus.root().toString())).build());
    }
}
