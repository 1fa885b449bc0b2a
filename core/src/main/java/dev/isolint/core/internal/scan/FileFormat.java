package dev.isolint.core.internal.scan;

/** What a file is, as far as isolint is concerned. */
public enum FileFormat {
    /** A CloudFormation template candidate (JSON or YAML). */
    CLOUDFORMATION,
    /** A Terraform plan JSON candidate. */
    TERRAFORM_PLAN,
    /** Terraform configuration or variables ({@code .tf}, {@code .tf.json}, {@code .tfvars}, {@code .tfvars.json}). */
    TERRAFORM,
    /** Anything else: ignored silently. */
    IGNORED
}
