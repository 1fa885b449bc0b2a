package dev.isolint.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process from the repository root (the tests' working directory) on a fixed day. */
final class Cli {

    /** 2026-01-15T00:00:00Z: the day the golden cases and suppression fixtures are judged on. */
    static final String EPOCH = "1768435200";

    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        return run(Map.of(), "", args);
    }

    static Run run(Map<String, String> env, String stdin, String... args) {
        Map<String, String> e = new HashMap<>(env);
        e.putIfAbsent("SOURCE_DATE_EPOCH", EPOCH);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), e);
        return new Run(code, out.toString(), err.toString());
    }
}
