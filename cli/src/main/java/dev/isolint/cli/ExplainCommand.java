package dev.isolint.cli;

import dev.isolint.core.rule.NetworkIsolationRule;
import dev.isolint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code isolint explain [RULE]}: why the rule exists, how to fix and verify. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: the risk, how to fix it (console, CLI, CloudFormation, Terraform), how to verify.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RULE", description = "ISO001 or sagemaker-model-network-isolation (default).")
    String rule;

    @Override
    public Integer call() throws IOException {
        RuleMetadata meta = NetworkIsolationRule.METADATA;
        if (rule != null && !meta.isNamed(rule)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown rule: " + rule
                    + " (known: " + meta.id() + ", " + meta.slug() + ")");
        }
        try (InputStream in = NetworkIsolationRule.class.getResourceAsStream(meta.helpResource())) {
            String text = in == null ? meta.shortDescription() : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK.code();
    }
}
