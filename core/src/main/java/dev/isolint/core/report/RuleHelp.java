package dev.isolint.core.report;

import dev.isolint.core.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A rule's help text, kept in one markdown resource per rule ({@code <id>.md} beside the rule) so that
 * {@code isolint explain} and the SARIF rule help never drift apart.
 */
public final class RuleHelp {

    private RuleHelp() {
    }

    /** The markdown help of {@code rule}; its short description when the resource is missing. */
    public static String markdown(RuleMetadata rule) {
        try (InputStream in = RuleHelp.class.getResourceAsStream(rule.helpResource())) {
            if (in == null) {
                return rule.title() + "\n\n" + rule.shortDescription() + "\n";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rule.helpResource(), e);
        }
    }
}
