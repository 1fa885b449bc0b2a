package dev.isolint.core.internal.fix;

import dev.isolint.core.rule.Finding;
import java.nio.file.Path;
import java.util.List;

/** The fix in one file of one format: parsed once, asked once per failing result in it. */
interface FormatFixer {

    /** The file's text with its parser's positions. */
    SourceText source();

    /** Whether {@code text} still parses: an edit that would break the file is never written. */
    boolean parses(Path file, String text);

    /** The edits that fix {@code finding}. */
    Fix fix(Finding finding) throws Refusal;

    /** The edits of one result. */
    record Fix(List<Change> changes) {
    }
}
