package dev.isolint.cli;

import dev.isolint.core.api.ExitCode;
import dev.isolint.core.report.RuleHelp;
import dev.isolint.core.rules.RuleRegistry;
import dev.isolint.core.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code isolint explain [RULE]}: why the rule exists, how to fix and verify (the same text as the SARIF rule help). */
@Command(name = "explain", mixinStandardHelpOptions = true, modelTransformer = ExplainCommand.RuleNames.class,
        description = "Explain a rule: the risk, how to fix it (console, CLI, CloudFormation, Terraform), how to verify.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Its description names the registered rules ({@link RuleNames}). */
    @Parameters(arity = "0..1", paramLabel = "RULE")
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

    /** Describes the RULE parameter with the names of the rules isolint has, so that the help names no rule itself. */
    static final class RuleNames implements CommandLine.IModelTransformer {
        @Override
        public CommandLine.Model.CommandSpec transform(CommandLine.Model.CommandSpec spec) {
            CommandLine.Model.PositionalParamSpec rule = spec.positionalParameters().get(0);
            spec.remove(rule);
            spec.addPositional(CommandLine.Model.PositionalParamSpec.builder(rule)
                    .description(describe(RuleRegistry.metadata())).build());
            return spec;
        }
    }

    /**
     * {@code <id> or <slug> (default; <tool>'s <alias> is accepted too).}; with several rules,
     * {@code <id> or <slug> (default), <id> or <slug>; <tool>'s <alias> and <tool>'s <alias> are accepted too.}
     */
    static String describe(List<RuleMetadata> rules) {
        StringBuilder b = new StringBuilder();
        List<String> peers = new ArrayList<>();
        for (RuleMetadata r : rules) {
            boolean first = b.length() == 0;
            b.append(first ? "" : ", ").append(r.id()).append(" or ").append(r.slug());
            if (first) {
                b.append(rules.size() == 1 ? " (default" : " (default)");
            }
            for (RuleMetadata.Alias a : r.aliases()) {
                peers.add(a.tool() + "'s " + a.id());
            }
        }
        if (!peers.isEmpty()) {
            b.append("; ").append(String.join(" and ", peers)).append(peers.size() == 1 ? " is" : " are")
                    .append(" accepted too");
        }
        return b.append(rules.size() == 1 ? ")." : ".").toString();
    }
}
