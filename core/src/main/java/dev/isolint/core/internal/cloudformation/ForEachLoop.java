package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Value;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.Node.SeqNode;
import java.util.List;

/**
 * {@code Fn::ForEach::Name: [Identifier, Collection, {OutputKey: Resource}]} of the
 * {@code AWS::LanguageExtensions} transform. With a known collection every generated logical id is
 * its own resource; with an unknown one the resource is judged once as written, addressed by its key
 * template, so a loop can never hide a resource.
 */
final class ForEachLoop {

    static final String PREFIX = "Fn::ForEach::";
    static final int MAX_NESTING = 5;

    /** Receives the resources a loop yields, and the loops nested in it. */
    interface Sink {
        /** True when resources of {@code type} are read; only those are yielded. */
        boolean claims(String type);

        /** One resource the loop yields, with the identifiers' bindings in scope of the evaluator. */
        void resource(Node.Entry entry, String logicalId, String type, MapNode resource, List<Evidence> loopEvidence);

        /** A loop nested in the body (wrapped as a one-entry mapping), to expand with the outer bindings in scope. */
        void nested(MapNode loop);
    }

    private ForEachLoop() {
    }

    static void expand(Node.Entry loop, TemplateEvaluator evaluator, Sink sink) {
        if (!(loop.value() instanceof SeqNode args) || args.items().size() != 3
                || !(args.items().get(0) instanceof ScalarNode id) || id.text() == null
                || !(args.items().get(2) instanceof MapNode body)) {
            return;
        }
        String identifier = id.text();
        Value<Object> collection = evaluator.eval(args.items().get(1));
        if (collection instanceof Value.Known<Object> k && k.value() instanceof List<?> items) {
            for (Object item : items) {
                String value = TemplateEvaluator.stringify(item);
                Evidence step = new Evidence(loop.value().range(),
                        loop.key() + ": " + identifier + " = " + value);
                evaluator.bind(identifier, Value.known(value, List.of(step)));
                emit(body, identifier, value, sink, List.of(step));
            }
        } else {
            String reason = collection instanceof Value.Unknown<Object> u ? u.reason() : "it is not a list";
            Evidence step = new Evidence(loop.value().range(), loop.key()
                    + ": the collection cannot be known (" + reason + "); judged as written");
            evaluator.bind(identifier, Value.unknown("Fn::ForEach identifier " + identifier
                    + " depends on a collection that cannot be known", List.of(step)));
            emit(body, identifier, null, sink, List.of(step));
        }
        evaluator.bind(identifier, null);
    }

    private static void emit(MapNode body, String identifier, String value, Sink sink, List<Evidence> evidence) {
        for (Node.Entry e : body.entries()) {
            if (e.value() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && sink.claims(t.text())) {
                String logicalId = value == null ? e.key() : substitute(e.key(), identifier, value);
                sink.resource(e, logicalId, t.text(), r, evidence);
            } else if (e.key().startsWith(PREFIX)) {
                sink.nested(new MapNode(List.of(e), body.range(), null));
            }
        }
    }

    /** {@code ${Id}} takes the value; {@code &{Id}} takes it without non-alphanumeric characters. */
    private static String substitute(String key, String identifier, String value) {
        return key.replace("${" + identifier + "}", value)
                .replace("&{" + identifier + "}", value.replaceAll("[^A-Za-z0-9]", ""));
    }
}
