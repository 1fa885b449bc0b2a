package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.rule.Suppression;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.ServiceResource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.model.Value;
import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.model.Location;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.suppress.SuppressionComments;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.TreeReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CloudFormation templates (JSON or YAML; plain, SAM, CDK output, Serverless Framework
 * {@code resources.Resources}) into SageMaker models. A sniffed candidate that parses but is not a
 * template is ignored; one that does not parse is an error.
 */
public final class CloudFormationReader implements DocumentReader {

    static final String MODEL_TYPE = "AWS::SageMaker::Model";
    static final String ATTRIBUTE = "EnableNetworkIsolation";

    private volatile ParameterValues parameterValues;
    private final NestedStacks nestedStacks = new NestedStacks();

    @Override
    public Outcome read(SourceFile file, ScanContext context) {
        if (file.decodeError() != null) {
            context.error(Location.of(file.path(), file.decodeErrorLine(), 1), file.decodeError());
            return new Outcome(true, List.of());
        }
        String text = file.text();
        Node root;
        try {
            root = TreeReader.read(text, context.treeLimits());
        } catch (TreeParseException e) {
            context.error(Location.of(file.path(), e.line(), e.column()), e.getMessage());
            return new Outcome(true, List.of());
        }
        if (!(root instanceof MapNode template)) {
            return Outcome.NOT_MINE;
        }
        MapNode resources = resourcesOf(template);
        boolean declared = template.get("AWSTemplateFormatVersion") != null;
        if (resources == null || !(declared || hasAwsTypes(resources))) {
            return declared ? new Outcome(true, List.of()) : Outcome.NOT_MINE;
        }
        // Serverless Framework keeps the template under resources:, with its own Parameters etc. there.
        MapNode scope = template.get("Resources") == resources ? template : (MapNode) template.get("resources");
        if (file.path() != SourceFile.STDIN) {
            nestedStacks.record(file.path(), resources);
        }
        List<String> lines = file.lines();
        TemplateEvaluator evaluator = new TemplateEvaluator(file.path(), lines, scope, resources, parameters(context),
                context.limits().depth());
        List<ServiceResource> models = new ArrayList<>();
        collectModels(resources, file, lines, evaluator, text, models, 0);
        return new Outcome(true, models);
    }

    private void collectModels(MapNode resources, SourceFile file, List<String> lines, TemplateEvaluator evaluator,
            String text, List<ServiceResource> models, int loopDepth) {
        for (Node.Entry e : resources.entries()) {
            if (e.value() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && MODEL_TYPE.equals(t.text())) {
                models.add(model(file, lines, e, e.key(), r, evaluator, text, List.of()));
            } else if (e.key().startsWith(ForEachLoop.PREFIX) && loopDepth < ForEachLoop.MAX_NESTING) {
                ForEachLoop.expand(e, evaluator, (entry, key, resource, bindingEvidence) ->
                        models.add(model(file, lines, entry, key, resource, evaluator, text, bindingEvidence)),
                        nested -> collectModels(nested, file, lines, evaluator, text, models, loopDepth + 1));
            }
        }
    }

    /**
     * Once every template of a scan is read: the models of nested-stack templates addressed
     * {@code Parent/Child} by the logical ids of the stack resources that include them.
     */
    public List<ServiceResource> addressNestedStacks(List<ServiceResource> models) {
        return nestedStacks.addressed(models);
    }

    private ParameterValues parameters(ScanContext context) {
        ParameterValues p = parameterValues;
        if (p == null) {
            synchronized (this) {
                if (parameterValues == null) {
                    parameterValues = ParameterValues.load(context);
                }
                p = parameterValues;
            }
        }
        return p;
    }


    private static MapNode resourcesOf(MapNode template) {
        if (template.get("Resources") instanceof MapNode r) {
            return r;
        }
        if (template.get("resources") instanceof MapNode sls && sls.get("Resources") instanceof MapNode r) {
            return r;
        }
        return null;
    }

    private static boolean hasAwsTypes(MapNode resources) {
        for (Node.Entry e : resources.entries()) {
            if (e.value() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && t.text() != null
                    && (t.text().startsWith("AWS::") || t.text().startsWith("Custom::"))) {
                return true;
            }
        }
        return false;
    }

    private SageMakerModel model(SourceFile file, List<String> lines, Node.Entry entry, String id, MapNode resource,
            TemplateEvaluator evaluator, String text, List<Evidence> loopEvidence) {
        Location at = Location.of(file.path(), entry.keySpan().line(), entry.keySpan().column());
        Value<Boolean> isolation = isolation(resource, evaluator, at);
        List<Evidence> context = new ArrayList<>(loopEvidence);
        List<String> notes = new ArrayList<>();
        if (resource.get("Condition") instanceof ScalarNode cn && cn.text() != null) {
            Value<Boolean> cond = evaluator.condition(cn.text(), cn);
            if (cond instanceof Value.Known<Boolean> k && !k.value()) {
                context.add(new Evidence(Location.of(file.path(), cn.span().line(), cn.span().column()),
                        "resource Condition " + cn.text() + " is false with these parameters: the model is not"
                                + " created now, and is judged as written"));
                notes.add("dormant: Condition " + cn.text() + " is false with these parameters");
            } else {
                context.add(new Evidence(Location.of(file.path(), cn.span().line(), cn.span().column()),
                        "resource Condition " + cn.text() + (cond instanceof Value.Known ? " is true" : " cannot be known")));
            }
        }
        List<InlineSuppression> suppressions = new ArrayList<>(metadataSuppressions(file, resource));
        if (!TreeReader.looksLikeJson(text)) {
            suppressions.addAll(SuppressionComments.find(lines, entry.keySpan().line(), resource.span().endLine(), file.path()));
        }
        return new SageMakerModel(new Resource(MODEL_TYPE, id, null, SourceFormat.CLOUDFORMATION, at, notes, context, suppressions),
                Setting.single(isolation));
    }

    private static Value<Boolean> isolation(MapNode resource, TemplateEvaluator evaluator, Location at) {
        Node props = resource.get("Properties");
        if (props == null) {
            return Value.absent(ATTRIBUTE + " is not set, and the service default is false",
                    List.of(new Evidence(at, "no Properties: " + ATTRIBUTE + " defaults to false")));
        }
        Value<Object> propsValue = evaluator.eval(props);
        if (!(propsValue instanceof Value.Known<Object> pk) || !(pk.value() instanceof MapNode properties)) {
            if (propsValue instanceof Value.Absent) {
                return Value.absent(ATTRIBUTE + " is not set", propsValue.evidence());
            }
            String reason = propsValue instanceof Value.Unknown<Object> u ? u.reason() : "Properties is not a mapping";
            return Value.unknown("Properties cannot be evaluated: " + reason, propsValue.evidence());
        }
        Node.Entry attr = properties.entry(ATTRIBUTE);
        if (attr == null) {
            return Value.absent(ATTRIBUTE + " is not set, and the service default is false",
                    List.of(new Evidence(at, ATTRIBUTE + " is not set: defaults to false")));
        }
        Evidence written = evaluator.source(attr.keySpan().line(), attr.keySpan().column());
        Value<Boolean> v = evaluator.toBoolean(evaluator.eval(attr.value()), attr.value());
        List<Evidence> chain = new ArrayList<>();
        chain.add(written);
        chain.addAll(v.evidence());
        if (v instanceof Value.Known<Boolean> k) {
            chain.add(new Evidence(written.location(), ATTRIBUTE + " = " + k.value()));
            return Value.known(k.value(), chain);
        }
        if (v instanceof Value.Absent<Boolean> a) {
            return Value.absent(ATTRIBUTE + " is " + a.reason() + ", so it defaults to false", chain);
        }
        return Value.unknown(((Value.Unknown<Boolean>) v).reason(), chain);
    }

    /** {@code Metadata: {isolint: {ignore: [...]}}} and Checkov's {@code Metadata: {checkov: {skip: [...]}}}. */
    private static List<InlineSuppression> metadataSuppressions(SourceFile file, MapNode resource) {
        List<InlineSuppression> out = new ArrayList<>();
        if (!(resource.get("Metadata") instanceof MapNode meta)) {
            return out;
        }
        collect(out, file, meta.get("isolint"), "ignore", "reason");
        collect(out, file, meta.get("checkov"), "skip", "comment");
        return out;
    }

    private static void collect(List<InlineSuppression> out, SourceFile file, Node tool, String listKey, String reasonKey) {
        if (!(tool instanceof MapNode t) || !(t.get(listKey) instanceof SeqNode list)) {
            return;
        }
        for (Node item : list.items()) {
            if (item instanceof MapNode m && m.get("id") instanceof ScalarNode id && id.text() != null) {
                String reason = m.get(reasonKey) instanceof ScalarNode r ? SuppressionComments.blankToNull(r.text()) : null;
                if (reason == null && m.get("reason") instanceof ScalarNode r2) {
                    reason = SuppressionComments.blankToNull(r2.text());
                }
                LocalDate expires = m.get("expires") instanceof ScalarNode ex ? SuppressionComments.date(ex.text()) : null;
                out.add(new InlineSuppression(Suppression.METADATA, id.text(), reason, expires,
                        Location.of(file.path(), item.span().line(), item.span().column())));
            }
        }
    }
}
