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

    /**
     * Whether this rule judges {@code resource}, one of its {@link #subject()} records: a rule may judge only some
     * records of a type (one kind of Model Monitor job definition). True unless the rule says otherwise.
     */
    default boolean judges(T resource) {
        return true;
    }

    /** Judges one resource. */
    Finding judge(T resource);
}
