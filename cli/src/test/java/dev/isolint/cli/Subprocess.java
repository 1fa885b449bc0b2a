package dev.isolint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the CLI in a new JVM in a given working directory: what a CI job or a hook does, for the tests that depend on
 * where the run starts (configuration and ignore-file lookup, base paths), which an in-process run cannot move.
 */
final class Subprocess {

    private Subprocess() {
    }

    static Cli.Run run(Path directory, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.isolint.cli.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("isolint-out", ".txt");
        Path err = Files.createTempFile("isolint-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("GITHUB_ACTIONS");
            pb.environment().remove("GITHUB_STEP_SUMMARY");
            pb.environment().put("SOURCE_DATE_EPOCH", Cli.EPOCH);
            pb.environment().putAll(env);
            int exit = pb.start().waitFor();
            return new Cli.Run(exit, Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
