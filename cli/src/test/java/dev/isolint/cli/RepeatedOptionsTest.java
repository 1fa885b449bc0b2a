package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option that can be given more than once works twice, in command-line order, in every command
 * that takes it (SPEC §6): {@code scan} as the quick argument path reads it and as picocli reads it (the
 * same line from an {@code @file}), {@code baseline} and {@code fix}. Each test shows that both values took effect.
 */
class RepeatedOptionsTest {

    private static final String DIR = "testdata/cli/repeated-options";
    private static final String TF = DIR + "/terraform";
    private static final String X = TF + "/x.tfvars";
    private static final String Y = TF + "/y.tfvars";
    private static final String CFN = DIR + "/cloudformation";

    @TempDir
    Path tmp;

    /**
     * {@code scan ARGS} run twice through {@link Main#execute}: as written, which the quick path takes, and
     * from an {@code @file}, which only picocli reads. Both runs must agree.
     */
    private Cli.Run scan(String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of("scan"));
        line.addAll(Arrays.asList(args));
        String[] quickLine = line.toArray(String[]::new);
        assertThat(QuickScanArguments.parse(quickLine, Map.of(), new ByteArrayInputStream(new byte[0])))
                .as("the quick path takes %s", line).isNotNull();
        Cli.Run quick = Cli.run(quickLine);
        Path argFile = Files.createTempFile(tmp, "args", ".txt");
        Files.write(argFile, Arrays.asList(args));
        String[] picocliLine = {"scan", "@" + argFile};
        assertThat(QuickScanArguments.parse(picocliLine, Map.of(), new ByteArrayInputStream(new byte[0]))).isNull();
        Cli.Run picocli = Cli.run(picocliLine);
        assertThat(picocli).as("picocli's reading of %s", line).isEqualTo(quick);
        return quick;
    }

    /** {@code baseline ARGS -o FILE} (always picocli); its output names how many entries it added. */
    private Cli.Run baseline(String... args) {
        List<String> line = new ArrayList<>(List.of("baseline", "-o", tmp.resolve("ignore-" + System.nanoTime() + ".yml").toString()));
        line.addAll(Arrays.asList(args));
        return Cli.run(line.toArray(String[]::new));
    }

    /** {@code fix ARGS} as a dry run (always picocli): exit 0 when nothing fails, 1 when there is something to fix. */
    private Cli.Run fix(String... args) {
        List<String> line = new ArrayList<>(List.of("fix"));
        line.addAll(Arrays.asList(args));
        return Cli.run(line.toArray(String[]::new));
    }

    /** The issue's line: all four applied in order; later wins, as in Terraform (checked with terraform console). */
    @Test
    void varsAndVarFilesAreAllAppliedInCommandLineOrder() throws IOException {
        Cli.Run all = scan("-q", "--var", "a=1", "--var", "b=2", "--var-file", X, "--var-file", Y, TF);
        assertThat(all.exit()).as(all.out() + all.err()).isZero();
        assertThat(all.out()).isEmpty();
        // The files the other way round: x.tfvars's last = "x" now wins.
        Cli.Run swapped = scan("--var", "a=1", "--var", "b=2", "--var-file", Y, "--var-file", X, TF);
        assertThat(swapped.exit()).isEqualTo(1);
        assertThat(swapped.out()).contains("x.tfvars:2: last = \"x\"");
        // --var and --var-file interleaved keep their relative order.
        assertThat(scan("--var", "a=1", "--var", "b=2", "--var-file", X, "--var-file", Y, "--var", "last=v", TF).exit())
                .isEqualTo(1);
        assertThat(scan("--var", "last=v", "--var", "a=1", "--var", "b=2", "--var-file", X, "--var-file", Y, TF).exit())
                .isZero();
        assertThat(baseline("--var", "a=1", "--var", "b=2", "--var-file", X, "--var-file", Y, TF).out())
                .contains("0 entries added");
        assertThat(baseline("--var", "a=1", "--var", "b=2", "--var-file", Y, "--var-file", X, TF).out())
                .contains("1 entries added");
        assertThat(fix("--var", "a=1", "--var", "b=2", "--var-file", X, "--var-file", Y, TF).exit()).isZero();
        assertThat(fix("--var", "a=1", "--var", "b=2", "--var-file", Y, "--var-file", X, TF).exit()).isEqualTo(1);
    }

    @Test
    void eachVarTakesEffect() throws IOException {
        String[] others = {"--var", "c=x", "--var", "d=y", "--var", "last=y", TF};
        assertThat(scan(concat(new String[] {"--var", "a=1", "--var", "b=2"}, others)).exit()).isZero();
        assertThat(scan(concat(new String[] {"--var", "a=1"}, others)).exit()).isEqualTo(1);
        assertThat(scan(concat(new String[] {"--var", "b=2"}, others)).exit()).isEqualTo(1);
        assertThat(baseline(concat(new String[] {"--var", "a=1", "--var", "b=2"}, others)).out()).contains("0 entries added");
        assertThat(fix(concat(new String[] {"--var", "a=1", "--var", "b=2"}, others)).exit()).isZero();
        assertThat(fix(concat(new String[] {"--var", "a=1"}, others)).exit()).isEqualTo(1);
    }

    @Test
    void eachVarFileTakesEffect() throws IOException {
        String[] others = {"--var", "a=1", "--var", "b=2", TF};
        assertThat(scan(concat(new String[] {"--var-file", X, "--var-file", Y}, others)).exit()).isZero();
        assertThat(scan(concat(new String[] {"--var-file", X}, others)).exit()).isEqualTo(1);
        assertThat(scan(concat(new String[] {"--var-file", Y}, others)).exit()).isEqualTo(1);
        assertThat(baseline(concat(new String[] {"--var-file", X, "--var-file", Y}, others)).out()).contains("0 entries added");
        assertThat(fix(concat(new String[] {"--var-file", X, "--var-file", Y}, others)).exit()).isZero();
        assertThat(fix(concat(new String[] {"--var-file", Y}, others)).exit()).isEqualTo(1);
    }

    @Test
    void eachParameterTakesEffect() throws IOException {
        assertThat(scan("--parameter", "Environment=prod", "--parameter", "Isolate=true", CFN).exit()).isZero();
        assertThat(scan("--parameter", "Environment=prod", CFN).exit()).isEqualTo(1);
        assertThat(scan("--parameter", "Isolate=true", CFN).exit()).isEqualTo(1);
        assertThat(baseline("--parameter", "Environment=prod", "--parameter", "Isolate=true", CFN).out())
                .contains("0 entries added");
        assertThat(fix("--parameter", "Environment=prod", "--parameter", "Isolate=true", CFN).exit()).isZero();
        assertThat(fix("--parameter", "Isolate=true", CFN).exit()).isEqualTo(1);
    }

    @Test
    void eachParametersFileTakesEffect() throws IOException {
        String env = CFN + "/environment.json";
        String isolate = CFN + "/isolate.json";
        assertThat(scan("--parameters-file", env, "--parameters-file", isolate, CFN).exit()).isZero();
        assertThat(scan("--parameters-file", env, CFN).exit()).isEqualTo(1);
        assertThat(scan("--parameters-file", isolate, CFN).exit()).isEqualTo(1);
        assertThat(baseline("--parameters-file", env, "--parameters-file", isolate, CFN).out()).contains("0 entries added");
        assertThat(fix("--parameters-file", env, "--parameters-file", isolate, CFN).exit()).isZero();
        assertThat(fix("--parameters-file", env, CFN).exit()).isEqualTo(1);
    }

    @Test
    void eachExcludeTakesEffect() throws IOException {
        Cli.Run both = scan("-f", "json", "--exclude", "**/terraform/**", "--exclude", "**/model.yaml", DIR);
        assertThat(both.exit()).isZero();
        assertThat(both.out()).contains("\"files\" : 0").doesNotContain("main.tf").doesNotContain("model.yaml");
        assertThat(scan("-f", "json", "--exclude", "**/terraform/**", DIR).out()).contains("model.yaml").doesNotContain("main.tf");
        assertThat(scan("-f", "json", "--exclude", "**/model.yaml", DIR).out()).contains("main.tf").doesNotContain("model.yaml");
        assertThat(baseline("--exclude", "**/terraform/**", "--exclude", "**/model.yaml", DIR).out()).contains("0 entries added");
        assertThat(baseline("--exclude", "**/terraform/**", DIR).out()).contains("1 entries added");
        assertThat(fix("--exclude", "**/terraform/**", "--exclude", "**/model.yaml", DIR).exit()).isZero();
        assertThat(fix("--exclude", "**/terraform/**", DIR).exit()).isEqualTo(1);
    }

    @Test
    void eachLimitTakesEffect() throws IOException {
        Cli.Run both = scan("-f", "json", "--limit", "tokens=10", "--limit", "string-length=3", DIR);
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.out()).contains("(--limit tokens=…)", "(--limit string-length=…)");
        assertThat(scan("-f", "json", "--limit", "tokens=10", DIR).out()).doesNotContain("string-length");
        Cli.Run baseline = baseline("--limit", "tokens=10", "--limit", "string-length=3", DIR);
        assertThat(baseline.exit()).isEqualTo(2);
        assertThat(baseline.err()).contains("(--limit tokens=…)", "(--limit string-length=…)");
        Cli.Run fix = fix("--limit", "tokens=10", "--limit", "string-length=3", DIR);
        assertThat(fix.exit()).isEqualTo(2);
        assertThat(fix.err()).contains("(--limit tokens=…)", "(--limit string-length=…)");
    }

    /** {@code -f} is {@code scan}'s only (baseline writes an ignore file, not reports). */
    @Test
    void eachFormatTakesEffect() throws IOException {
        Path json = tmp.resolve("r.json");
        Path sarif = tmp.resolve("r.sarif");
        Cli.Run run = scan("-f", "json=" + json, "--format", "sarif=" + sarif, "-f", "text", CFN);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("1 file, 1 SageMaker model: 1 FAIL");
        assertThat(Files.readString(json)).contains("\"schemaVersion\" : 1");
        assertThat(Files.readString(sarif)).contains("\"version\" : \"2.1.0\"");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
