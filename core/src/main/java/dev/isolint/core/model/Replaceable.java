package dev.isolint.core.model;

/**
 * A record that deploying an isolation fix replaces rather than updates (a model, a job definition, an endpoint
 * configuration that names a replaced model): its name decides whether the replacement can be deployed.
 */
public interface Replaceable extends ServiceResource {

    /** Its name setting and lifecycle. */
    Naming naming();
}
