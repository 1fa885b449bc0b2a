package dev.isolint.core.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.isolint.core.source.Location;
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
                while (nextElement() == JsonToken.START_OBJECT) {
                    plannedResource();
                }
            } else if (v == JsonToken.START_ARRAY && field.equals("child_modules")) {
                while (nextElement() == JsonToken.START_OBJECT) {
                    plannedModule();
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void plannedResource() throws IOException {
        Location at = here();
        Header h = new Header();
        PlanScalar isolation = null;
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (!h.accept(field, v)) {
                if (field.equals("values") && v == JsonToken.START_OBJECT) {
                    isolation = attribute();
                } else {
                    p.skipChildren();
                }
            }
        }
        if (h.isModel()) {
            facts.planned.add(new PlannedResource(h.address(), h.type, h.name, at, isolation));
        }
    }

    // --- resource_changes -----------------------------------------------------------------------

    private void resourceChanges(JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        facts.hasResourceChanges = true;
        while (nextElement() == JsonToken.START_OBJECT) {
            resourceChange();
        }
    }

    private void resourceChange() throws IOException {
        Location at = here();
        Header h = new Header();
        boolean deposed = false;
        List<String> actions = new ArrayList<>();
        PlanScalar after = null;
        PlanScalar afterUnknown = null;
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (h.accept(field, v)) {
                continue;
            }
            if (field.equals("deposed")) {
                // A deposed object (left over from create_before_destroy) shares its address with the
                // current one; it is only ever deleted, and must not shadow the current instance.
                deposed = v != JsonToken.VALUE_NULL;
                p.skipChildren();
            } else if (field.equals("change") && v == JsonToken.START_OBJECT) {
                for (String cf = nextField(); cf != null; cf = nextField()) {
                    JsonToken cv = p.nextToken();
                    if (cf.equals("actions") && cv == JsonToken.START_ARRAY) {
                        for (JsonToken a = nextElement(); a != null; a = nextElement()) {
                            String s = stringOrSkip(a);
                            if (s != null) {
                                actions.add(s);
                            }
                        }
                    } else if (cf.equals("after") && cv == JsonToken.START_OBJECT) {
                        after = attribute();
                    } else if (cf.equals("after_unknown") && cv == JsonToken.START_OBJECT) {
                        PlanScalar flag = attribute();
                        afterUnknown = flag != null && flag.isTrue() ? flag : null;
                    } else if (cf.equals("after_unknown") && cv == JsonToken.VALUE_TRUE) {
                        afterUnknown = scalar(cv); // the whole object is unknown
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (h.isModel() && !deposed) {
            facts.changes.put(h.address(), new PlannedChange(h.address(), h.type, h.name, at, actions, after, afterUnknown));
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
                while (nextElement() == JsonToken.START_OBJECT) {
                    configResource(module);
                }
            } else if (field.equals("module_calls") && v == JsonToken.START_OBJECT) {
                for (String call = nextField(); call != null; call = nextField()) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        moduleCall(module.isEmpty() ? call : module + "." + call);
                    } else {
                        p.skipChildren();
                    }
                }
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
        Location at = here();
        Header h = new Header();
        ConfiguredResource.Expression isolation = null;
        for (String field = nextField(); field != null; field = nextField()) {
            JsonToken v = p.nextToken();
            if (h.accept(field, v)) {
                continue;
            }
            if (field.equals("expressions") && v == JsonToken.START_OBJECT) {
                for (String attr = nextField(); attr != null; attr = nextField()) {
                    JsonToken av = p.nextToken();
                    if (attr.equals(ATTRIBUTE)) {
                        isolation = expression(av);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (h.isModel()) {
            facts.configured.put(PlanFacts.configKey(module, h.type, h.name),
                    new ConfiguredResource(module, h.type, h.name, at, isolation));
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
                for (JsonToken r = nextElement(); r != null; r = nextElement()) {
                    String s = stringOrSkip(r);
                    if (s != null) {
                        references.add(s);
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return new ConfiguredResource.Expression(at, constant, references);
    }

    // --- tokens ---------------------------------------------------------------------------------

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

    /** The identifying fields every resource object of a plan starts with. */
    private final class Header {
        String address;
        String mode;
        String type;
        String name;

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
