package dev.isolint.core.internal.impact;

import dev.isolint.core.model.Endpoint;
import dev.isolint.core.model.EndpointConfig;
import dev.isolint.core.model.Impact;
import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Replaceable;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.SourceFormat;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The words and conditions of the three hazards of SPEC §12; messages name addresses, never machine paths. */
final class Hazards {

    private Hazards() {
    }

    /**
     * {@code custom-name}: in CloudFormation, the judged resource or an endpoint configuration replaced with it sets
     * its name property, literal or expression: CloudFormation cannot replace a custom-named resource.
     */
    static void customName(Replaceable judged, List<Replaceable> alsoReplaced, List<Impact.Hazard> out) {
        List<Replaceable> all = new ArrayList<>();
        all.add(judged);
        all.addAll(alsoReplaced);
        for (Replaceable r : all) {
            NameSetting name = r.naming().name();
            if (r.resource().format() != SourceFormat.CLOUDFORMATION || !name.isSet()) {
                continue;
            }
            out.add(new Impact.Hazard(Impact.Hazard.Kind.CUSTOM_NAME, "CloudFormation cannot replace a custom-named"
                    + " resource: " + noun(r) + " " + r.resource().address() + " sets " + name.property()
                    + (name.kind() == NameSetting.Kind.LITERAL ? " (" + String.join(", ", name.literals()) + ")" : "")
                    + "; give it a new name in the same change (or remove " + name.property()
                    + " so CloudFormation generates one), else the update fails"));
        }
    }

    /**
     * {@code create-before-destroy}: in Terraform, a replaced resource with a literal name and
     * {@code create_before_destroy} in effect — set on it, or on a resource that depends on it, from which Terraform
     * propagates it — whose replacement would be created under the old one's name while that still exists.
     */
    static void createBeforeDestroy(Replaceable replaced, ImpactAnalyzer links, List<Impact.Hazard> out) {
        NameSetting name = replaced.naming().name();
        if (replaced.resource().format() != SourceFormat.TERRAFORM || name.kind() != NameSetting.Kind.LITERAL) {
            return;
        }
        String from = replaced.naming().createBeforeDestroy() != null ? "set on it"
                : inheritedFrom(replaced, links, new IdentityHashMap<>());
        if (from == null) {
            return;
        }
        out.add(new Impact.Hazard(Impact.Hazard.Kind.CREATE_BEFORE_DESTROY, "create_before_destroy is in effect for "
                + noun(replaced) + " " + replaced.resource().address() + " (" + from + ") and its " + name.property()
                + " is the literal \"" + String.join("\", \"", name.literals()) + "\": the replacement would be"
                + " created under the same name while the old one still exists, and the apply fails; change the name"
                + " in the same change, or leave " + name.property() + " unset"));
    }

    /** The dependent resource whose {@code create_before_destroy} Terraform propagates to {@code used}, or null. */
    private static String inheritedFrom(ServiceResource used, ImpactAnalyzer links, Map<ServiceResource, Boolean> seen) {
        if (seen.put(used, Boolean.TRUE) != null) {
            return null;
        }
        for (ServiceResource user : links.certainUsers(used)) {
            Range set = user instanceof EndpointConfig c ? c.naming().createBeforeDestroy()
                    : user instanceof Endpoint e ? e.createBeforeDestroy() : null;
            if (set != null) {
                return "inherited from " + user.resource().address() + ", which depends on it";
            }
            String further = inheritedFrom(user, links, seen);
            if (further != null) {
                return further;
            }
        }
        return null;
    }

    /** {@code unused}: nothing in the scanned configuration uses {@code judged}. */
    static Impact.Hazard unused(ServiceResource judged) {
        String message = judged instanceof MonitoringJobDefinition
                ? "no monitoring schedule here uses it; check schedules managed elsewhere:"
                        + " `aws sagemaker list-monitoring-schedules`"
                : "no endpoint here uses it; check endpoints managed elsewhere: `aws sagemaker list-endpoint-configs`";
        return new Impact.Hazard(Impact.Hazard.Kind.UNUSED, message);
    }

    private static String noun(ServiceResource r) {
        if (r instanceof EndpointConfig) {
            return "endpoint configuration";
        }
        return r instanceof MonitoringJobDefinition ? "job definition" : "model";
    }
}
