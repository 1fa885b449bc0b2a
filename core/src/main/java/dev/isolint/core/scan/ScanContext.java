package dev.isolint.core.scan;

import dev.isolint.core.Diagnostic;
import dev.isolint.core.Limits;
import dev.isolint.core.ScanRequest;
import dev.isolint.core.source.Location;
import dev.isolint.core.tree.TreeLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * What every reader of one scan shares: the request and a thread-safe sink for errors and notices.
 */
public final class ScanContext {

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

    /** Records an input error (exit code 2); the scan goes on. */
    public void error(Location at, String message) {
        synchronized (errors) {
            errors.add(new Diagnostic(at, message));
        }
    }

    /** Records a notice (not an error). */
    public void notice(Location at, String message) {
        synchronized (notices) {
            notices.add(new Diagnostic(at, message));
        }
    }

    /**
     * Records a notice that some input was not scanned (standard input that is not IaC). Kept apart from
     * {@link #notice} so that a stricter mode can make exactly these errors.
     */
    public void notScanned(Location at, String message) {
        notice(at, message);
    }

    public List<Diagnostic> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    public List<Diagnostic> notices() {
        synchronized (notices) {
            return List.copyOf(notices);
        }
    }
}
