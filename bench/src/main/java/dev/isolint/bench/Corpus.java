package dev.isolint.bench;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.scan.FileCollector;
import dev.isolint.core.internal.scan.FileFormat;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' inputs: the real files of the shared corpus ({@code ../shared/corpus}, or
 * {@code -Disolint.corpus=DIR}), walked and classified the way a scan does it.
 */
final class Corpus {

    /** The document formats benchmarked per file: CloudFormation YAML and JSON, Terraform plan JSON. */
    static final String CFN_YAML = "cfn-yaml";
    static final String CFN_JSON = "cfn-json";
    static final String PLAN_JSON = "plan-json";

    private Corpus() {
    }

    static Path root() {
        Path root = Path.of(System.getProperty("isolint.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no corpus at " + root + " (run from the repository root, or -Disolint.corpus=DIR)");
        }
        return root;
    }

    /** A fresh context for one pass over the inputs (errors accumulate in it). */
    static ScanContext context() {
        return new ScanContext(ScanRequest.builder().build());
    }

    /** The corpus's JSON/YAML documents that sniff as {@code format}. */
    static List<SourceFile> documents(String format) {
        List<SourceFile> out = new ArrayList<>();
        for (FileCollector.Candidate c : new FileCollector(context()).collect(root())) {
            if (!FormatDetector.mayBeStructured(c.file()) || FormatDetector.isTerraformName(c.file())) {
                continue;
            }
            SourceFile f = read(c.file());
            FileFormat sniffed = FormatDetector.sniff(f.text());
            String kind = sniffed == FileFormat.TERRAFORM_PLAN ? PLAN_JSON
                    : sniffed == FileFormat.CLOUDFORMATION ? (looksLikeJson(f.text()) ? CFN_JSON : CFN_YAML) : null;
            if (format.equals(kind)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Every Terraform configuration and variables file of the corpus. */
    static List<Path> terraformFiles() {
        List<Path> out = new ArrayList<>();
        for (FileCollector.Candidate c : new FileCollector(context()).collect(root())) {
            if (FormatDetector.isTerraformName(c.file())) {
                out.add(c.file());
            }
        }
        return out;
    }

    static long bytes(List<SourceFile> files) {
        long n = 0;
        for (SourceFile f : files) {
            n += f.bytes().length;
        }
        return n;
    }

    static long pathBytes(List<Path> files) {
        long n = 0;
        for (Path p : files) {
            try {
                n += Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.charAt(i) == '{' || text.charAt(i) == '[';
            }
        }
        return false;
    }

    private static SourceFile read(Path p) {
        try {
            return SourceFile.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
