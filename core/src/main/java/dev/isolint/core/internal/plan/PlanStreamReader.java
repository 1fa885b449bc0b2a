package dev.isolint.core.internal.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.isolint.core.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One streaming pass over a plan with Jackson's {@link JsonParser}: it descends only into the parts
 * that can hold a SageMaker model ({@code planned_values}, {@code resource_changes},
 * {@code configuration}) and skips everything else token by token, so no tree of the plan is ever
 * built. {@code prior_state}, {@code resource_drift}, outputs and the like are never looked at.
 *
 * <p>Each object is read in pull style, a loop over its fields in a method of its own: the value's
 * first token is current and is read or skipped before the next field. Callbacks would read as
 * well, but each lambda costs a fresh JVM a method-handle link on first use, milliseconds of a
 * one-file scan (bench/README.md).
 */
final class PlanStreamReader {

    static final Set<String> MODEL_TYPES = Set.of("aws_sagemaker_model", "awscc_sagemaker_model");
    static final String ATTRIBUTE = "enable_network_isolation";

    private final JsonParser p;
    private final Path file;
    private final Utf8Columns columns;
    private final PlanFacts facts = new PlanFacts();

    /**
     * @param columns turns byte offsets into character columns when {@code parser} reads UTF-8 bytes;
     *                {@code null} when it reads characters (its columns are right already)
     */
    PlanStreamReader(JsonParser parser, Path file, Utf8Columns columns) {
        this.p = parser;
        this.file = file;
        this.columns = columns;
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
            if (field.equals("values") && v == JsonToken.START_OBJECT) {
                r.isolation = attribute();
            } else {
                p.skipChildren();
            }
        }
        if (r.isModel()) {
            facts.planned.add(new PlannedResource(r.address(), r.type, r.name, r.location, r.isolation));
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
            } else if (field.equals("change") && v == JsonToken.START_OBJECT) {
                change(r);
            } else {
                p.skipChildren();
            }
        }
        if (r.isModel() && !r.deposed) {
            facts.changes.put(r.address(),
                    new PlannedChange(r.address(), r.type, r.name, r.location, r.actions, r.isolation, r.afterUnknown));
        }
    }

    /** The {@code change} object of a resource change: its actions and the attribute's planned value. */
    private void change(Fields r) throws IOException {
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (field.equals("actions") && v == JsonToken.START_ARRAY) {
                strings(r.actions);
            } else if (field.equals("after") && v == JsonToken.START_OBJECT) {
                r.isolation = attribute();
            } else if (field.equals("after_unknown") && v == JsonToken.START_OBJECT) {
                PlanScalar flag = attribute();
                r.afterUnknown = flag != null && flag.isTrue() ? flag : null;
            } else if (field.equals("after_unknown") && v == JsonToken.VALUE_TRUE) {
                r.afterUnknown = scalar(v); // the whole object is unknown
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
            } else {
                p.skipChildren();
            }
        }
    }

    private void configResource(String module) throws IOException {
        Fields r = new Fields(here());
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (r.accept(field, v)) {
                continue;
            }
            if (field.equals("expressions") && v == JsonToken.START_OBJECT) {
                expressions(r);
            } else {
                p.skipChildren();
            }
        }
        if (r.isModel()) {
            facts.configured.put(PlanFacts.configKey(module, r.type, r.name),
                    new ConfiguredResource(module, r.type, r.name, r.location, r.expression));
        }
    }

    /** A block's {@code expressions} object: the attribute's expression, when it has one, goes to {@code r}. */
    private void expressions(Fields r) throws IOException {
        for (String attr = nextField(); attr != null; attr = nextField()) {
            JsonToken v = p.nextToken();
            if (attr.equals(ATTRIBUTE)) {
                r.expression = expression(v);
            } else {
                p.skipChildren();
            }
        }
    }

    private ConfiguredResource.Expression expression(JsonToken v) throws IOException {
        Location at = here();
        PlanScalar constant = null;
        List<String> references = new ArrayList<>();
        if (v != JsonToken.START_OBJECT) {
            p.skipChildren();
            return new ConfiguredResource.Expression(at, null, references);
        }
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken fv = p.nextToken();
            if (field.equals("constant_value")) {
                constant = scalar(fv);
            } else if (field.equals("references") && fv == JsonToken.START_ARRAY) {
                strings(references);
            } else {
                p.skipChildren();
            }
        }
        return new ConfiguredResource.Expression(at, constant, references);
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

    /** The {@code enable_network_isolation} entry of an object ({@code values}, {@code after}, …), or {@code null}. */
    private PlanScalar attribute() throws IOException {
        PlanScalar found = null;
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (field.equals(ATTRIBUTE)) {
                found = scalar(v);
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    private PlanScalar scalar(JsonToken v) throws IOException {
        Location at = here();
        return switch (v) {
            case VALUE_TRUE -> new PlanScalar(PlanScalar.Kind.TRUE, "true", at);
            case VALUE_FALSE -> new PlanScalar(PlanScalar.Kind.FALSE, "false", at);
            case VALUE_NULL -> new PlanScalar(PlanScalar.Kind.NULL, "null", at);
            case VALUE_STRING -> new PlanScalar(PlanScalar.Kind.STRING, p.getText(), at);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new PlanScalar(PlanScalar.Kind.NUMBER, p.getText(), at);
            default -> {
                p.skipChildren();
                yield new PlanScalar(PlanScalar.Kind.STRUCTURE, v == JsonToken.START_ARRAY ? "[…]" : "{…}", at);
            }
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

    private Location here() {
        return locate(file, p.currentTokenLocation(), columns);
    }

    /** A Jackson location as a {@link Location}, with the column in characters. */
    static Location locate(Path file, JsonLocation l, Utf8Columns columns) {
        int column = columns != null && l.getByteOffset() >= 0 ? columns.columnAt(l.getByteOffset()) : l.getColumnNr();
        return Location.of(file, Math.max(1, l.getLineNr()), Math.max(1, column));
    }

    /**
     * What is kept of one resource object while its fields stream by: the identifying fields every
     * resource object of a plan has, and the few values a SageMaker model's verdict needs.
     */
    private final class Fields {
        /** The opening brace of the object. */
        final Location location;
        String address;
        String mode;
        String type;
        String name;
        /** {@code values}/{@code change.after} {@code enable_network_isolation}. */
        PlanScalar isolation;
        /** The {@code after_unknown} flag for it ({@code resource_changes}). */
        PlanScalar afterUnknown;
        /** {@code change.actions} ({@code resource_changes}). */
        final List<String> actions = new ArrayList<>();
        /** A deposed object's change ({@code resource_changes}). */
        boolean deposed;
        /** The attribute's expression ({@code configuration}). */
        ConfiguredResource.Expression expression;

        Fields(Location location) {
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

        /** A managed SageMaker model; data sources never deploy anything. */
        boolean isModel() {
            return type != null && MODEL_TYPES.contains(type) && !"data".equals(mode);
        }

        /** The plan's address; a hand-written plan without one is addressed by type and name. */
        String address() {
            return address != null ? address : type + "." + name;
        }
    }
}
