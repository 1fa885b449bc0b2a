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

/**
 * {@code isolint explain [RULE]}: why the rule exists, how to fix and verify (the same text as the SARIF rule help);
 * without RULE, the list of rules.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, modelTransformer = ExplainCommand.RuleNames.class,
        description = "Explain a rule: the risk, how to fix it (console, CLI, CloudFormation, Terraform), how to verify."
                + " Without RULE: the list of rules.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Its description names the registered rules ({@link RuleNames}). */
    @Parameters(arity = "0..1", paramLabel = "RULE")
    String rule;

    @Override
    public Integer call() {
        if (rule == null) {
            spec.commandLine().getOut().print(list(RuleRegistry.metadata()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
        RuleMetadata meta = RuleRegistry.find(rule);
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

    /** The rule list: id, slug, severity and title of each, aligned, then how to read one. */
    static String list(List<RuleMetadata> rules) {
        int slugs = 0;
        for (RuleMetadata r : rules) {
            slugs = Math.max(slugs, r.slug().length());
        }
        StringBuilder b = new StringBuilder();
        for (RuleMetadata r : rules) {
            b.append(r.id()).append("  ").append(r.slug()).append(" ".repeat(slugs - r.slug().length())).append("  ")
                    .append(r.severity()).append("  ").append(r.title()).append('\n');
        }
        return b.append("\nisolint explain RULE (id or slug) shows why a rule exists, how to fix and how to verify.\n")
                .toString();
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
     * {@code A rule's id (ISO001 to ISO006) or slug, or a peer tool's id for the same check (Checkov, AWS Config);
     * without RULE, the list of rules.}
     */
    static String describe(List<RuleMetadata> rules) {
        List<String> tools = new ArrayList<>();
        for (RuleMetadata r : rules) {
            for (RuleMetadata.Alias a : r.aliases()) {
                if (!tools.contains(a.tool())) {
                    tools.add(a.tool());
                }
            }
        }
        String ids = rules.size() == 1 ? rules.get(0).id()
                : rules.get(0).id() + " to " + rules.get(rules.size() - 1).id();
        return "A rule's id (" + ids + ") or slug" + (tools.isEmpty() ? ""
                : ", or a peer tool's id for the same check (" + String.join(", ", tools) + ")")
                + "; without RULE, the list of rules.";
    }
}
