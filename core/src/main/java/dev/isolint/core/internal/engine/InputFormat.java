package dev.isolint.core.internal.engine;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.model.ServiceResource;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One kind of input the engine reads (docs/architecture.md "Input formats"): which files it claims by name,
 * how it recognises its content, and a session that reads one scan's files of it. The engine names no format:
 * it asks the registered ones ({@link InputFormats#ALL}) in order. A format holds nothing of a scan; everything
 * a scan needs lives in the session it opens for that scan.
 */
interface InputFormat {

    /** Whether the name alone makes {@code file} an input of this format: it goes to {@link Session#start}, unsniffed. */
    default boolean claimsByName(Path file) {
        return false;
    }

    /**
     * Whether a file this format claims by name, named on the command line, stands for its whole directory
     * (a Terraform file names its module, SPEC §6).
     */
    default boolean namedFileMeansDirectory() {
        return false;
    }

    /** Whether a file of this name met in a directory walk is worth sniffing (named files always are). */
    default boolean sniffsName(Path file) {
        return false;
    }

    /**
     * Whether {@code file}'s content has this format's marks: a candidate, which the session confirms or declines
     * ({@link Session#read} false). The engine offers a file to the formats in registry order until one reads it,
     * so a plan candidate that is not a plan but is a template is read as a template.
     */
    default boolean sniff(SourceFile file) {
        return false;
    }

    /**
     * Why standard input that no format read was not scanned, when this format can tell (a Terraform variables
     * file, Terraform without a file name); else null.
     */
    default String notScannedHint(SourceFile file) {
        return null;
    }

    /** A new session reading this format's files of one scan. */
    Session open(ScanContext context);

    /** One scan's reading of one format. {@link #read} may be called from several threads at once. */
    interface Session {

        /**
         * Called once, before any {@link #read}, with the files this format claimed by name and the directories
         * named on the command line (with those of named files that stand for their directory). Work that can run
         * beside the reading of the documents starts here.
         */
        default void start(List<Path> claimed, Set<Path> namedDirectories) {
        }

        /**
         * Reads {@code file}, a candidate this format sniffed (or standard input it claims by name). Problems with
         * the input are errors of the scan's context; this never throws for bad input.
         *
         * @return whether the file is an input of this format (then no other format is offered it)
         */
        boolean read(SourceFile file);

        /** Once every file is read: what the session found. Waits for work {@link #start} began. */
        Finished finish();
    }

    /**
     * What one session found.
     *
     * @param files   files of this format read, readable or not (SPEC §6 summary)
     * @param records the typed resource records
     */
    record Finished(int files, List<ServiceResource> records) {
        public Finished {
            records = List.copyOf(records);
        }
    }
}
