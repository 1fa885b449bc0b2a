package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.scan.DocumentReader;
import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.ServiceResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CloudFormation templates into the typed records its adapters make of their resources. Everything a scan
 * accumulates (the parameter values supplied for it, which template includes which as a nested stack) lives in
 * the {@link Session} the engine opens for that scan, so no scan sees another's.
 */
public final class CloudFormationReader {

    private CloudFormationReader() {
    }

    /** Opens the reading of one scan's templates, with the adapters whose resource types it reads. */
    public static Session session(ScanContext context, List<CloudFormationAdapter> adapters) {
        return new Session(context, adapters);
    }

    /**
     * The CloudFormation side of one scan. Templates may be read concurrently; {@link #finish} comes after the
     * last {@link #read}.
     */
    public static final class Session implements DocumentReader {

        private final ScanContext context;
        private final Map<String, List<CloudFormationAdapter>> adapters = new HashMap<>();
        private final NestedStacks nestedStacks = new NestedStacks();
        private volatile ParameterValues parameterValues;

        private Session(ScanContext context, List<CloudFormationAdapter> adapters) {
            this.context = context;
            for (CloudFormationAdapter a : adapters) {
                for (String type : a.types()) {
                    // Plain get/put: a lambda here would start the method-handle machinery on every one-file scan.
                    List<CloudFormationAdapter> forType = this.adapters.get(type);
                    if (forType == null) {
                        forType = new ArrayList<>();
                        this.adapters.put(type, forType);
                    }
                    forType.add(a);
                }
            }
        }

        /**
         * Reads {@code file}: the records of the resources some adapter claims. A sniffed candidate that parses
         * but is not a template is not recognised; one that does not parse is an error. Never throws for bad input.
         */
        public Outcome read(SourceFile file) {
            CloudFormationTemplate.Parse parse = CloudFormationTemplate.parse(file, context);
            CloudFormationTemplate template = parse.template();
            if (template == null) {
                return parse.recognised() ? new Outcome(true, List.of()) : Outcome.NOT_MINE;
            }
            if (file.path() != SourceFile.STDIN) {
                nestedStacks.record(file.path(), template.resources());
            }
            TemplateEvaluator evaluator = template.evaluator(parameters(), context.limits().depth());
            List<ServiceResource> records = new ArrayList<>();
            new Collector(template, evaluator, records, 0).collect(template.resources());
            return new Outcome(true, records);
        }

        /** {@link #read(SourceFile)}, as the engine's document readers are called; {@code scan} is this session's. */
        @Override
        public Outcome read(SourceFile file, ScanContext scan) {
            if (scan != context) {
                throw new IllegalArgumentException("a session reads the templates of the scan it was opened for");
            }
            return read(file);
        }

        /**
         * Once every template of the scan is read: {@code records} with those of nested-stack templates addressed
         * {@code Parent/Child} by the logical ids of the stack resources that include them.
         */
        public List<ServiceResource> finish(List<ServiceResource> records) {
            return nestedStacks.addressed(records);
        }

        /** The scan's parameter values, read once, when the first template needs them. */
        private ParameterValues parameters() {
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

        /** Walks one {@code Resources} mapping (or a loop's body) and adapts the entries of claimed types. */
        private final class Collector implements ForEachLoop.Sink {
            private final CloudFormationTemplate template;
            private final TemplateEvaluator evaluator;
            private final List<ServiceResource> records;
            private final int loopDepth;

            Collector(CloudFormationTemplate template, TemplateEvaluator evaluator, List<ServiceResource> records,
                    int loopDepth) {
                this.template = template;
                this.evaluator = evaluator;
                this.records = records;
                this.loopDepth = loopDepth;
            }

            void collect(MapNode resources) {
                for (Node.Entry e : resources.entries()) {
                    // Only the entries some adapter claims are evaluated: most of a template is none of our business.
                    if (e.value() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && claims(t.text())) {
                        resource(e, e.key(), t.text(), r, List.of());
                    } else if (e.key().startsWith(ForEachLoop.PREFIX) && loopDepth < ForEachLoop.MAX_NESTING) {
                        ForEachLoop.expand(e, evaluator, this);
                    }
                }
            }

            @Override
            public boolean claims(String type) {
                return adapters.containsKey(type);
            }

            @Override
            public void resource(Node.Entry entry, String logicalId, String type, MapNode resource,
                    List<Evidence> loopEvidence) {
                CloudFormationResource view = new CloudFormationResource(template, evaluator, entry, logicalId, type,
                        resource, loopEvidence);
                for (CloudFormationAdapter a : adapters.get(type)) {
                    ServiceResource record = a.adapt(view);
                    if (record != null) {
                        records.add(record);
                    }
                }
            }

            @Override
            public void nested(MapNode loop) {
                new Collector(template, evaluator, records, loopDepth + 1).collect(loop);
            }
        }
    }
}
