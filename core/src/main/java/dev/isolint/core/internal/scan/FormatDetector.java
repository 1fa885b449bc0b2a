package dev.isolint.core.internal.scan;

import dev.isolint.core.internal.source.SourceFile;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The marks of each input format, by file name (Terraform) and in the text (templates and plans), as SPEC §6
 * says; the engine's registered formats ask these. Sniffing is cheap and never parses; a candidate is
 * confirmed by its reader.
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
     * Classifies a JSON/YAML file: a plan candidate first (a plan's strings may hold a whole template, never
     * the reverse), then a template candidate. The engine asks its registered formats in the same order.
     */
    public static FileFormat sniff(SourceFile file) {
        if (isPlanCandidate(file)) {
            return FileFormat.TERRAFORM_PLAN;
        }
        return isTemplateCandidate(file) ? FileFormat.CLOUDFORMATION : FileFormat.IGNORED;
    }

    /**
     * True when {@code file} has the marks of a Terraform plan. In a large file the plan keys are searched in
     * the bytes, so a large plan is never decoded to a string just to be recognised; smaller files are sniffed
     * on their text (whose search the JIT vectorises), decoded once for the reader that follows.
     */
    public static boolean isPlanCandidate(SourceFile file) {
        if (file.bytes().length > SNIFF_TEXT_BYTES && file.containsAscii("format_version")
                && (file.containsAscii("planned_values") || file.containsAscii("resource_changes"))) {
            return true;
        }
        return looksLikePlan(file.text());
    }

    /** True when {@code file} has the marks of a CloudFormation template candidate. */
    public static boolean isTemplateCandidate(SourceFile file) {
        return looksLikeTemplate(file.text());
    }

    /** Classifies {@code text} of a JSON/YAML file. */
    public static FileFormat sniff(String text) {
        if (looksLikePlan(text)) {
            return FileFormat.TERRAFORM_PLAN;
        }
        if (looksLikeTemplate(text)) {
            return FileFormat.CLOUDFORMATION;
        }
        return FileFormat.IGNORED;
    }

    private static boolean looksLikePlan(String text) {
        return text.contains("format_version") && (text.contains("planned_values") || text.contains("resource_changes"));
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

    /** The top-level blocks of a Terraform configuration. */
    private static final String[] TERRAFORM_BLOCKS = {"terraform", "provider", "resource", "data", "module", "variable",
        "output", "locals", "moved", "import", "removed", "check"};

    /**
     * True when {@code text} opens, after blank lines and comments, with a Terraform block header
     * ({@code resource "aws_sagemaker_model" "m" {…}}, {@code locals {…}}): native-syntax Terraform, which no
     * template or plan starts with. For content without a file name (standard input), which is otherwise
     * only sniffed as a template or plan.
     */
    public static boolean looksLikeHcl(String text) {
        int i = skipHclComments(text, 0);
        int end = skipIdentifier(text, i);
        if (!isTerraformBlock(text.substring(i, end))) {
            return false;
        }
        i = end;
        while (true) {
            i = skipBlanks(text, i);
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    return false;
                }
                i = close + 1;
            } else if (skipIdentifier(text, i) > i) {
                i = skipIdentifier(text, i); // a label without quotes, as HCL allows
            } else {
                return i < text.length() && text.charAt(i) == '{';
            }
        }
    }

    /**
     * True when {@code text} is a JSON object whose first key is a Terraform block type
     * (<code>{"resource": …}</code>): Terraform's JSON syntax ({@code .tf.json}) without its file name.
     */
    public static boolean looksLikeTerraformJson(String text) {
        int i = skipSpace(text, 0);
        if (i >= text.length() || text.charAt(i) != '{') {
            return false;
        }
        i = skipSpace(text, i + 1);
        if (i >= text.length() || text.charAt(i) != '"') {
            return false;
        }
        int close = text.indexOf('"', i + 1);
        return close > 0 && isTerraformBlock(text.substring(i + 1, close));
    }

    private static boolean isTerraformBlock(String word) {
        for (String b : TERRAFORM_BLOCKS) {
            if (b.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static int skipIdentifier(String text, int i) {
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Skips white space and HCL comments: {@code #} and {@code //} to the end of the line, and block comments. */
    private static int skipHclComments(String text, int i) {
        while (true) {
            i = skipSpace(text, i);
            if (text.startsWith("#", i) || text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol + 1;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else {
                return i;
            }
        }
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
