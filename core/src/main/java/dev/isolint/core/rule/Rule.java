package dev.isolint.core.rule;

import dev.isolint.core.model.ServiceResource;

/**
 * A check written once against the typed resource model; it never sees an input format.
 *
 * @param <T> the typed record it judges
 */
public interface Rule<T extends ServiceResource> {

    RuleMetadata metadata();

    /** The typed record this rule judges; the engine hands it every record of this type. */
    Class<T> subject();

    /** Judges one resource. */
    Finding judge(T resource);
}
