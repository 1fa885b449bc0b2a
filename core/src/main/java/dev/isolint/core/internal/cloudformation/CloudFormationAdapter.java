package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.model.ServiceResource;
import java.util.List;

/**
 * Turns the resources of one service in a CloudFormation template into the typed record rules judge (one small
 * adapter per service, in {@code internal.adapter.cloudformation}). The reader evaluates only the
 * resource entries whose {@code Type} some adapter claims, and hands each to every adapter that claims it.
 * Adapters are stateless: one instance serves every scan, concurrently.
 */
public interface CloudFormationAdapter {

    /** The resource types this adapter adapts, as written in a template's {@code Type}. */
    List<String> types();

    /**
     * The typed record of {@code resource}, whose type is one of {@link #types()}; {@code null} when the resource is
     * no record of this adapter's (a monitoring schedule that only names its job definition).
     */
    ServiceResource adapt(CloudFormationResource resource);

    /**
     * The property under {@code Properties} whose value the record's setting is ({@code NetworkConfig.EnableNetworkIsolation}),
     * dotted: what {@code isolint fix} sets to {@code true}. The adapter reads the same path, so it is said once.
     * {@code null} for an adapter of resources that are judged by no rule (an endpoint configuration, read for the
     * impact of a fix).
     */
    default String settingPath() {
        return null;
    }
}
