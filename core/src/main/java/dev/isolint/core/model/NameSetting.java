package dev.isolint.core.model;

import java.util.List;

/**
 * How a resource sets its own name ({@code ModelName}, {@code EndpointConfigName}, {@code JobDefinitionName};
 * Terraform {@code name}, awscc {@code model_name} …): what replacing it needs to know (SPEC §12), and what a
 * reference by literal name is matched against.
 *
 * @param property the name property as written in the format
 * @param kind     literal (known before deployment), an expression that is not, or not set
 * @param literals the known names, one per instance (empty unless {@code kind} is {@link Kind#LITERAL})
 * @param at       where the property is set, or the resource when it is not
 */
public record NameSetting(String property, Kind kind, List<String> literals, Range at) {

    /** Whether and how the name is set. */
    public enum Kind {
        /** Set to a value known before deployment. */
        LITERAL,
        /** Set to an expression whose value is known only at deployment. */
        EXPRESSION,
        /** Not set: the service or the tool generates a unique name. */
        NOT_SET
    }

    public NameSetting {
        literals = List.copyOf(literals);
    }

    /** A name property that is not set on the resource at {@code at}. */
    public static NameSetting notSet(String property, Range at) {
        return new NameSetting(property, Kind.NOT_SET, List.of(), at);
    }

    /** Whether the resource sets its name at all. */
    public boolean isSet() {
        return kind != Kind.NOT_SET;
    }
}
