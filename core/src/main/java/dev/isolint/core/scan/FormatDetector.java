package dev.isolint.core.scan;

import dev.isolint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Decides what a file is by its name (Terraform) and by sniffing its text (templates and plans),
 * as SPEC §6 says. Sniffing is cheap and never parses; a candidate is confirmed by its reader.
 */
public final class FormatDetector {

    private FormatDetector() {
    }

    /** True when the file name alone makes it a Terraform input. */
    public static boolean isTerraformName(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tf") || n.endsWith(".tf.json") || n.endsWith(".tfvars") || n.endsWith(".tfvars.json");
    }

    /**
     * True when a file met in a directory walk is worth sniffing: JSON, YAML or a CloudFormation
     * {@code .template}. Files named on the command line are sniffed whatever their name.
     */
    public static boolean mayBeStructured(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".template");
    }

    /** Files up to this size are sniffed on their text, which every reader but the plan reader needs anyway. */
    private static final int SNIFF_TEXT_BYTES = 1 << 20;

    /**
     * Classifies a JSON/YAML file. In a large file the plan keys are searched in the bytes, so a large
     * plan is never decoded to a string just to be recognised; smaller files are sniffed on their text
     * (whose search the JIT vectorises), decoded once for the reader that follows.
     */
    public static FileFormat sniff(SourceFile file) {
        if (file.bytes().length <= SNIFF_TEXT_BYTES) {
            return sniff(file.text());
        }
        if (file.containsAscii("format_version")
                && (file.containsAscii("planned_values") || file.containsAscii("resource_changes"))) {
            return FileFormat.TERRAFORM_PLAN;
        }
        return sniff(file.text());
    }

    /** Classifies {@code text} of a JSON/YAML file. */
    public static FileFormat sniff(String text) {
        if (text.contains("format_version") && (text.contains("planned_values") || text.contains("resource_changes"))) {
            return FileFormat.TERRAFORM_PLAN;
        }
        if (looksLikeTemplate(text)) {
            return FileFormat.CLOUDFORMATION;
        }
        return FileFormat.IGNORED;
    }

    /** True when {@code text} has the marks of a CloudFormation template candidate, whatever else it has. */
    public static boolean looksLikeTemplate(String text) {
        return text.contains("AWSTemplateFormatVersion") || hasResourceType(text);
    }

    /**
     * True when {@code text} has {@code Type: AWS::…} or {@code Type: Custom::…}, keys and values
     * optionally quoted (the regular expression {@code Type["']?\s*:\s*["']?(?:AWS|Custom)::}). Written
     * out by hand because compiling a pattern costs more than a whole one-file scan's sniffing at start-up.
     */
    static boolean hasResourceType(String text) {
        for (int i = text.indexOf("Type"); i >= 0; i = text.indexOf("Type", i + 4)) {
            int j = skipQuote(text, i + 4);
            j = skipSpace(text, j);
            if (j >= text.length() || text.charAt(j) != ':') {
                continue;
            }
            j = skipQuote(text, skipSpace(text, j + 1));
            if (text.startsWith("AWS::", j) || text.startsWith("Custom::", j)) {
                return true;
            }
        }
        return false;
    }

    private static int skipQuote(String text, int i) {
        return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'') ? i + 1 : i;
    }

    /** Skips what {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static int skipSpace(String text, int i) {
        while (i < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
