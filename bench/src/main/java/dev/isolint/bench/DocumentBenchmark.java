package dev.isolint.bench;

import dev.isolint.core.internal.adapter.cloudformation.CloudFormationAdapters;
import dev.isolint.core.internal.adapter.plan.PlanAdapters;
import dev.isolint.core.internal.cloudformation.CloudFormationReader;
import dev.isolint.core.internal.plan.PlanJsonReader;
import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.YamlTreeReader;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One operation = every corpus document of one format, on one core. {@link BenchMain} turns
 * operations per second into MB/s with the format's byte count.
 */
@State(Scope.Benchmark)
public class DocumentBenchmark {

    @Param({Corpus.CFN_YAML, Corpus.CFN_JSON, Corpus.PLAN_JSON})
    public String format;

    private List<SourceFile> files;
    private final JsonTreeReader json = new JsonTreeReader(TreeLimits.DEFAULT);
    private final YamlTreeReader yaml = new YamlTreeReader(TreeLimits.DEFAULT);

    @Setup
    public void load() {
        files = Corpus.documents(format);
        if (files.isEmpty()) {
            throw new IllegalStateException("no " + format + " documents in " + Corpus.root());
        }
    }

    /** Format detection by content, which every JSON/YAML file met in a walk pays. */
    @Benchmark
    public void sniff(Blackhole bh) {
        for (SourceFile f : files) {
            bh.consume(FormatDetector.sniff(f.text()));
        }
    }

    /** The tree parsers alone: text to a located node tree (Jackson for JSON, SnakeYAML's composer for YAML). */
    @Benchmark
    public void parse(Blackhole bh) {
        for (SourceFile f : files) {
            try {
                bh.consume(Corpus.looksLikeJson(f.text()) ? json.read(f.path(), f.text())
                        : yaml.read(f.path(), f.text()));
            } catch (TreeParseException e) {
                bh.consume(e);
            }
        }
    }

    /** The format's reader: parse and evaluate, text to SageMaker models with their evidence. */
    @Benchmark
    public void read(Blackhole bh) {
        ScanContext context = Corpus.context();
        DocumentReader reader = format.equals(Corpus.PLAN_JSON) ? new PlanJsonReader(PlanAdapters.ALL)
                : CloudFormationReader.session(context, CloudFormationAdapters.ALL);
        for (SourceFile f : files) {
            bh.consume(reader.read(f, context));
        }
    }
}
