package dev.isolint.core.internal.suppress;

import dev.isolint.core.model.Range;
import java.time.LocalDate;

/**
 * One entry of an ignore file: an accepted risk for the resources it names.
 *
 * @param rule     the rule named ({@code ISO001}, its slug, or a peer tool's id such as {@code CKV_AWS_370})
 * @param address  the resource address, exact or a glob ({@code *}, {@code ?})
 * @param file     the file the resource is in, relative to the ignore file's directory, exact or a
 *                 glob ({@code **}, {@code *}, {@code ?}); {@code null} for any file
 * @param callPath the call path of a Terraform result ({@code envs/prod/main.tf: module.ml}, its root file
 *                 relative to the ignore file's directory), exact or a glob as {@code file}; {@code null}
 *                 for every call path
 * @param reason   why the risk is accepted; {@code null} when missing (then it does not suppress)
 * @param expires  the last day it suppresses, or {@code null}
 * @param location where the entry is written (the ignore file and the entry's line)
 */
public record IgnoreEntry(String rule, String address, String file, String callPath, String reason,
        LocalDate expires, Range location) {

    /** An entry for every call path. */
    public IgnoreEntry(String rule, String address, String file, String reason, LocalDate expires, Range location) {
        this(rule, address, file, null, reason, expires, location);
    }
}
