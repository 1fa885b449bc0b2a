package dev.isolint.core.model;

/** The input format a resource was read from, as named in reports. */
public enum SourceFormat {
    CLOUDFORMATION("cloudformation"),
    TERRAFORM("terraform"),
    TERRAFORM_PLAN("terraform-plan");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The name used in reports ({@code cloudformation}, {@code terraform}, {@code terraform-plan}). */
    public String id() {
        return id;
    }
}
