package dev.isolint.core.scan;

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

    /** Classifies {@code text} of a JSON/YAML file. */
    public static FileFormat sniff(String text) {
        if (text.contains("format_version") && (text.contains("planned_values") || text.contains("resource_changes"))) {
            return FileFormat.TERRAFORM_PLAN;
        }
        if (text.contains("AWSTemplateFormatVersion") || CFN_TYPE.matcher(text).find()) {
            return FileFormat.CLOUDFORMATION;
        }
        return FileFormat.IGNORED;
    }
}
