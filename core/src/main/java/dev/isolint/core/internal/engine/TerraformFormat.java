package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.adapter.terraform.TerraformAdapters;
import dev.isolint.core.internal.terraform.TerraformScanner;
import dev.isolint.core.model.ServiceResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Terraform configurations: claimed by name ({@code .tf}, {@code .tf.json}, {@code .tfvars}, {@code .tfvars.json}),
 * never sniffed; a named one stands for its module directory. The session evaluates the configurations on a
 * thread of its own, started before the documents are read and joined in {@code finish}: module evaluation is
 * sequential and would otherwise leave cores idle (bench/README.md).
 */
final class TerraformFormat implements InputFormat {

    @Override
    public boolean claimsByName(Path file) {
        return FormatDetector.isTerraformName(file);
    }

    @Override
    public boolean namedFileMeansDirectory() {
        return true;
    }

    @Override
    public String notScannedHint(SourceFile file) {
        String n = lowerCaseName(file);
        String text = file.text();
        if (n.endsWith(".tfvars") || n.endsWith(".tfvars.json")) {
            return "standard input is a Terraform variables file: not scanned on its own (give it with --var-file)";
        }
        if (FormatDetector.looksLikeHcl(text)) {
            return "standard input looks like Terraform HCL: name it with --stdin-filename main.tf to scan it";
        }
        if (FormatDetector.looksLikeTerraformJson(text)) {
            return "standard input looks like Terraform JSON: name it with --stdin-filename main.tf.json to scan it";
        }
        return null;
    }

    @Override
    public Session open(ScanContext context) {
        return new Session() {
            private final List<TerraformScanner.Pending> pending = new ArrayList<>();

            @Override
            public void start(List<Path> claimed, Set<Path> namedDirectories) {
                if (!claimed.isEmpty()) {
                    TerraformScanner.Pending started = TerraformScanner.start(claimed, namedDirectories, TerraformAdapters.ALL, context);
                    synchronized (pending) {
                        pending.add(started);
                    }
                }
            }

            /**
             * Standard input named as a configuration file ({@code --stdin-filename main.tf}) is a one-file module
             * of its own (SPEC §6); named as a variables file it is not Terraform's to read.
             */
            @Override
            public boolean read(SourceFile file) {
                String n = lowerCaseName(file);
                if (!n.endsWith(".tf") && !n.endsWith(".tf.json")) {
                    return false;
                }
                TerraformScanner.Pending started = TerraformScanner.start(file, TerraformAdapters.ALL, context);
                synchronized (pending) {
                    pending.add(started);
                }
                return true;
            }

            @Override
            public Finished finish() {
                int files = 0;
                List<ServiceResource> records = new ArrayList<>();
                List<TerraformScanner.Pending> all;
                synchronized (pending) {
                    all = new ArrayList<>(pending);
                }
                for (TerraformScanner.Pending p : all) {
                    TerraformScanner.Outcome outcome = p.outcome();
                    files += outcome.files();
                    records.addAll(outcome.models());
                }
                return new Finished(files, records);
            }
        };
    }

    private static String lowerCaseName(SourceFile file) {
        Path n = file.path().getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
