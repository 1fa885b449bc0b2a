package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One resource entry of a template as a {@link CloudFormationAdapter} sees it, whatever its service: logical id,
 * type, where its key is, what its {@code Condition} and an enclosing {@code Fn::ForEach} say, the suppressions
 * written at it, and its properties evaluated with the template's parameters, mappings and conditions.
 */
public final class CloudFormationResource {

    private final CloudFormationTemplate template;
    private final TemplateEvaluator evaluator;
    private final Node.Entry entry;
    private final String logicalId;
    private final String type;
    private final MapNode body;
    private final List<Evidence> loopEvidence;
    /** The loop identifiers in scope where the entry is written, so evaluation is the same whenever it happens. */
    private final Map<String, Value<Object>> bindings;

    /**
     * @param entry        the entry as written ({@code Model:} or a loop's {@code Model${Name}:})
     * @param logicalId    the logical id it yields (a loop's key with the identifier's value substituted)
     * @param loopEvidence how an enclosing {@code Fn::ForEach} bound its identifiers, else empty
     */
    CloudFormationResource(CloudFormationTemplate template, TemplateEvaluator evaluator, Node.Entry entry,
            String logicalId, String type, MapNode body, List<Evidence> loopEvidence) {
        this.template = template;
        this.evaluator = evaluator;
        this.entry = entry;
        this.logicalId = logicalId;
        this.type = type;
        this.body = body;
        this.loopEvidence = loopEvidence;
        this.bindings = evaluator.bindings();
    }

    /** The logical id, e.g. {@code Model}. */
    public String logicalId() {
        return logicalId;
    }

    /** The {@code Type} as written, e.g. {@code AWS::SageMaker::Model}. */
    public String type() {
        return type;
    }

    /** The logical-id key: where findings on the resource, and evidence of what is missing in it, point. */
    public Range location() {
        return entry.keyRange();
    }

    /**
     * The format-independent facts: the {@code Condition} (a false one makes the resource dormant: judged as written,
     * with a note), the loop that generated it, and its suppressions.
     *
     * @param noun what evidence calls the resource ({@code model}: "the model is not created now")
     */
    public Resource resource(String noun) {
        Map<String, Value<Object>> outer = evaluator.enter(bindings);
        try {
            List<Evidence> context = new ArrayList<>(loopEvidence);
            List<String> notes = new ArrayList<>();
            if (body.get("Condition") instanceof ScalarNode cn && cn.text() != null) {
                Value<Boolean> cond = evaluator.condition(cn.text(), cn);
                Range at = cn.range();
                if (cond instanceof Value.Known<Boolean> k && !k.value()) {
                    context.add(new Evidence(at, "resource Condition " + cn.text() + " is false with these parameters:"
                            + " the " + noun + " is not created now, and is judged as written"));
                    notes.add("dormant: Condition " + cn.text() + " is false with these parameters");
                } else {
                    context.add(new Evidence(at, "resource Condition " + cn.text()
                            + (cond instanceof Value.Known ? " is true" : " cannot be known")));
                }
            }
            return new Resource(type, logicalId, null, SourceFormat.CLOUDFORMATION, location(), notes, context,
                    ResourceSuppressions.of(template, entry, body));
        } finally {
            evaluator.restore(outer);
        }
    }

    /**
     * The boolean property at {@code path} under {@code Properties} ({@code EnableNetworkIsolation},
     * {@code NetworkConfig.EnableNetworkIsolation}), with the evidence chain that produced it. A missing property —
     * or a missing, null or {@code AWS::NoValue} mapping on the way — is absent, and the evidence says it defaults to
     * {@code serviceDefault}; a mapping on the way that cannot be known makes the property unknown.
     */
    public Value<Boolean> booleanProperty(String path, boolean serviceDefault) {
        Map<String, Value<Object>> outer = evaluator.enter(bindings);
        try {
            return booleanAt(path, String.valueOf(serviceDefault));
        } finally {
            evaluator.restore(outer);
        }
    }

    /**
     * What the property at {@code path} under {@code Properties} names (SPEC §12): {@code ProductionVariants[*].ModelName}
     * follows every item of a list. See {@link PropertyReferences}.
     */
    public List<Reference> references(String path) {
        Map<String, Value<Object>> outer = evaluator.enter(bindings);
        try {
            return PropertyReferences.at(evaluator, body.get("Properties"), path);
        } finally {
            evaluator.restore(outer);
        }
    }

    /** {@code Properties} evaluated (in the caller's bindings), or {@code null} when the resource has none. */
    private Value<Object> properties() {
        Node props = body.get("Properties");
        return props == null ? null : evaluator.eval(props);
    }

    /** The resource's own name setting: the top-level {@code property} ({@code ModelName}, …). */
    public NameSetting name(String property) {
        Map<String, Value<Object>> outer = evaluator.enter(bindings);
        try {
            Value<Object> v = properties();
            Node map = v instanceof Value.Known<Object> k && k.value() instanceof MapNode m ? m : null;
            return PropertyReferences.name(evaluator, map, property, location());
        } finally {
            evaluator.restore(outer);
        }
    }

    /**
     * Whether the property at {@code path} under {@code Properties} is set
     * ({@code MonitoringScheduleConfig.MonitoringJobDefinition}): false when it, or a mapping on the way, is missing,
     * null or {@code AWS::NoValue}; true when it is set — or cannot be known, so that what depends on it is judged
     * (as unknown) rather than silently skipped.
     */
    public boolean isSet(String path) {
        Map<String, Value<Object>> outer = evaluator.enter(bindings);
        try {
            Value<Object> v = properties();
            int from = 0;
            while (v != null && !(v instanceof Value.Absent)) {
                if (from > path.length()) {
                    return true;
                }
                if (!(v instanceof Value.Known<Object> k && k.value() instanceof MapNode map)) {
                    return true;
                }
                int dot = path.indexOf('.', from);
                Node.Entry e = map.entry(dot < 0 ? path.substring(from) : path.substring(from, dot));
                v = e == null ? null : evaluator.eval(e.value());
                from = dot < 0 ? path.length() + 1 : dot + 1;
            }
            return false;
        } finally {
            evaluator.restore(outer);
        }
    }

    private Value<Boolean> booleanAt(String path, String byDefault) {
        Range at = location();
        Node props = body.get("Properties");
        if (props == null) {
            return Value.absent(path + " is not set, and the service default is " + byDefault,
                    List.of(new Evidence(at, "no Properties: " + path + " defaults to " + byDefault)));
        }
        Value<Object> propsValue = evaluator.eval(props);
        if (!(propsValue instanceof Value.Known<Object> pk) || !(pk.value() instanceof MapNode properties)) {
            if (propsValue instanceof Value.Absent) {
                return Value.absent(path + " is not set", propsValue.evidence());
            }
            String reason = propsValue instanceof Value.Unknown<Object> u ? u.reason() : "Properties is not a mapping";
            return Value.unknown("Properties cannot be evaluated: " + reason, propsValue.evidence());
        }
        // The chain starts at the property path (as ISO001's always has); a mapping on the way adds its own steps.
        List<Evidence> chain = new ArrayList<>();
        MapNode map = properties;
        Range mapAt = at;
        int from = 0;
        while (true) {
            int dot = path.indexOf('.', from);
            boolean leaf = dot < 0;
            String prefix = leaf ? path : path.substring(0, dot);
            Node.Entry e = map.entry(leaf ? path.substring(from) : path.substring(from, dot));
            if (e == null) {
                chain.add(new Evidence(mapAt, leaf ? path + " is not set: defaults to " + byDefault
                        : prefix + " is not set: " + path + " defaults to " + byDefault));
                return Value.absent(path + " is not set, and the service default is " + byDefault, chain);
            }
            Evidence written = evaluator.source(e.keyRange());
            if (leaf) {
                return leaf(path, byDefault, e.value(), written, chain);
            }
            Value<Object> v = evaluator.eval(e.value());
            if (!(v instanceof Value.Known<Object> k && k.value() instanceof MapNode && k.evidence().isEmpty())) {
                // Not a mapping written out: how it was decided (or why it cannot be) is part of the chain.
                chain.add(written);
                chain.addAll(v.evidence());
            }
            if (v instanceof Value.Known<Object> k && k.value() instanceof MapNode next) {
                map = next;
                mapAt = written.location();
                from = dot + 1;
            } else if (v instanceof Value.Absent<Object> a) {
                return Value.absent(prefix + " is " + a.reason() + ", so " + path + " defaults to " + byDefault, chain);
            } else if (v instanceof Value.Unknown<Object> u) {
                return Value.unknown(prefix + " cannot be evaluated: " + u.reason(), chain);
            } else {
                return Value.unknown(prefix + " is not a mapping", chain);
            }
        }
    }

    private Value<Boolean> leaf(String path, String byDefault, Node value, Evidence written, List<Evidence> chain) {
        Value<Boolean> v = evaluator.toBoolean(evaluator.eval(value), value);
        chain.add(written);
        chain.addAll(v.evidence());
        if (v instanceof Value.Known<Boolean> k) {
            chain.add(new Evidence(written.location(), path + " = " + k.value()));
            return Value.known(k.value(), chain);
        }
        if (v instanceof Value.Absent<Boolean> a) {
            return Value.absent(path + " is " + a.reason() + ", so it defaults to " + byDefault, chain);
        }
        return Value.unknown(((Value.Unknown<Boolean>) v).reason(), chain);
    }
}
