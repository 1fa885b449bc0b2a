package dev.isolint.core.model;

import java.util.List;

/**
 * What deploying a result's fix touches (SPEC §12): the resources of the scanned configuration that use the judged
 * resource, each with what the fix does to it, and the hazards that can make the deployment fail.
 *
 * @param entries the resources that use it (directly, or an endpoint through its configuration)
 * @param hazards warnings of the three kinds of {@link Hazard.Kind}
 */
public record Impact(List<Entry> entries, List<Hazard> hazards) {

    /** No resource uses it and there is nothing to warn of (a schedule's own fix updates it in place). */
    public static final Impact NONE = new Impact(List.of(), List.of());

    public Impact {
        entries = List.copyOf(entries);
        hazards = List.copyOf(hazards);
    }

    /** What the fix does to a resource that uses the judged one. */
    public enum Effect {
        /** It is replaced (an endpoint configuration naming a replaced model). */
        REPLACED,
        /** It is updated in place (an endpoint, an inference component, a monitoring schedule). */
        UPDATED,
        /** Nothing: the result passes, the resource is listed for information. */
        NONE;

        /** As reports write it: {@code replaced}, {@code updated}, {@code none}. */
        public String id() {
            return switch (this) {
                case REPLACED -> "replaced";
                case UPDATED -> "updated";
                default -> "none";
            };
        }
    }

    /**
     * One resource that uses the judged resource.
     *
     * @param address  its address
     * @param type     its resource type
     * @param location where it is written
     * @param effect   what the fix does to it
     * @param certain  false when it names the judged kind of resource by a name not known before deployment, so it
     *                 may use this one
     * @param notes    what is known of it beside (a plan that already replaces or updates it, a false condition)
     */
    public record Entry(String address, String type, Range location, Effect effect, boolean certain,
            List<String> notes) {

        public Entry {
            notes = List.copyOf(notes);
        }

        /** The words for an entry that only may use the resource. */
        public static final String MAY_USE = "may use it: name not known before deployment";

        /** {@code uses} or {@code may-use}, as JSON writes the entry's kind. */
        public String kind() {
            return certain ? "uses" : "may-use";
        }
    }

    /**
     * A warning about deploying the fix.
     *
     * @param kind    one of the three kinds
     * @param message what to do about it
     */
    public record Hazard(Kind kind, String message) {

        /** The closed list of hazards. */
        public enum Kind {
            /** CloudFormation cannot replace a resource that sets its name. */
            CUSTOM_NAME,
            /** Terraform would create the replacement under the old one's literal name while it still exists. */
            CREATE_BEFORE_DESTROY,
            /** Nothing in the scanned configuration uses the resource. */
            UNUSED;

            /** As reports write it: {@code custom-name}, {@code create-before-destroy}, {@code unused}. */
            public String id() {
                return switch (this) {
                    case CUSTOM_NAME -> "custom-name";
                    case CREATE_BEFORE_DESTROY -> "create-before-destroy";
                    default -> "unused";
                };
            }
        }
    }
}
