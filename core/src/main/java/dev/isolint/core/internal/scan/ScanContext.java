package dev.isolint.core.internal.scan;

import dev.isolint.core.api.Diagnostic;
import dev.isolint.core.api.Limits;
import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.model.Range;
import dev.isolint.core.report.ReportPath;
import dev.isolint.core.internal.tree.TreeLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What every reader of one scan shares: the request, a thread-safe sink for errors and notices, and
 * how messages name files.
 */
public final class ScanContext {

    /** Most error entries one file gets; the rest of its errors become one "… and N more" entry (SPEC §6). */
    public static final int ERRORS_PER_FILE = 20;

    private final ScanRequest request;
    private final TreeLimits treeLimits;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> notices = new ArrayList<>();

    public ScanContext(ScanRequest request) {
        this.request = request;
        this.treeLimits = TreeLimits.of(request.limits());
    }

    public ScanRequest request() {
        return request;
    }

    /** The request's limits. */
    public Limits limits() {
        return request.limits();
    }

    /** The request's limits as the document readers take them. */
    public TreeLimits treeLimits() {
        return treeLimits;
    }

    /**
     * {@code file} as messages must name it: as the report names files (relative to the base path when under
     * it, SPEC §5), never an absolute path of the scanning machine for a file of the scan.
     */
    public String path(Path file) {
        return ReportPath.of(request.basePath(), file);
    }

    /** {@code at} as messages cite a place ({@code file:line:column}), the file named as by {@link #path}. */
    public String at(Range at) {
        return ReportPath.of(request.basePath(), at);
    }

    /** Records an input error (exit code 2); the scan goes on. */
    public void error(Range at, String message) {
        synchronized (errors) {
            errors.add(new Diagnostic(at, message));
        }
    }

    /** Records an input error caused by an internal failure; {@code cause} is kept for {@code --debug}. */
    public void error(Range at, String message, Throwable cause) {
        synchronized (errors) {
            errors.add(new Diagnostic(at, message, cause));
        }
    }

    /** Records a notice (not an error). */
    public void notice(Range at, String message) {
        synchronized (notices) {
            notices.add(new Diagnostic(at, message));
        }
    }

    /**
     * Records that some input was not scanned (a remote module not downloaded, standard input that is not IaC): a
     * notice, or under {@code --strict} an input error, as a gate must not pass what it did not read.
     */
    public void notScanned(Range at, String message) {
        if (request.strict()) {
            error(at, message + " (an error in strict mode: --strict, strict: true)");
        } else {
            notice(at, message);
        }
    }

    /**
     * The errors in report order, at most {@link #ERRORS_PER_FILE} a file followed by one entry saying how
     * many more that file has: one broken file must not bury the others' errors. The entries kept are the
     * first in report order, not the first to arrive, so a parallel scan reports the same ones every time.
     */
    public List<Diagnostic> errors() {
        List<Diagnostic> all;
        synchronized (errors) {
            all = new ArrayList<>(errors);
        }
        Collections.sort(all);
        List<Diagnostic> out = new ArrayList<>(Math.min(all.size(), 1024));
        int i = 0;
        while (i < all.size()) {
            Path file = all.get(i).location().file();
            int end = i + 1;
            while (end < all.size() && all.get(end).location().file().equals(file)) {
                end++;
            }
            int keep = Math.min(end - i, ERRORS_PER_FILE);
            out.addAll(all.subList(i, i + keep));
            if (end - i > keep) {
                // At the first error left out, so that it sorts after the ones kept.
                out.add(new Diagnostic(all.get(i + keep).location(),
                        "\u2026 and " + (end - i - keep) + " more errors in this file"));
            }
            i = end;
        }
        return out;
    }

    public List<Diagnostic> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }
}
