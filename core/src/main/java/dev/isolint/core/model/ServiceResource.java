package dev.isolint.core.model;

/**
 * A record of the typed resource model of one service (e.g. {@link SageMakerModel}): what an adapter makes of a
 * resource in any input format, and what rules are written against.
 */
public interface ServiceResource {

    /** The format-independent facts: type, address, location, suppressions. */
    Resource resource();

    /** This record with {@code replacement} as its resource facts (same typed attributes). */
    ServiceResource withResource(Resource replacement);
}
