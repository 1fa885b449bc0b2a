package dev.isolint.core.internal.suppress;

import dev.isolint.core.api.ScanRequest;
import dev.isolint.core.internal.scan.NearestFile;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.source.ReadFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds and reads the ignore files a scan uses. An explicit {@code --ignore-file} is the only one
 * then. Otherwise {@code .isolint-ignore.yml} is read from the working directory or its nearest parent
 * up to the repository root (the configuration file's lookup, {@link NearestFile}), and from every
 * directory named on the command line: the working directory counts because a pre-commit hook or
 * an editor names single files, and a team's accepted risks must hold there too; its parents count so
 * that a baseline written at the repository root holds in a subdirectory's run.
 */
public final class IgnoreFiles {

    private IgnoreFiles() {
    }

    /** The ignore files {@code request} uses that exist (an explicit one is returned even when missing). */
    public static List<Path> locate(ScanRequest request) {
        Path wd = request.workingDirectory();
        if (request.ignoreFile() != null) {
            return List.of(wd.resolve(request.ignoreFile()).toAbsolutePath().normalize());
        }
        Set<Path> files = new LinkedHashSet<>();
        Path nearest = NearestFile.find(wd, IgnoreFile.DEFAULT_NAME);
        if (nearest != null) {
            files.add(nearest);
        }
        for (String p : request.paths()) {
            if (p.equals("-")) {
                continue;
            }
            Path abs = wd.resolve(p).toAbsolutePath().normalize();
            Path f = abs.resolve(IgnoreFile.DEFAULT_NAME);
            if (Files.isDirectory(abs) && Files.isRegularFile(f)) {
                files.add(f);
            }
        }
        return new ArrayList<>(files);
    }

    /** Reads every ignore file of the scan; a missing explicit file or a malformed one is an input error. */
    public static List<IgnoreFile> load(ScanContext context) {
        List<IgnoreFile> out = new ArrayList<>();
        for (Path p : locate(context.request())) {
            try {
                out.add(read(p));
            } catch (IgnoreFileException e) {
                context.error(Range.of(p, e.line(), e.column()), "ignore file: " + e.getMessage());
            }
        }
        return out;
    }

    /** Reads one ignore file; an unreadable file is reported like a malformed one, at its start. */
    public static IgnoreFile read(Path file) throws IgnoreFileException {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IgnoreFileException("no such file", 1, 1);
        } catch (IOException e) {
            throw new IgnoreFileException(ReadFailure.describe(e), 1, 1);
        }
        return IgnoreFileReader.parse(file, text);
    }
}
