package dev.isolint.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import dev.isolint.core.Scans;
import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.api.VariableInput;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.rule.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine holds nothing of a scan, and a reader's failure is an error entry that keeps what was thrown. */
class ScanEngineTest {

    private static final String TEMPLATE = """
            Parameters:
              Isolate:
                Type: String
            Resources:
              M:
                Type: AWS::SageMaker::Model
                Properties:
                  EnableNetworkIsolation: !Ref Isolate
            """;

    private static ScanRequest withIsolate(Path template, String value) {
        return Scans.request(template.toString()).parameter("Isolate", value).build();
    }

    private static Verdict verdict(ScanResult r) {
        assertThat(r.errors()).isEmpty();
        assertThat(r.findings()).hasSize(1);
        return r.findings().get(0).verdict();
    }

    /** A reader or engine that kept the first scan's parameter values would pass the second model too. */
    @Test
    void aSecondScanThroughTheSameEngineSeesOnlyItsOwnParameters(@TempDir Path dir) throws IOException {
        Path template = Files.writeString(dir.resolve("model.yaml"), TEMPLATE);
        ScanEngine engine = new ScanEngine();
        assertThat(verdict(engine.scan(withIsolate(template, "true")))).isEqualTo(Verdict.PASS);
        assertThat(verdict(engine.scan(withIsolate(template, "false")))).isEqualTo(Verdict.FAIL);
        assertThat(verdict(engine.scan(withIsolate(template, "true")))).isEqualTo(Verdict.PASS);
    }

    @Test
    void scansThroughOneEngineRunAtOnce(@TempDir Path dir) throws Exception {
        Path template = Files.writeString(dir.resolve("model.yaml"), TEMPLATE);
        Files.writeString(dir.resolve("main.tf"), "variable \"isolate\" {}\nresource \"aws_sagemaker_model\" \"m\" {\n"
                + "  enable_network_isolation = var.isolate\n}\n");
        ScanEngine engine = new ScanEngine();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ScanResult>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String value = i % 2 == 0 ? "true" : "false";
                ScanRequest request = Scans.request(dir.toString()).parameter("Isolate", value)
                        .variable(new VariableInput.Var("isolate", value)).build();
                results.add(pool.submit(() -> engine.scan(request)));
            }
            for (int i = 0; i < results.size(); i++) {
                ScanResult r = results.get(i).get();
                Verdict expected = i % 2 == 0 ? Verdict.PASS : Verdict.FAIL;
                assertThat(r.errors()).isEmpty();
                assertThat(r.files()).isEqualTo(2);
                assertThat(r.findings()).as("scan %s", i).hasSize(2)
                        .extracting(f -> f.verdict()).containsOnly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A test-only format whose reader has a bug, offered {@code bug.json} before the registered formats. */
    private static final InputFormat BUGGY = new InputFormat() {
        @Override
        public boolean sniff(SourceFile file) {
            return file.path().getFileName().toString().equals("bug.json");
        }

        @Override
        public Session open(ScanContext context) {
            return new Session() {
                @Override
                public boolean read(SourceFile file) {
                    throw new IllegalStateException("reader bug");
                }

                @Override
                public Finished finish() {
                    return new Finished(0, List.of());
                }
            };
        }
    };

    @Test
    void aReaderBugIsAnErrorAtItsFileThatKeepsTheCauseAndTheScanGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bug.json"), "{}");
        Files.writeString(dir.resolve("model.yaml"), TEMPLATE);
        List<InputFormat> formats = new ArrayList<>();
        formats.add(BUGGY);
        formats.addAll(InputFormats.ALL);
        ScanResult r = new ScanEngine(formats).scan(Scans.request(dir.toString()).parameter("Isolate", "true").build());
        assertThat(r.files()).isEqualTo(2);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.PASS));
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.location().file()).isEqualTo(dir.resolve("bug.json"));
            assertThat(d.message()).isEqualTo("internal error while reading: java.lang.IllegalStateException: reader bug");
            assertThat(d.cause()).isInstanceOf(IllegalStateException.class).hasMessage("reader bug");
        });
    }

    /** Nesting far past the stack, allowed by a raised depth limit, overflows the tree reader's recursion. */
    @Test
    void aStackOverflowInAReaderKeepsItsCause(@TempDir Path dir) throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), deepTemplate(200_000));
        ScanResult r = Isolint.scan(Scans.request(deep.toString()).limits(Limits.DEFAULT.with("depth", "1000000")).build());
        assertThat(r.errors()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("internal error while reading: java.lang.StackOverflowError");
            assertThat(d.cause()).isInstanceOf(StackOverflowError.class);
        });
        Diagnostic same = new Diagnostic(r.errors().get(0).location(), r.errors().get(0).message());
        assertThat(r.errors().get(0)).isEqualTo(same).hasSameHashCodeAs(same).isEqualByComparingTo(same);
    }

    /** A JSON template whose one property value is {@code depth} nested arrays. */
    static String deepTemplate(int depth) {
        return "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {\"M\": {\"Type\": \"AWS::SageMaker::Model\","
                + " \"Properties\": {\"X\": " + "[".repeat(depth) + "]".repeat(depth) + "}}}}\n";
    }
}
