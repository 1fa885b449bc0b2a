package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.model.Location;
import dev.isolint.core.internal.source.SourceFile;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Standard input ({@code -} among the paths): its name in reports and its format (SPEC §6). Named with
 * {@code --stdin-filename}, it is the file of that name relative to the working directory: {@code main.tf} or
 * {@code x.tf.json} is a one-file Terraform module, any other name is sniffed as a template or plan. Unnamed,
 * it is {@code <stdin>} and sniffed. Content that is scanned as neither is a notice, never silence.
 */
final class StandardInput {

    private StandardInput() {
    }

    /** The request's standard input as a source file under the name it has in reports. */
    static SourceFile file(ScanRequest request) {
        String name = request.stdinFilename();
        Path path = name == null ? SourceFile.STDIN : request.workingDirectory().resolve(name).normalize();
        return SourceFile.of(path, request.stdin());
    }

    /** Whether {@code file} was named as a Terraform configuration file ({@code .tf}, {@code .tf.json}). */
    static boolean isTerraform(SourceFile file) {
        String n = name(file);
        return file.path() != SourceFile.STDIN && (n.endsWith(".tf") || n.endsWith(".tf.json"));
    }

    /** Reports that {@code file}, read as neither a template nor a plan, was not scanned, and says what to do. */
    static void notScanned(SourceFile file, ScanContext context) {
        String n = name(file);
        String text = file.text();
        String message;
        if (text.isBlank()) {
            message = "standard input is empty: nothing scanned";
        } else if (n.endsWith(".tfvars") || n.endsWith(".tfvars.json")) {
            message = "standard input is a Terraform variables file: not scanned on its own (give it with --var-file)";
        } else if (FormatDetector.looksLikeHcl(text)) {
            message = "standard input looks like Terraform HCL: name it with --stdin-filename main.tf to scan it";
        } else if (FormatDetector.looksLikeTerraformJson(text)) {
            message = "standard input looks like Terraform JSON: name it with --stdin-filename main.tf.json to scan it";
        } else {
            message = "standard input is not a CloudFormation template or Terraform plan: not scanned";
        }
        context.notScanned(Location.fileStart(file.path()), message);
    }

    private static String name(SourceFile file) {
        Path n = file.path().getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
