package dev.isolint.bench;

import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.scan.FileCollector;
import dev.isolint.core.internal.scan.FileFormat;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.terraform.hcl.HclParser;
import dev.isolint.core.internal.terraform.hcl.HclSyntaxException;
import dev.isolint.core.internal.terraform.json.TerraformJsonReader;
import dev.isolint.core.internal.tree.JsonTreeReader;
import dev.isolint.core.internal.tree.TreeLimits;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor a scan is measured against (bench/run.sh): walk {@code PATH...} with the scan's own
 * walker, read every file a scan reads, detect formats and parse each template and plan with the
 * scan's own parsers (JSON and YAML trees, HCL native syntax and Terraform JSON syntax), in parallel on
 * all cores — and nothing else (no evaluation, no modules, no rules, no report). Plans are parsed as
 * trees, which costs more than the scan's streaming plan reader: the floor is, if anything, high.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    public static void main(String[] args) {
        List<String> roots = args.length == 0 ? List.of(".") : List.of(args);
        ScanContext context = new ScanContext(ScanRequest.builder().paths(roots).build());
        FileCollector collector = new FileCollector(context);
        Set<Path> files = new LinkedHashSet<>();
        for (String root : roots) {
            for (FileCollector.Candidate c : collector.collect(Path.of(root))) {
                if (FormatDetector.isTerraformName(c.file()) || c.named() || FormatDetector.mayBeStructured(c.file())) {
                    files.add(c.file());
                }
            }
        }
        JsonTreeReader json = new JsonTreeReader(TreeLimits.DEFAULT);
        YamlTreeReader yaml = new YamlTreeReader(TreeLimits.DEFAULT);
        AtomicLong parsed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        new ArrayList<>(files).parallelStream().forEach(p -> {
            SourceFile f;
            try {
                f = SourceFile.read(p);
            } catch (IOException e) {
                return;
            }
            bytes.addAndGet(f.bytes().length);
            try {
                if (FormatDetector.isTerraformName(p)) {
                    if (p.getFileName().toString().endsWith(".json")) {
                        TerraformJsonReader.parse(p, f.text(), TreeLimits.DEFAULT);
                    } else {
                        HclParser.parseFile(p, f.text(), Limits.DEFAULT.depth(), Limits.DEFAULT.tokens());
                    }
                } else if (FormatDetector.sniff(f.text()) == FileFormat.IGNORED) {
                    return;
                } else if (Corpus.looksLikeJson(f.text())) {
                    json.read(p, f.text());
                } else {
                    yaml.read(p, f.text());
                }
                parsed.incrementAndGet();
            } catch (TreeParseException | HclSyntaxException e) {
                parsed.incrementAndGet();
            }
        });
        System.out.println(files.size() + " files read (" + bytes.get() + " bytes), " + parsed.get() + " files parsed");
    }
}
