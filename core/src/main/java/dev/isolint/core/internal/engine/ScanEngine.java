package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.FileCollector;
import dev.isolint.core.internal.scan.FormatDetector;
import dev.isolint.core.internal.scan.ScanContext;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.internal.cloudformation.CloudFormationReader;
import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.internal.adapter.plan.PlanAdapters;
import dev.isolint.core.internal.plan.PlanJsonReader;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rules.RuleRegistry;
import dev.isolint.core.rule.Rule;
import dev.isolint.core.model.Location;
import dev.isolint.core.internal.source.ReadFailure;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.suppress.SuppressionEngine;
import dev.isolint.core.internal.terraform.TerraformScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scan pipeline: collect files, detect formats, read each document (in parallel), evaluate
 * Terraform configurations, judge every model with the rules, apply suppressions, sort.
 */
public final class ScanEngine {

    private final CloudFormationReader cloudFormation = new CloudFormationReader();
    private final DocumentReader plan = new PlanJsonReader(PlanAdapters.ALL);

    public ScanResult scan(ScanRequest request) {
        ScanContext context = new ScanContext(request);
        List<FileCollector.Candidate> candidates = new ArrayList<>();
        Set<Path> namedRoots = new LinkedHashSet<>();
        List<SourceFile> stdin = new ArrayList<>();
        FileCollector collector = new FileCollector(context);
        for (String p : request.paths()) {
            if (p.equals("-")) {
                if (request.stdin() != null && stdin.isEmpty()) {
                    stdin.add(StandardInput.file(request));
                }
                continue;
            }
            Path abs = request.workingDirectory().resolve(p).toAbsolutePath().normalize();
            if (java.nio.file.Files.isDirectory(abs)) {
                namedRoots.add(abs);
            } else if (FormatDetector.isTerraformName(abs) && abs.getParent() != null) {
                namedRoots.add(abs.getParent());
                // A named .tf file means its whole module directory (SPEC §6).
                for (FileCollector.Candidate c : collector.collect(abs.getParent())) {
                    if (c.file().getParent().equals(abs.getParent())) {
                        candidates.add(c);
                    }
                }
                continue;
            }
            candidates.addAll(collector.collect(Path.of(p)));
        }

        List<Path> terraformFiles = new ArrayList<>();
        List<FileCollector.Candidate> documents = new ArrayList<>();
        Set<Path> unique = new LinkedHashSet<>();
        for (FileCollector.Candidate c : candidates) {
            if (!unique.add(c.file())) {
                continue;
            }
            if (FormatDetector.isTerraformName(c.file())) {
                terraformFiles.add(c.file());
            } else if (c.named() || FormatDetector.mayBeStructured(c.file())) {
                documents.add(c);
            }
        }

        // Terraform runs beside the documents: its module evaluation is sequential and would leave cores idle.
        TerraformScanner.Pending terraform = terraformFiles.isEmpty() ? null
                : TerraformScanner.start(terraformFiles, namedRoots, context);
        // Standard input named as a .tf file is a one-file module of its own (SPEC §6).
        TerraformScanner.Pending stdinTerraform = null;
        for (SourceFile s : stdin) {
            if (StandardInput.isTerraform(s)) {
                stdinTerraform = TerraformScanner.start(s, context);
            }
        }
        AtomicInteger files = new AtomicInteger();
        List<ServiceResource> models = Collections.synchronizedList(new ArrayList<>());
        // All cores for many files; one file stays on this thread (no fork/join pool to start).
        if (documents.size() > 1) {
            documents.parallelStream().forEach(c -> readDocument(c.file(), null, context, files, models));
        } else {
            for (FileCollector.Candidate c : documents) {
                readDocument(c.file(), null, context, files, models);
            }
        }
        for (SourceFile s : stdin) {
            if (StandardInput.isTerraform(s)) {
                continue;
            }
            int read = files.get();
            int errors = context.errors().size();
            readDocument(s.path(), s, context, files, models);
            if (files.get() == read && context.errors().size() == errors) {
                // Neither a template nor a plan, and nothing said about it: a notice, never silence.
                StandardInput.notScanned(s, context);
            }
        }
        List<ServiceResource> documentModels = cloudFormation.addressNestedStacks(new ArrayList<>(models));
        models.clear();
        models.addAll(documentModels);
        if (terraform != null) {
            TerraformScanner.Outcome tf = terraform.outcome();
            files.addAndGet(tf.files());
            models.addAll(tf.models());
        }
        if (stdinTerraform != null) {
            TerraformScanner.Outcome tf = stdinTerraform.outcome();
            files.addAndGet(tf.files());
            models.addAll(tf.models());
        }

        List<Finding> findings = new ArrayList<>();
        for (ServiceResource m : models) {
            for (Rule<?> r : RuleRegistry.rules()) {
                if (r.subject().isInstance(m)) {
                    findings.add(judge(r, m));
                }
            }
        }
        findings = new SuppressionEngine(context).apply(findings);
        findings.sort(REPORT_ORDER);
        List<dev.isolint.core.api.Diagnostic> errors = context.errors(); // sorted, and bounded per file
        List<dev.isolint.core.api.Diagnostic> notices = new ArrayList<>(context.notices());
        Collections.sort(notices);
        return new ScanResult(files.get(), findings, errors, notices);
    }

    /**
     * File and line, then address, then call path (one module block reached from several roots), then rule.
     * A plain class, not {@code Comparator.comparing} or a method reference: the first lambda of a process
     * starts the method-handle machinery, which a one-file scan would pay for (bench/README.md).
     */
    private static final Comparator<Finding> REPORT_ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.resource().location().compareTo(b.resource().location());
            if (c == 0) {
                c = a.resource().address().compareTo(b.resource().address());
            }
            if (c == 0) {
                c = CallPath.compare(a.resource().callPath(), b.resource().callPath());
            }
            return c != 0 ? c : a.rule().id().compareTo(b.rule().id());
        }
    };

    /** {@code rule}'s finding on {@code record}, which is of the type the rule judges. */
    private static <T extends ServiceResource> Finding judge(Rule<T> rule, ServiceResource record) {
        return rule.judge(rule.subject().cast(record));
    }

    private void readDocument(Path path, SourceFile given, ScanContext context, AtomicInteger files,
            List<ServiceResource> models) {
        SourceFile file = given;
        try {
            if (file == null) {
                file = SourceFile.read(path, context.limits().fileSize());
            }
        } catch (IOException e) {
            // Counted like a Terraform file that cannot be read: it is an input error of the scan.
            files.incrementAndGet();
            context.error(Location.fileStart(path), ReadFailure.describe(e));
            return;
        } catch (OutOfMemoryError e) {
            // Only the one allocation of the file's bytes failed: nothing is half-built, the scan goes on.
            files.incrementAndGet();
            context.error(Location.fileStart(path), "file too large to read with the available memory"
                    + " (raise the JVM heap, e.g. -Xmx2g): " + e.getMessage());
            return;
        }
        DocumentReader reader = switch (FormatDetector.sniff(file)) {
            case CLOUDFORMATION -> cloudFormation;
            case TERRAFORM_PLAN -> plan;
            default -> null;
        };
        if (reader == null) {
            return;
        }
        try {
            DocumentReader.Outcome outcome = reader.read(file, context);
            if (!outcome.recognised() && reader == plan && FormatDetector.looksLikeTemplate(file.text())) {
                // A template that merely mentions the plan keys (a buildspec running terraform) is still a template.
                outcome = cloudFormation.read(file, context);
            }
            if (outcome.recognised()) {
                files.incrementAndGet();
            }
            models.addAll(outcome.models());
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not lose the rest of the scan; say where it happened.
            files.incrementAndGet();
            context.error(Location.fileStart(path), "internal error while reading: " + e);
        } catch (OutOfMemoryError e) {
            // The file's own structures are garbage once we unwind; the other files can still be read.
            files.incrementAndGet();
            context.error(Location.fileStart(path), "file needs more memory than the scan may use");
        }
    }
}
