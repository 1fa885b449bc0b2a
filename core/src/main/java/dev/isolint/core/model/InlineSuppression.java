package dev.isolint.core.model;

import dev.isolint.core.model.Range;
import java.time.LocalDate;

/**
 * A suppression written next to a resource in its source: an {@code isolint:ignore} comment,
 * resource {@code Metadata}, or a peer tool's equivalent (Checkov's {@code CKV_AWS_370}).
 *
 * @param kind      {@code inline} (comment) or {@code metadata}
 * @param ruleId    the rule named, as written ({@code ISO001}, {@code sagemaker-model-network-isolation}, {@code CKV_AWS_370})
 * @param reason    the reason given, or {@code null}/blank when none was given
 * @param expires   the day after which it no longer suppresses, or {@code null}
 * @param location  where it is written
 */
public record InlineSuppression(String kind, String ruleId, String reason, LocalDate expires, Range location) {
}
