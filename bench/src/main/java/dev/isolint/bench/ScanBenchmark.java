package dev.isolint.bench;

import dev.isolint.core.Isolint;
import dev.isolint.core.ScanRequest;
import dev.isolint.core.ScanResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** One operation = a whole in-process scan of the corpus (walk, detect, read, evaluate, judge), on all cores. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScanBenchmark {

    @Benchmark
    public ScanResult corpus() {
        return Isolint.scan(ScanRequest.builder().paths(List.of(Corpus.root().toString())).build());
    }
}
