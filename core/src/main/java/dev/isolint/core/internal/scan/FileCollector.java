package dev.isolint.core.internal.scan;

import dev.isolint.core.api.Limits;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.ReadFailure;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the request's paths into the files to read. Directories are walked recursively, skipping
 * tool and dependency folders; symbolic links are not followed (they may loop or leave the scan
 * root); special files are skipped; unreadable entries become errors and the walk goes on.
 */
public final class FileCollector {

    /** Folders a walk never enters. {@code cdk.out} is deliberately not here: its templates are scanned. */
    public static final Set<String> SKIPPED_DIRECTORIES =
            Set.of(".git", ".terraform", "node_modules", "target", ".aws-sam", ".serverless");

    private final ScanContext context;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    /** Candidates collected so far over all roots: the {@code files} limit bounds the whole scan. */
    private int collected;

    public FileCollector(ScanContext context) {
        this.context = context;
        this.includes = matchers(context.request().includes());
        this.excludes = matchers(context.request().excludes());
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String glob : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        return out;
    }

    /** A file to read, and whether it was named on the command line (then it is sniffed whatever its name). */
    public record Candidate(Path file, boolean named) {
    }

    /** Files under {@code root} (or {@code root} itself), absolute and normalised, in walk order. */
    public List<Candidate> collect(Path root) {
        Path abs = context.request().workingDirectory().resolve(root).toAbsolutePath().normalize();
        List<Candidate> out = new ArrayList<>();
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            context.error(Range.fileStart(abs), "no such file or directory");
            return out;
        }
        if (!Files.isDirectory(abs)) {
            if (Files.isRegularFile(abs)) {
                if (admit(abs)) {
                    out.add(new Candidate(abs, true));
                }
            } else {
                context.error(Range.fileStart(abs), "not a regular file");
            }
            return out;
        }
        Set<Path> seen = new LinkedHashSet<>();
        try {
            Files.walkFileTree(abs, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(abs) && (SKIPPED_DIRECTORIES.contains(name(dir)) || excluded(dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && included(file) && !excluded(file) && seen.add(file)) {
                        if (!admit(abs)) {
                            return FileVisitResult.TERMINATE;
                        }
                        out.add(new Candidate(file, false));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    context.error(Range.fileStart(file), ReadFailure.describe(e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            context.error(Range.fileStart(abs), "cannot walk directory: " + ReadFailure.reason(e));
        }
        return out;
    }

    /**
     * Counts one more candidate; past the {@code files} limit, reports it once at {@code root} (the root
     * being collected) and refuses, so that the rest is not read.
     */
    private boolean admit(Path root) {
        int max = context.limits().files();
        if (++collected == max + 1) {
            context.error(Range.fileStart(root), "more than " + max + " files to scan, the rest is not read "
                    + Limits.howToRaise("files"));
        }
        return collected <= max;
    }

    private static String name(Path p) {
        return p.getFileName() == null ? "" : p.getFileName().toString();
    }

    /** Includes narrow the walk to matching files; directories are always entered, as their files may match. */
    private boolean included(Path file) {
        return includes.isEmpty() || matchesAny(includes, file);
    }

    private boolean excluded(Path p) {
        return !excludes.isEmpty() && matchesAny(excludes, p);
    }

    private boolean matchesAny(List<PathMatcher> matchers, Path p) {
        Path wd = context.request().workingDirectory();
        Path rel = p.startsWith(wd) ? wd.relativize(p) : p;
        for (PathMatcher m : matchers) {
            if (m.matches(rel) || m.matches(p) || (p.getFileName() != null && m.matches(p.getFileName()))) {
                return true;
            }
        }
        return false;
    }
}
