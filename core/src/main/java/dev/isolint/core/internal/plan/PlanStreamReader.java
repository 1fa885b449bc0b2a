package dev.isolint.core.internal.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.isolint.core.model.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One streaming pass over a plan with Jackson's {@link JsonParser}: it descends only into the parts
 * that can hold a kept resource ({@code planned_values}, {@code resource_changes},
 * {@code configuration}) and skips everything else token by token, so no tree of the plan is ever
 * built. {@code prior_state}, {@code resource_drift}, outputs and the like are never looked at.
 * Which resources are kept, and which attribute paths of them, the {@link PlanSelection} says (the
 * registered adapters ask for them); of the rest only the identifying fields are read.
 *
 * <p>Each object is read in pull style, a loop over its fields in a method of its own: the value's
 * first token is current and is read or skipped before the next field. Callbacks would read as
 * well, but each lambda costs a fresh JVM a method-handle link on first use, milliseconds of a
 * one-file scan (bench/README.md).
 */
final class PlanStreamReader {

    private final JsonParser p;
    private final Path file;
    private final Utf8Columns columns;
    private final PlanSelection selection;
    private final PlanFacts facts = new PlanFacts();

    /**
     * @param columns turns byte offsets into character columns when {@code parser} reads UTF-8 bytes;
     *                {@code null} when it reads characters (its columns are right already)
     */
    PlanStreamReader(JsonParser parser, Path file, Utf8Columns columns, PlanSelection selection) {
        this.p = parser;
        this.file = file;
        this.columns = columns;
        this.selection = selection;
    }

    /** Reads the whole document; malformed JSON fails with Jackson's exception, which carries the place. */
    PlanFacts read() throws IOException {
        JsonToken root = p.nextToken();
        if (root == JsonToken.START_OBJECT) {
            facts.rootIsObject = true;
            for (String field = nextField(); field != null; field = nextField()) {
                JsonToken v = p.nextToken();
                switch (field) {
                    case "format_version" -> facts.formatVersion = scalar(v);
                    case "plan_format_version" -> facts.redactedFormatVersion = scalar(v);
                    case "errored" -> facts.errored = scalar(v);
                    case "complete" -> facts.complete = scalar(v);
                    case "planned_values" -> plannedValues(v);
                    case "resource_changes" -> resourceChanges(v);
                    case "configuration" -> configuration(v);
                    default -> p.skipChildren();
                }
            }
        } else if (root != null) {
            p.skipChildren();
        }
        if (p.nextToken() != null) {
            // JSON Lines (a log of objects) may sniff as a plan; whether that is an error depends on
            // what the first object turned out to be, so the reader decides.
            facts.trailing = here();
        }
        return facts;
    }

    // --- planned_values -------------------------------------------------------------------------

    private void plannedValues(JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        facts.hasPlannedValues = true;
        for (String field = nextField(); field != null; field = nextField()) {
            if (p.nextToken() == JsonToken.START_OBJECT && field.equals("root_module")) {
                plannedModule();
            } else {
                p.skipChildren();
            }
        }
    }

    /** A module of {@code planned_values}: its resources, then its {@code child_modules}, to any depth. */
    private void plannedModule() throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_ARRAY && field.equals("resources")) {
                while (nextObject()) {
                    plannedResource();
                }
            } else if (v == JsonToken.START_ARRAY && field.equals("child_modules")) {
                while (nextObject()) {
                    plannedModule();
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void plannedResource() throws IOException {
        Fields r = new Fields(here());
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (r.accept(field, v)) {
                continue;
            }
            if (field.equals("values") && v == JsonToken.START_OBJECT && r.mayBeKept()) {
                r.values = values();
            } else {
                p.skipChildren();
            }
        }
        if (r.isKept()) {
            facts.planned.add(new PlannedResource(r.address(), r.type, r.name, r.location, r.valuesRead()));
        }
    }

    // --- resource_changes -----------------------------------------------------------------------

    private void resourceChanges(JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        facts.hasResourceChanges = true;
        while (nextObject()) {
            resourceChange();
        }
    }

    private void resourceChange() throws IOException {
        Fields r = new Fields(here());
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (r.accept(field, v)) {
                continue;
            }
            if (field.equals("deposed")) {
                // A deposed object (left over from create_before_destroy) shares its address with the
                // current one; it is only ever deleted, and must not shadow the current instance.
                r.deposed = v != JsonToken.VALUE_NULL;
                p.skipChildren();
            } else if (field.equals("change") && v == JsonToken.START_OBJECT && r.mayBeKept()) {
                change(r);
            } else {
                p.skipChildren();
            }
        }
        if (r.isKept() && !r.deposed) {
            facts.changes.put(r.address(), new PlannedChange(r.address(), r.type, r.name, r.location, r.actions,
                    r.valuesRead(), r.flagsRead()));
        }
    }

    /** The {@code change} object of a resource change: its actions, the planned values and which are unknown. */
    private void change(Fields r) throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (field.equals("actions") && v == JsonToken.START_ARRAY) {
                strings(r.actions);
            } else if (field.equals("after") && v == JsonToken.START_OBJECT) {
                r.values = values();
            } else if (field.equals("after_unknown")) {
                // true for the whole object, or an object of flags shaped like "after"
                r.afterUnknown = new PlanScalar[selection.paths.size()];
                walk(selection.tree, v, r.afterUnknown, true);
            } else {
                p.skipChildren();
            }
        }
    }

    // --- configuration --------------------------------------------------------------------------

    private void configuration(JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return;
        }
        for (String field = nextField(); field != null; field = nextField()) {
            if (p.nextToken() == JsonToken.START_OBJECT && field.equals("root_module")) {
                facts.hasConfiguration = true;
                configModule("");
            } else {
                p.skipChildren();
            }
        }
    }

    /** A module of {@code configuration}: its resource blocks and, through {@code module_calls}, its callees. */
    private void configModule(String module) throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (field.equals("resources") && v == JsonToken.START_ARRAY) {
                while (nextObject()) {
                    configResource(module);
                }
            } else if (field.equals("module_calls") && v == JsonToken.START_OBJECT) {
                moduleCalls(module);
            } else if (field.equals("outputs") && v == JsonToken.START_OBJECT) {
                outputs(module);
            } else {
                p.skipChildren();
            }
        }
    }

    /** The {@code module_calls} object of {@code module}: one field per call, named by the call. */
    private void moduleCalls(String module) throws IOException {
        for (String call = nextField(); call != null; call = nextField()) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                moduleCall(module.isEmpty() ? call : module + "." + call);
            } else {
                p.skipChildren();
            }
        }
    }

    private void moduleCall(String module) throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (field.equals("source") && v == JsonToken.VALUE_STRING) {
                facts.moduleSources.put(module, p.getText());
            } else if (field.equals("module") && v == JsonToken.START_OBJECT) {
                configModule(module);
            } else if (field.equals("expressions") && v == JsonToken.START_OBJECT) {
                for (String input = nextField(); input != null; input = nextField()) {
                    PlanFacts.Passed passed = passed(p.nextToken());
                    if (passed != null) {
                        facts.inputs.put(module + "|" + input, passed);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The {@code outputs} object of {@code module}: each output's {@code expression}. */
    private void outputs(String module) throws IOException {
        for (String name = nextField(); name != null; name = nextField()) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            for (String field = nextField(); field != null; field = nextField()) {
                JsonToken v = p.nextToken();
                PlanFacts.Passed passed = field.equals("expression") ? passed(v) : null;
                if (passed != null) {
                    facts.outputs.put(module + "|" + name, passed);
                } else if (!field.equals("expression")) {
                    p.skipChildren();
                }
            }
        }
    }

    /** The expression object just begun ({@code constant_value}, {@code references}), or {@code null} if none. */
    private PlanFacts.Passed passed(JsonToken v) throws IOException {
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String constant = null;
        List<String> references = new ArrayList<>();
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken t = p.nextToken();
            if (field.equals("constant_value") && t == JsonToken.VALUE_STRING) {
                constant = p.getText();
            } else if (field.equals("references") && t == JsonToken.START_ARRAY) {
                strings(references);
            } else {
                p.skipChildren();
            }
        }
        return new PlanFacts.Passed(constant, references);
    }

    private void configResource(String module) throws IOException {
        Fields r = new Fields(here());
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (r.accept(field, v)) {
                continue;
            }
            if (field.equals("expressions") && v == JsonToken.START_OBJECT && r.mayBeKept()) {
                r.expressions = new ConfiguredResource.Expression[selection.paths.size()];
                body(selection.tree, r.expressions);
            } else {
                p.skipChildren();
            }
        }
        if (r.isKept()) {
            ConfiguredResource.Expression[] expressions = r.expressions != null ? r.expressions
                    : new ConfiguredResource.Expression[selection.paths.size()];
            facts.configured.put(PlanFacts.configKey(module, r.type, r.name),
                    new ConfiguredResource(module, r.type, r.name, r.location, expressions));
        }
    }

    /**
     * The object just opened is a block body ({@code expressions}, or a nested block's object) at {@code node}:
     * the expressions of the kept paths below it go to {@code out}. Terraform renders an attribute as an
     * expression object, a nested block as an object (single blocks) or a list of objects.
     */
    private void body(PathTree node, ConfiguredResource.Expression[] out) throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            PathTree child = node.field(field);
            if (child == null) {
                p.skipChildren();
            } else {
                blockField(child, v, out);
            }
        }
    }

    /** The value just begun of a block body's field, at {@code node}: an attribute's expression or a nested block. */
    private void blockField(PathTree node, JsonToken v, ConfiguredResource.Expression[] out) throws IOException {
        if (v == JsonToken.START_OBJECT) {
            attributeOrBlock(node, out);
        } else if (v == JsonToken.START_ARRAY && node.hasElements()) {
            blocks(node, out);
        } else {
            if (node.leaf() >= 0) {
                // Not what Terraform writes; an expression without constant or references, as before.
                out[node.leaf()] = new ConfiguredResource.Expression(node.path, here(), null, List.of());
            }
            p.skipChildren();
        }
    }

    /** The list of nested block bodies just opened, at {@code node}. */
    private void blocks(PathTree node, ConfiguredResource.Expression[] out) throws IOException {
        int i = 0;
        for (JsonToken t = nextElement(); t != null; t = nextElement()) {
            PathTree element = node.element(i++);
            if (element != null && t == JsonToken.START_OBJECT) {
                attributeOrBlock(element, out);
            } else {
                p.skipChildren();
            }
        }
    }

    /**
     * The object just opened at {@code node}: an attribute's expression ({@code constant_value},
     * {@code references}) or a single nested block's body. A kept path that ends here is an attribute; one that
     * goes on through an attribute (an {@code awscc} object) takes its expression from the attribute: the constant
     * inside its constant value, or its references. An empty object where a path goes on is an empty block.
     */
    private void attributeOrBlock(PathTree node, ConfiguredResource.Expression[] out) throws IOException {
        Range at = here();
        boolean isAttribute = node.leaf() >= 0;
        PlanScalar constant = null;
        PlanScalar[] inside = null;
        List<String> references = List.of();
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            PathTree child = node.field(field);
            if (child == null && field.equals("constant_value")) {
                isAttribute = true;
                constant = scalarAt(v);
                inside = new PlanScalar[selection.paths.size()];
                walk(node, v, inside, false);
            } else if (child == null && field.equals("references") && v == JsonToken.START_ARRAY) {
                isAttribute = true;
                references = new ArrayList<>();
                strings(references);
            } else if (child == null) {
                p.skipChildren();
            } else {
                blockField(child, v, out);
            }
        }
        if (!isAttribute) {
            return;
        }
        for (int n : node.leaves()) {
            if (n == node.leaf()) {
                out[n] = new ConfiguredResource.Expression(node.path, at, constant, references);
            } else if (inside == null) {
                out[n] = new ConfiguredResource.Expression(node.path, at, null, references); // computed as a whole
            } else if (inside[n] != null) {
                out[n] = new ConfiguredResource.Expression(selection.paths.get(n), inside[n].location(), inside[n],
                        List.of());
            }
            // else: a constant object without this field sets nothing there
        }
    }

    // --- tokens ---------------------------------------------------------------------------------

    /**
     * Inside an array: moves to its next object element, skipping any other element; false at the
     * array's end. The object's opening brace is then current.
     */
    private boolean nextObject() throws IOException {
        for (JsonToken t = nextElement(); t != null; t = nextElement()) {
            if (t == JsonToken.START_OBJECT) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }

    /** Inside an object whose values were all consumed: the next field name, or {@code null} at its end. */
    private String nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        throw new JsonParseException(p, "unexpected " + t + " inside an object");
    }

    /** Inside an array: the next element's first token, or {@code null} at its end. */
    private JsonToken nextElement() throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input inside an array");
        }
        return t == JsonToken.END_ARRAY ? null : t;
    }

    /** The object just opened ({@code values}, {@code change.after}): the values at the kept paths, numbered. */
    private PlanScalar[] values() throws IOException {
        PlanScalar[] out = new PlanScalar[selection.paths.size()];
        walk(selection.tree, JsonToken.START_OBJECT, out, false);
        return out;
    }

    /**
     * The value just begun, at {@code node}, followed into the objects and lists that kept paths go on through;
     * everything else is skipped. For values ({@code flags} false) the value where a kept path ends goes to
     * {@code out}; a value of another shape above it (null, an empty list, a scalar) holds none of it. For
     * {@code after_unknown} ({@code flags} true) a {@code true} marks every kept path at or below it: an unknown
     * object or list makes all it holds unknown.
     */
    private void walk(PathTree node, JsonToken v, PlanScalar[] out, boolean flags) throws IOException {
        if (flags && v == JsonToken.VALUE_TRUE) {
            PlanScalar flag = scalarAt(v);
            for (int n : node.leaves()) {
                if (out[n] == null) {
                    out[n] = flag;
                }
            }
            return;
        }
        if (!flags && node.leaf() >= 0) {
            out[node.leaf()] = scalarAt(v);
        }
        if (v == JsonToken.START_OBJECT && node.hasFields()) {
            for (String field = nextField(); field != null; field = nextField()) {
                JsonToken fv = p.nextToken();
                PathTree child = node.field(field);
                if (child == null) {
                    p.skipChildren();
                } else {
                    walk(child, fv, out, flags);
                }
            }
        } else if (v == JsonToken.START_ARRAY && node.hasElements()) {
            int i = 0;
            for (JsonToken t = nextElement(); t != null; t = nextElement()) {
                PathTree element = node.element(i++);
                if (element == null) {
                    p.skipChildren();
                } else {
                    walk(element, t, out, flags);
                }
            }
        } else {
            p.skipChildren();
        }
    }

    /** The value just begun, as a scalar; a structure is read past. */
    private PlanScalar scalar(JsonToken v) throws IOException {
        PlanScalar s = scalarAt(v);
        p.skipChildren(); // nothing for a scalar
        return s;
    }

    /** The value just begun, as a scalar; a structure ({@code {…}}, {@code […]}) is left open for the caller. */
    private PlanScalar scalarAt(JsonToken v) throws IOException {
        Range at = here();
        return switch (v) {
            case VALUE_TRUE -> new PlanScalar(PlanScalar.Kind.TRUE, "true", at);
            case VALUE_FALSE -> new PlanScalar(PlanScalar.Kind.FALSE, "false", at);
            case VALUE_NULL -> new PlanScalar(PlanScalar.Kind.NULL, "null", at);
            case VALUE_STRING -> new PlanScalar(PlanScalar.Kind.STRING, p.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new PlanScalar(PlanScalar.Kind.NUMBER, p.getText(), at);
            default -> new PlanScalar(PlanScalar.Kind.STRUCTURE, v == JsonToken.START_ARRAY ? "[…]" : "{…}", at);
        };
    }

    /** The strings of the array just opened, into {@code into}; other elements are skipped. */
    private void strings(List<String> into) throws IOException {
        for (JsonToken t = nextElement(); t != null; t = nextElement()) {
            String s = stringOrSkip(t);
            if (s != null) {
                into.add(s);
            }
        }
    }

    private String stringOrSkip(JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private Range here() {
        return locate(file, p.currentTokenLocation(), columns);
    }

    /** A Jackson location as a {@link Range}, with the column in characters. */
    static Range locate(Path file, JsonLocation l, Utf8Columns columns) {
        int column = columns != null && l.getByteOffset() >= 0 ? columns.columnAt(l.getByteOffset()) : l.getColumnNr();
        return Range.of(file, Math.max(1, l.getLineNr()), Math.max(1, column));
    }

    /**
     * What is kept of one resource object while its fields stream by: the identifying fields every
     * resource object of a plan has, and the values at the kept paths.
     */
    private final class Fields {
        /** The opening brace of the object. */
        final Range location;
        String address;
        String mode;
        String type;
        String name;
        /** {@code values} / {@code change.after} at the kept paths, or {@code null} when there were none. */
        PlanScalar[] values;
        /** The {@code after_unknown} flags of the kept paths ({@code resource_changes}), or {@code null}. */
        PlanScalar[] afterUnknown;
        /** {@code change.actions} ({@code resource_changes}). */
        final List<String> actions = new ArrayList<>();
        /** A deposed object's change ({@code resource_changes}). */
        boolean deposed;
        /** The expressions of the kept paths ({@code configuration}), or {@code null}. */
        ConfiguredResource.Expression[] expressions;

        Fields(Range location) {
            this.location = location;
        }

        /** Takes {@code field} when it is one of the header fields; the caller handles the rest. */
        boolean accept(String field, JsonToken v) throws IOException {
            switch (field) {
                case "address" -> address = stringOrSkip(v);
                case "mode" -> mode = stringOrSkip(v);
                case "type" -> type = stringOrSkip(v);
                case "name" -> name = stringOrSkip(v);
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** A managed resource of a kept type; data sources never deploy anything. */
        boolean isKept() {
            return selection.of(type) != null && !"data".equals(mode);
        }

        /**
         * False once the fields read so far rule the resource out, so that its values are skipped unread
         * (Terraform writes {@code mode} and {@code type} first; a hand-made plan may not).
         */
        boolean mayBeKept() {
            return (type == null || selection.of(type) != null) && !"data".equals(mode);
        }

        /** The values read, or none at all when the object had no values. */
        PlanScalar[] valuesRead() {
            return values != null ? values : new PlanScalar[selection.paths.size()];
        }

        /** The flags read, or none at all when the change had no {@code after_unknown}. */
        PlanScalar[] flagsRead() {
            return afterUnknown != null ? afterUnknown : new PlanScalar[selection.paths.size()];
        }

        /** The plan's address; a hand-written plan without one is addressed by type and name. */
        String address() {
            return address != null ? address : type + "." + name;
        }
    }
}
