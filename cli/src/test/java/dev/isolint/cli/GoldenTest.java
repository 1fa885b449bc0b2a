package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.Isolint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every report format on the golden cases under {@code testdata/golden/<case>/input} (the {@code impact} case reads
 * the example projects of {@code testdata/impact}), compared with {@code testdata/golden/<case>/expected/}. Outputs are stable: sorted, relative paths, no
 * timestamps; the tool version is written as {@code @VERSION@} so a release does not touch them.
 * Regenerate on purpose with {@code mvn -B verify -Dgolden.update=true} and review the diff.
 */
class GoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String c : List.of("mixed", "clean", "rules")) {
            // mixed has an unparseable template: 2 wins over 1; rules has one result of every rule, failing ones too
            int exit = c.equals("mixed") ? 2 : c.equals("rules") ? 1 : 0;
            all.add(Arguments.of(c, "report.txt", exit, List.of()));
            all.add(Arguments.of(c, "report.json", exit, List.of("--format", "json")));
            all.add(Arguments.of(c, "report.sarif", exit, List.of("--format", "sarif")));
            all.add(Arguments.of(c, "report.junit.xml", exit, List.of("--format", "junit")));
            all.add(Arguments.of(c, "report.github.txt", exit, List.of("--format", "github")));
            all.add(Arguments.of(c, "report.gitlab.json", exit, List.of("--format", "gitlab")));
        }
        all.add(Arguments.of("mixed", "report.verbose.txt", 2, List.of("--verbose")));
        all.add(Arguments.of("mixed", "report.quiet.txt", 2, List.of("--quiet")));
        all.add(Arguments.of("mixed", "report.warn.junit.xml", 2, List.of("--format", "junit", "--unknown", "warn")));
        all.add(Arguments.of("mixed", "report.warn.github.txt", 2, List.of("--format", "github", "--unknown", "warn")));
        // What each fix replaces or updates (SPEC §12), on the example projects of testdata/impact.
        all.add(Arguments.of("impact", "report.json", 1, List.of("--format", "json")));
        all.add(Arguments.of("impact", "report.txt", 1, List.of("--verbose")));
        all.add(Arguments.of("impact", "report.sarif", 1, List.of("--format", "sarif")));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("cases")
    void matchesTheGoldenFile(String goldenCase, String expectedFile, int exit, List<String> options) throws IOException {
        String input = goldenCase.equals("impact") ? "testdata/impact" : "testdata/golden/" + goldenCase + "/input";
        List<String> args = new ArrayList<>(List.of("scan", input));
        args.addAll(options);
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isEqualTo(exit);
        String actual = run.out().replace("\r\n", "\n").replace("\"" + Isolint.version() + "\"", "\"@VERSION@\"");
        Path golden = Path.of("testdata/golden", goldenCase, "expected", expectedFile);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file (create it with -Dgolden.update=true)").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
