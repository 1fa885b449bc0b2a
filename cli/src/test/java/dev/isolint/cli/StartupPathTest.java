package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the start-up work of an everyday one-file scan out of the JVM's slow first-use paths, which
 * cost milliseconds each and together made a one-file scan several times the JVM's own start-up
 * (bench/README.md): a fresh JVM scans one file of each format, and the classes it loads must not
 * include the machinery those paths start. Class names, not timings, so the test is exact on any machine.
 */
class StartupPathTest {

    /** Each class marks a slow path; the reason is printed when one is loaded. */
    private static final String[][] FORBIDDEN = {
        {"java.lang.invoke.LambdaMetafactory", "a lambda or method reference (spins classes through method handles)"},
        {"java.lang.runtime.ObjectMethods", "a record's generated equals/hashCode/toString (invokedynamic bootstrap)"},
        {"java.util.regex.Pattern", "a regular expression (compiled in the interpreter)"},
        {"java.util.stream.ReferencePipeline", "a stream (its operations are lambdas)"},
        {"java.util.Formatter", "String.format (locale data)"},
        {"sun.util.calendar.ZoneInfoFile", "the default time zone (reads the time-zone database)"},
        {"java.util.concurrent.ForkJoinPool", "a thread pool for one file"},
        {"picocli.CommandLine$Model$CommandSpec", "picocli's annotation model (the quick argument parser covers scan)"},
        {"org.yaml.snakeyaml.composer.Composer", "SnakeYAML (the quick YAML reader covers everyday templates)"},
    };

    @ParameterizedTest
    @ValueSource(strings = {
        "testdata/examples/cloudformation/ml-stack.yaml",
        "testdata/cloudformation/short-form-tags.yaml",
        "testdata/suppressions/inline/comments.yaml",
        "testdata/examples/terraform/envs/prod",
        "testdata/examples/terraform/envs/prod/main.tf",
        "testdata/cloudformation/json-long-form.json",
        "testdata/suppressions/metadata/metadata.json",
        "testdata/examples/plan/plan.json",
        // Its .tf configuration is beside it: TerraformSourceLocator follows the module sources and reads the blocks.
        "testdata/plan/modules/plan.json",
    })
    void aOneFileScanStaysOffTheSlowPaths(String input, @TempDir Path tmp) throws Exception {
        List<String> loaded = classesLoadedScanning(input, tmp);
        assertThat(loaded).as("classes loaded").contains("dev.isolint.core.internal.engine.ScanEngine");
        List<String> offenders = new ArrayList<>();
        // Only a suppression that expires needs today's date, in the default time zone.
        boolean expiring = Files.isRegularFile(Path.of(input)) && Files.readString(Path.of(input)).contains("expires=");
        for (String[] f : FORBIDDEN) {
            if (loaded.contains(f[0]) && !(expiring && f[0].equals("sun.util.calendar.ZoneInfoFile"))) {
                offenders.add(f[0] + ": " + f[1]);
            }
        }
        assertThat(offenders).as("slow first-use paths started by `isolint scan %s`", input).isEmpty();
    }

    /** Runs {@code isolint scan input} in a new JVM from the repository root and lists the classes it loaded. */
    private static List<String> classesLoadedScanning(String input, Path tmp) throws IOException, InterruptedException {
        Path log = tmp.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp",
                System.getProperty("java.class.path"), "dev.isolint.cli.Main", "scan", input)
                .directory(new File(System.getProperty("user.dir")))
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        int exit = p.waitFor();
        assertThat(exit).as("exit code of the scan, output:%n%s", Files.readString(tmp.resolve("out.txt"))).isBetween(0, 1);
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // "[info][class,load] java.lang.Object source: jrt:/java.base"
            int start = line.indexOf("] ");
            int end = line.indexOf(" source:");
            if (start >= 0 && end > start) {
                names.add(line.substring(start + 2, end));
            }
        }
        return names;
    }
}
