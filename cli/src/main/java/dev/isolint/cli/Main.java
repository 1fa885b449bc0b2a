package dev.isolint.cli;

import dev.isolint.core.api.ExitCode;
import dev.isolint.core.Isolint;
import dev.isolint.core.report.RuleWords;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code isolint}: scan infrastructure as code for resources that fail isolint's rules. */
@Command(name = "isolint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        modelTransformer = Main.Description.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no failing result",
            "1:at least one unsuppressed FAIL (or UNKNOWN under --unknown=fail)",
            "2:usage error or input error (wins over 1)"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.in, System.getenv()));
    }

    /** Runs the CLI with injected streams and environment; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        // The everyday scan lines skip picocli's reflective model: it costs more than the scan of a file.
        ScanCommand quick = QuickScanArguments.parse(args, env, in);
        if (quick != null) {
            int code;
            try {
                code = quick.scan(out, err);
            } catch (Exception e) {
                code = internalError(e, err, debug);
            }
            out.flush();
            err.flush();
            return code;
        }
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("scan", new CommandLine(new ScanCommand(env, in)));
        cl.addSubcommand("baseline", new CommandLine(new BaselineCommand(env, in)));
        cl.addSubcommand("fix", new CommandLine(new FixCommand(env, in)));
        cl.addSubcommand("config", new CommandLine(new ConfigCommand(env, in)));
        cl.addSubcommand("explain", new CommandLine(new ExplainCommand()));
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> ExitCode.ERROR.code());
        cl.setExecutionExceptionHandler((e, cmd, parseResult) -> internalError(e, err, debug));
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("isolint: " + e.getMessage());
            err.println("Try 'isolint " + (e.getCommandLine().getCommandName().equals("isolint") ? "" : e.getCommandLine().getCommandName() + " ") + "--help'.");
            err.flush();
            return ExitCode.ERROR.code();
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** An exception out of a command: one line, the stack trace only with {@code --debug}. */
    private static int internalError(Exception e, PrintWriter err, boolean debug) {
        err.println("isolint: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.ERROR.code();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (scan, baseline, fix, config, explain)");
    }

    /** Says what the tool flags in the words of its rules, so that the help names no rule of its own. */
    static final class Description implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            spec.usageMessage().description("Flags " + RuleWords.registered().flagged()
                    + " in CloudFormation, Terraform and Terraform plan JSON.");
            return spec;
        }
    }

    /** Reads the version from the core's build metadata. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"isolint " + Isolint.version()};
        }
    }
}
