package dev.isolint.core.internal.cloudformation;

import dev.isolint.core.internal.scan.ScanContext;
import dev.isolint.core.internal.source.SourceFile;
import dev.isolint.core.internal.tree.Node;
import dev.isolint.core.internal.tree.Node.MapNode;
import dev.isolint.core.internal.tree.Node.ScalarNode;
import dev.isolint.core.internal.tree.TreeParseException;
import dev.isolint.core.internal.tree.TreeReader;
import dev.isolint.core.model.Range;
import java.nio.file.Path;
import java.util.List;

/**
 * A CloudFormation template read from one file (JSON or YAML; plain, SAM, CDK output, Serverless Framework
 * {@code resources.Resources}): its tree and which mapping holds the resources. It knows no resource type.
 */
final class CloudFormationTemplate {

    /**
     * What a file turned out to be.
     *
     * @param recognised true when the file is a template (or a sniffed candidate that does not parse: an error
     *                   is reported, and it counts as a scanned file)
     * @param template   the template when it has resources to read, else {@code null}
     */
    record Parse(boolean recognised, CloudFormationTemplate template) {
        static final Parse NOT_A_TEMPLATE = new Parse(false, null);
        static final Parse NOTHING_TO_READ = new Parse(true, null);
    }

    private final SourceFile file;
    /** Split once, on first use, and shared by the evaluator's evidence and the suppression comments. */
    private final List<String> lines;
    private final MapNode scope;
    private final MapNode resources;
    private final boolean comments;

    private CloudFormationTemplate(SourceFile file, MapNode scope, MapNode resources) {
        this.file = file;
        this.lines = file.lines();
        this.scope = scope;
        this.resources = resources;
        this.comments = !TreeReader.looksLikeJson(file.text());
    }

    /**
     * Parses {@code file}. A candidate that parses but is not a template is not recognised; one that does not
     * parse is an error reported to {@code context}.
     */
    static Parse parse(SourceFile file, ScanContext context) {
        if (file.decodeError() != null) {
            context.error(Range.of(file.path(), file.decodeErrorLine(), 1), file.decodeError());
            return Parse.NOTHING_TO_READ;
        }
        Node root;
        try {
            root = TreeReader.read(file.path(), file.text(), context.treeLimits());
        } catch (TreeParseException e) {
            context.error(Range.of(file.path(), e.line(), e.column()), e.getMessage());
            return Parse.NOTHING_TO_READ;
        }
        if (!(root instanceof MapNode template)) {
            return Parse.NOT_A_TEMPLATE;
        }
        MapNode resources = resourcesOf(template);
        boolean declared = template.get("AWSTemplateFormatVersion") != null;
        if (resources == null || !(declared || hasAwsTypes(resources))) {
            return declared ? Parse.NOTHING_TO_READ : Parse.NOT_A_TEMPLATE;
        }
        // Serverless Framework keeps the template under resources:, with its own Parameters etc. there.
        MapNode scope = template.get("Resources") == resources ? template : (MapNode) template.get("resources");
        return new Parse(true, new CloudFormationTemplate(file, scope, resources));
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

    Path path() {
        return file.path();
    }

    List<String> lines() {
        return lines;
    }

    /** The mapping that holds {@code Parameters}, {@code Mappings}, {@code Conditions} and {@code Resources}. */
    MapNode scope() {
        return scope;
    }

    /** The {@code Resources} mapping. */
    MapNode resources() {
        return resources;
    }

    /** True when the file may carry suppression comments (YAML; JSON has no comments). */
    boolean comments() {
        return comments;
    }

    /** A fresh evaluator of this template's expressions with the scan's parameter values. */
    TemplateEvaluator evaluator(ParameterValues parameters, int maxDepth) {
        return new TemplateEvaluator(file.path(), lines, scope, resources, parameters, maxDepth);
    }
}
