package dev.isolint.cli;

import dev.isolint.core.api.ExitCode;
import dev.isolint.core.report.RuleHelp;
import dev.isolint.core.rules.RuleRegistry;
import dev.isolint.core.rule.RuleMetadata;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code isolint explain [RULE]}: why the rule exists, how to fix and verify (the same text as the SARIF rule help). */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule: the risk, how to fix it (console, CLI, CloudFormation, Terraform), how to verify.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RULE",
            description = "ISO001 or sagemaker-model-network-isolation (default; Checkov's CKV_AWS_370 is accepted too).")
    String rule;

    @Override
    public Integer call() {
        RuleMetadata meta = rule == null ? RuleRegistry.metadata().get(0) : RuleRegistry.find(rule);
        if (meta == null) {
            StringBuilder known = new StringBuilder();
            for (RuleMetadata m : RuleRegistry.metadata()) {
                known.append(known.length() == 0 ? "" : ", ").append(m.id()).append(", ").append(m.slug());
            }
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown rule: " + rule
                    + " (known: " + known + ")");
        }
        spec.commandLine().getOut().print(RuleHelp.markdown(meta));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
