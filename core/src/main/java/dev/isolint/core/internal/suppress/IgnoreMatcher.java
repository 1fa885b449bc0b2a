package dev.isolint.core.internal.suppress;

import dev.isolint.core.model.CallPath;
import dev.isolint.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * Matches findings against ignore-file entries that are in force: same rule (id, slug or peer
 * alias), address equal to or matching the entry's glob, and, when the entry names a file, the
 * finding's file relative to the ignore file's directory matching it; likewise, when the entry names a
 * call path, the finding's call path (its root file relative to that directory, then the module chain).
 */
final class IgnoreMatcher {

    /** An entry in force, with its globs compiled once. */
    record Active(IgnoreEntry entry, Glob address, Glob file, Glob callPath, Path base) {
    }

    private final List<Active> entries;

    IgnoreMatcher(List<Active> entries) {
        this.entries = List.copyOf(entries);
    }

    static Active compile(IgnoreFile file, IgnoreEntry e) {
        return new Active(e, Glob.address(e.address()), e.file() == null ? null : Glob.path(e.file()),
                e.callPath() == null ? null : Glob.path(e.callPath()), file.baseDirectory());
    }

    /** The first entry that suppresses {@code f}, or {@code null}. */
    IgnoreEntry match(Finding f) {
        for (Active a : entries) {
            if (!f.rule().isNamedOrAlias(a.entry().rule()) || !a.address().matches(f.resource().address())) {
                continue;
            }
            if (a.file() != null && !a.file().matches(relative(a.base(), f.resource().location().file()))) {
                continue;
            }
            if (a.callPath() == null || f.resource().callPath() != null
                    && a.callPath().matches(callPath(a.base(), f.resource().callPath()))) {
                return a.entry();
            }
        }
        return null;
    }

    /**
     * A call path as an ignore entry names it: the root file (or root directory, {@code .} for {@code base}
     * itself) relative to {@code base}, then the module chain.
     */
    static String callPath(Path base, CallPath c) {
        String root = relative(base, c.root());
        return c.text(root.isEmpty() ? "." : root);
    }

    /** {@code file} relative to {@code base} with forward slashes ({@code ../x} when outside it). */
    static String relative(Path base, Path file) {
        if (!file.isAbsolute()) {
            return file.toString().replace('\\', '/');
        }
        try {
            return base.relativize(file.normalize()).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return file.toString().replace('\\', '/'); // another drive or root: only an absolute glob can match
        }
    }
}
