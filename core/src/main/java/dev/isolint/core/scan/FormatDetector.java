package dev.isolint.core.scan;

import dev.isolint.core.source.SourceFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what a file is by its name (Terraform) and by sniffing its text (templates and plans),
 * as SPEC §6 says. Sniffing is cheap and never parses; a candidate is confirmed by its reader.
 */
public final class FormatDetector {

    private static final Pattern CFN_TYPE = Pattern.compile(
            "[\"']?Type[\"']?\\s*:\\s*[\"']?(?:AWS|Custom)::");

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

    /**
     * Classifies a JSON/YAML file. The plan keys are searched in the bytes, so a large plan is never
     * decoded to a string just to be recognised; other files are sniffed on their text.
     */
    public static FileFormat sniff(SourceFile file) {
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
        return text.contains("AWSTemplateFormatVersion") || CFN_TYPE.matcher(text).find();
    }
}
