package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.impact.ImpactAnalyzer;
import dev.isolint.core.internal.scan.FileCollector;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.scan.SourceFiles;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.api.ScanResult;
import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.rule.Finding;
import dev.isolint.core.rule.Rule;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.suppress.SuppressionEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scan pipeline: collect files, give each to the registered input format that claims it by name or
 * recognises its content (documents in parallel, Terraform on a thread of its own meanwhile), link what uses what
 * (the impact of each fix), judge every record with the rules, apply suppressions, sort. The engine names no format and holds nothing of a scan:
 * every scan opens its own sessions, so one engine may run any number of scans, at once.
 */
public final class ScanEngine {

    private final List<InputFormat> formats;

    /** An engine reading the registered formats ({@link InputFormats#ALL}). */
    public ScanEngine() {
        this(InputFormats.ALL);
    }

    ScanEngine(List<InputFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    public ScanResult scan(ScanRequest request) {
        ScanContext context = new ScanContext(request);
        InputFormat.Session[] sessions = new InputFormat.Session[formats.size()];
        for (int i = 0; i < sessions.length; i++) {
            sessions[i] = formats.get(i).open(context);
        }
        List<FileCollector.Candidate> candidates = new ArrayList<>();
        Set<Path> namedDirectories = new LinkedHashSet<>();
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
            if (Files.isDirectory(abs)) {
                namedDirectories.add(abs);
            } else if (meansDirectory(abs) && abs.getParent() != null) {
                namedDirectories.add(abs.getParent());
                // A named .tf file means its whole module directory (SPEC §6); its format claims the files there.
                for (FileCollector.Candidate c : collector.collect(abs.getParent())) {
                    if (c.file().getParent().equals(abs.getParent())) {
                        candidates.add(c);
                    }
                }
                continue;
            }
            candidates.addAll(collector.collect(Path.of(p)));
        }

        List<List<Path>> claimed = new ArrayList<>(formats.size());
        for (int i = 0; i < formats.size(); i++) {
            claimed.add(new ArrayList<>());
        }
        List<FileCollector.Candidate> documents = new ArrayList<>();
        Set<Path> unique = new LinkedHashSet<>();
        for (FileCollector.Candidate c : candidates) {
            if (!unique.add(c.file())) {
                continue;
            }
            int owner = claimant(c.file());
            if (owner >= 0) {
                claimed.get(owner).add(c.file());
            } else if (c.named() || worthSniffing(c.file())) {
                documents.add(c);
            }
        }

        // Work that runs beside the documents (Terraform's evaluation) starts first, to keep every core busy.
        for (int i = 0; i < sessions.length; i++) {
            sessions[i].start(claimed.get(i), namedDirectories);
        }
        // Standard input named as a claimed file (--stdin-filename main.tf) is offered to its format alone first.
        List<SourceFile> unread = new ArrayList<>();
        for (SourceFile s : stdin) {
            int owner = claimant(s.path());
            if (owner < 0 || !sessions[owner].read(s)) {
                unread.add(s);
            }
        }
        AtomicInteger unreadable = new AtomicInteger();
        // All cores for many files; one file stays on this thread (no fork/join pool to start).
        if (documents.size() > 1) {
            documents.parallelStream().forEach(c -> readDocument(c.file(), null, sessions, context, unreadable));
        } else {
            for (FileCollector.Candidate c : documents) {
                readDocument(c.file(), null, sessions, context, unreadable);
            }
        }
        for (SourceFile s : unread) {
            int errors = context.errors().size();
            if (!readDocument(s.path(), s, sessions, context, unreadable) && context.errors().size() == errors) {
                // No format read it, and nothing said about it: a notice, never silence.
                StandardInput.notScanned(s, context, formats);
            }
        }

        int files = unreadable.get();
        List<ServiceResource> records = new ArrayList<>();
        for (InputFormat.Session session : sessions) {
            InputFormat.Finished finished = session.finish();
            files += finished.files();
            records.addAll(finished.records());
        }

        // What each fix would replace or update: consumers are records too, linked before judging.
        ImpactAnalyzer impact = ImpactAnalyzer.link(records);
        List<Finding> findings = new ArrayList<>();
        for (ServiceResource m : records) {
            for (Rule<?> r : request.rules().rules()) {
                Finding f = r.subject().isInstance(m) ? judge(r, m) : null;
                if (f != null) {
                    findings.add(f.withImpact(impact.impact(m, f.verdict())));
                }
            }
        }
        findings = new SuppressionEngine(context).apply(findings);
        findings.sort(REPORT_ORDER);
        List<Diagnostic> errors = context.errors(); // sorted, and bounded per file
        List<Diagnostic> notices = new ArrayList<>(context.notices());
        Collections.sort(notices);
        return new ScanResult(files, findings, errors, notices);
    }

    /** The index of the format that claims {@code file} by name, or -1. */
    private int claimant(Path file) {
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).claimsByName(file)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code file}, named on the command line, stands for its directory (a Terraform module). */
    private boolean meansDirectory(Path file) {
        int owner = claimant(file);
        return owner >= 0 && formats.get(owner).namedFileMeansDirectory();
    }

    /** Whether a file of this name met in a walk is worth reading to sniff. */
    private boolean worthSniffing(Path file) {
        for (InputFormat f : formats) {
            if (f.sniffsName(file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * File and start (where reports say the resource is; not its end), then address, then call path (one module
     * block reached from several roots), then rule.
     * A plain class, not {@code Comparator.comparing} or a method reference: the first lambda of a process
     * starts the method-handle machinery, which a one-file scan would pay for (bench/README.md).
     */
    private static final Comparator<Finding> REPORT_ORDER = new Comparator<>() {
        @Override
        public int compare(Finding a, Finding b) {
            int c = a.resource().location().compareStart(b.resource().location());
            if (c == 0) {
                c = a.resource().address().compareTo(b.resource().address());
            }
            if (c == 0) {
                c = CallPath.compare(a.resource().callPath(), b.resource().callPath());
            }
            return c != 0 ? c : a.rule().id().compareTo(b.rule().id());
        }
    };

    /** {@code rule}'s finding on {@code record}, which is of the type the rule judges; {@code null} when it judges not this one. */
    private static <T extends ServiceResource> Finding judge(Rule<T> rule, ServiceResource record) {
        T typed = rule.subject().cast(record);
        return rule.judges(typed) ? rule.judge(typed) : null;
    }

    /**
     * Reads {@code path} (or {@code given}, already in memory) and offers it to each format that sniffs it as a
     * candidate, in registry order, until one reads it. A file that cannot be read, or that a reader fails on, is
     * counted in {@code unreadable} and is an error entry.
     *
     * @return whether the file was read by a format or is an error
     */
    private boolean readDocument(Path path, SourceFile given, InputFormat.Session[] sessions, ScanContext context,
            AtomicInteger unreadable) {
        SourceFile file = given != null ? given : SourceFiles.read(path, context);
        if (file == null) {
            // Counted like a Terraform file that cannot be read: it is an input error of the scan.
            unreadable.incrementAndGet();
            return true;
        }
        try {
            for (int i = 0; i < sessions.length; i++) {
                if (formats.get(i).sniff(file) && sessions[i].read(file)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not lose the rest of the scan; say where it happened, keep what for --debug.
            unreadable.incrementAndGet();
            context.error(Range.fileStart(path), "internal error while reading: " + e, e);
            return true;
        } catch (OutOfMemoryError e) {
            // The file's own structures are garbage once we unwind; the other files can still be read.
            unreadable.incrementAndGet();
            context.error(Range.fileStart(path), "file needs more memory than the scan may use");
            return true;
        }
    }
}
