package dev.isolint.core.internal.impact;

import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.Endpoint;
import dev.isolint.core.model.EndpointConfig;
import dev.isolint.core.model.Impact;
import dev.isolint.core.model.InferenceComponent;
import dev.isolint.core.model.MonitoringJobDefinition;
import dev.isolint.core.model.MonitoringSchedule;
import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.Replaceable;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.rule.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the records of one scan (SPEC §12): which endpoint configurations, inference components and monitoring
 * schedules use each model and job definition, which endpoints use those configurations, and so what deploying
 * an isolation fix replaces or updates, with the hazards that can make it fail. Linking stays within what can
 * refer: one CloudFormation template (other templates, such as nested stacks, only by literal name), one Terraform
 * root's evaluation (across its modules), one plan.
 */
public final class ImpactAnalyzer {

    /** A resource that uses another, and whether it surely does (else it may: its name is not known). */
    private record Use(ServiceResource user, boolean certain) {
    }

    /** Identity maps: records are values whose generated hashCode a one-file scan would pay to bootstrap. */
    private final Map<ServiceResource, List<Use>> users = new IdentityHashMap<>();

    private ImpactAnalyzer() {
    }

    /** Links {@code records}, all records of one scan. */
    public static ImpactAnalyzer link(List<ServiceResource> records) {
        ImpactAnalyzer analyzer = new ImpactAnalyzer();
        boolean consumers = false;
        for (ServiceResource r : records) {
            consumers |= !references(r).isEmpty();
        }
        if (consumers) {
            // Only a scan that has users of anything pays for the indexes.
            analyzer.resolve(records);
        }
        return analyzer;
    }

    private void resolve(List<ServiceResource> records) {
        Map<String, List<ServiceResource>> byScope = new HashMap<>();
        List<ServiceResource> templates = new ArrayList<>();
        for (ServiceResource r : records) {
            // Plain get/put, no lambdas: the start-up path of a one-file scan stays off the method-handle machinery.
            String key = scope(r.resource());
            List<ServiceResource> inScope = byScope.get(key);
            if (inScope == null) {
                inScope = new ArrayList<>();
                byScope.put(key, inScope);
            }
            inScope.add(r);
            if (r.resource().format() == SourceFormat.CLOUDFORMATION) {
                templates.add(r);
            }
        }
        for (ServiceResource user : records) {
            List<ServiceResource> scope = byScope.get(scope(user.resource()));
            for (Reference ref : references(user)) {
                Class<?> target = targetOf(user);
                if (ref instanceof Reference.ToResource to) {
                    for (ServiceResource candidate : scope) {
                        if (target.isInstance(candidate) && candidate != user
                                && sameAddress(candidate.resource(), to.address())) {
                            use(candidate, user, true);
                        }
                    }
                } else if (ref instanceof Reference.ByName byName) {
                    List<ServiceResource> among = user.resource().format() == SourceFormat.CLOUDFORMATION ? templates
                            : scope;
                    for (ServiceResource candidate : among) {
                        if (target.isInstance(candidate) && candidate != user
                                && named(candidate, byName.name())) {
                            use(candidate, user, true);
                        }
                    }
                } else {
                    for (ServiceResource candidate : scope) {
                        if (target.isInstance(candidate) && candidate != user) {
                            use(candidate, user, false);
                        }
                    }
                }
            }
        }
    }

    private void use(ServiceResource used, ServiceResource user, boolean certain) {
        List<Use> list = users.get(used);
        if (list == null) {
            list = new ArrayList<>();
            users.put(used, list);
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).user() == user) {
                if (certain && !list.get(i).certain()) {
                    list.set(i, new Use(user, true));
                }
                return;
            }
        }
        list.add(new Use(user, certain));
    }

    /**
     * The impact of fixing {@code judged}, which a rule judged {@code verdict}: for a model or job definition, what
     * uses it (effect {@code none} when it passes) and the hazards; for a schedule that embeds its definition,
     * nothing (its fix updates it in place).
     */
    public Impact impact(ServiceResource judged, Verdict verdict) {
        if (!(judged instanceof Replaceable replaced)) {
            return Impact.NONE;
        }
        boolean fixed = verdict != Verdict.PASS;
        List<Impact.Entry> entries = new ArrayList<>();
        List<Impact.Hazard> hazards = new ArrayList<>();
        List<Replaceable> alsoReplaced = new ArrayList<>();
        for (Use u : users.getOrDefault(judged, List.of())) {
            boolean config = u.user() instanceof EndpointConfig;
            add(entries, u.user(), fixed ? (config ? Impact.Effect.REPLACED : Impact.Effect.UPDATED)
                    : Impact.Effect.NONE, u.certain());
            if (config) {
                if (u.certain()) {
                    alsoReplaced.add((Replaceable) u.user());
                }
                for (Use e : users.getOrDefault(u.user(), List.of())) {
                    add(entries, e.user(), fixed ? Impact.Effect.UPDATED : Impact.Effect.NONE,
                            u.certain() && e.certain());
                }
            }
        }
        entries.sort(ENTRY_ORDER);
        if (fixed) {
            Hazards.customName(replaced, alsoReplaced, hazards);
            Hazards.createBeforeDestroy(replaced, this, hazards);
            for (Replaceable config : alsoReplaced) {
                Hazards.createBeforeDestroy(config, this, hazards);
            }
        }
        if (entries.isEmpty()) {
            hazards.add(Hazards.unused(judged));
        }
        return new Impact(entries, hazards);
    }

    /** The resources that surely use {@code used}, directly. */
    List<ServiceResource> certainUsers(ServiceResource used) {
        List<ServiceResource> out = new ArrayList<>();
        for (Use u : users.getOrDefault(used, List.of())) {
            if (u.certain()) {
                out.add(u.user());
            }
        }
        return out;
    }

    private static void add(List<Impact.Entry> entries, ServiceResource user, Impact.Effect effect, boolean certain) {
        Resource r = user.resource();
        for (int i = 0; i < entries.size(); i++) {
            Impact.Entry e = entries.get(i);
            if (e.address().equals(r.address()) && e.location().equals(r.location())) {
                if (certain && !e.certain()) {
                    entries.set(i, new Impact.Entry(e.address(), e.type(), e.location(), e.effect(), true, e.notes()));
                }
                return;
            }
        }
        entries.add(new Impact.Entry(r.address(), r.type(), r.location(), effect, certain, r.notes()));
    }

    /** Where the entries are written, then address; a class rather than a lambda, for the start-up path. */
    private static final Comparator<Impact.Entry> ENTRY_ORDER = new Comparator<>() {
        @Override
        public int compare(Impact.Entry a, Impact.Entry b) {
            int c = a.location().compareStart(b.location());
            return c != 0 ? c : a.address().compareTo(b.address());
        }
    };

    /** The references a record makes to resources it uses. */
    private static List<Reference> references(ServiceResource r) {
        if (r instanceof EndpointConfig c) {
            return c.models();
        }
        if (r instanceof Endpoint e) {
            return e.endpointConfigs();
        }
        if (r instanceof InferenceComponent i) {
            return i.models();
        }
        if (r instanceof MonitoringSchedule s) {
            return s.jobDefinitions();
        }
        return List.of();
    }

    /** The kind of record a user's references name. */
    private static Class<?> targetOf(ServiceResource user) {
        if (user instanceof Endpoint) {
            return EndpointConfig.class;
        }
        return user instanceof MonitoringSchedule ? MonitoringJobDefinition.class : SageMakerModel.class;
    }

    /**
     * What can refer to what: one template file, one Terraform root (the directory of its root module), one plan.
     */
    private static String scope(Resource r) {
        if (r.format() == SourceFormat.TERRAFORM && r.callPath() != null) {
            CallPath p = r.callPath();
            Path root = p.throughModules() ? p.root().getParent() : p.root();
            return "tf:" + root;
        }
        return r.format().id() + ":" + r.location().file();
    }

    /**
     * Whether {@code r} is the resource at {@code address}; a template's record in a nested stack is addressed
     * {@code Parent/Child}, and its template refers to it by the logical id alone.
     */
    private static boolean sameAddress(Resource r, String address) {
        String own = r.address();
        if (r.format() == SourceFormat.CLOUDFORMATION) {
            own = own.substring(own.lastIndexOf('/') + 1);
        } else if (r.format() == SourceFormat.TERRAFORM_PLAN) {
            own = withoutKeys(own);
        }
        return own.equals(address);
    }

    /** A plan address without its instance keys ({@code module.a["x"].aws_x.m[0]} → {@code module.a.aws_x.m}). */
    static String withoutKeys(String address) {
        StringBuilder sb = new StringBuilder(address.length());
        boolean inKey = false;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (!inKey) {
                if (c == '[') {
                    inKey = true;
                } else {
                    sb.append(c);
                }
            } else if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ']') {
                inKey = false;
            }
        }
        return sb.toString();
    }

    private static boolean named(ServiceResource candidate, String name) {
        NameSetting n = ((Replaceable) candidate).naming().name();
        return n.kind() == NameSetting.Kind.LITERAL && n.literals().contains(name);
    }
}
