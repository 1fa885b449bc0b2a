package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.scan.ScanContext;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * Standard input ({@code -} among the paths): its name in reports, and the notice when it is not scanned
 * (SPEC §6). Named with {@code --stdin-filename}, it is the file of that name relative to the working directory,
 * offered first to a format that claims that name ({@code main.tf} is a one-file Terraform module) and otherwise
 * sniffed; unnamed, it is {@code <stdin>} and sniffed. Content that is scanned as neither is a notice, never silence.
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

    /** Reports that no format read {@code file}, in the words of the first format that can tell why. */
    static void notScanned(SourceFile file, ScanContext context, List<InputFormat> formats) {
        String message = file.text().isBlank() ? "standard input is empty: nothing scanned" : null;
        for (int i = 0; message == null && i < formats.size(); i++) {
            message = formats.get(i).notScannedHint(file);
        }
        if (message == null) {
            message = "standard input is not a CloudFormation template or Terraform plan: not scanned";
        }
        context.notScanned(Range.fileStart(file.path()), message);
    }
}
