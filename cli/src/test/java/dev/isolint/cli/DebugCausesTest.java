package dev.isolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isolint.core.api.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An internal error met while reading (here the tree reader's recursion overflowing the stack on nesting that a
 * raised depth limit lets through) is an error entry; its stack trace goes to standard error with {@code --debug}
 * and never without, and the report is the same either way.
 */
class DebugCausesTest {

    private static final String ENTRY = "internal error while reading: java.lang.StackOverflowError";

    @TempDir
    Path dir;

    private String deep;

    @BeforeEach
    void writeDeepTemplate() throws IOException {
        int depth = 200_000;
        deep = Files.writeString(dir.resolve("deep.json"), "{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\":"
                + " {\"M\": {\"Type\": \"AWS::SageMaker::Model\", \"Properties\": {\"X\": " + "[".repeat(depth)
                + "]".repeat(depth) + "}}}}\n").toString();
    }

    @Test
    void withoutDebugTheEntryOnly() {
        Cli.Run run = Cli.run("scan", "--limit", "depth=1000000", deep);
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR.code());
        assertThat(run.out()).contains(ENTRY);
        assertThat(run.err()).doesNotContain("StackOverflowError").doesNotContain("\tat ");
    }

    @Test
    void withDebugTheCausesStackTrace() {
        Cli.Run plain = Cli.run("scan", "--limit", "depth=1000000", deep);
        Cli.Run run = Cli.run("scan", "--debug", "--limit", "depth=1000000", deep);
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR.code());
        assertThat(run.out()).isEqualTo(plain.out());
        assertThat(run.err()).contains(":1:1: " + ENTRY + System.lineSeparator() + "java.lang.StackOverflowError")
                .contains("\tat ");
    }

    /** The same through picocli's parser (an @file argument), which the quick parser leaves to it. */
    @Test
    void withDebugThroughPicocli() throws IOException {
        Path args = Files.writeString(dir.resolve("args.txt"), "--debug\n--limit\ndepth=1000000\n" + deep.replace('\\', '/') + "\n");
        Cli.Run run = Cli.run("scan", "@" + args);
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR.code());
        assertThat(run.err()).contains(ENTRY).contains("\tat ");
    }

    @Test
    void baselineToo() {
        String ignore = dir.resolve("ignore.yml").toString();
        Cli.Run plain = Cli.run("baseline", "--output", ignore, "--limit", "depth=1000000", deep);
        assertThat(plain.err()).contains(ENTRY).doesNotContain("\tat ");
        Cli.Run run = Cli.run("baseline", "--debug", "--output", ignore, "--limit", "depth=1000000", deep);
        assertThat(run.exit()).isEqualTo(ExitCode.ERROR.code());
        assertThat(run.err()).contains("\tat ");
    }
}
