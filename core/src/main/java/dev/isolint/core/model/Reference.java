package dev.isolint.core.model;

/**
 * How one resource names another that it uses (an endpoint configuration's model, an endpoint's configuration, a
 * monitoring schedule's job definition), as far as it can be told before deployment (SPEC §12).
 */
public sealed interface Reference permits Reference.ToResource, Reference.ByName, Reference.Unresolvable {

    /** Where the reference is written. */
    Range at();

    /**
     * A reference to a resource of the same configuration: a CloudFormation logical id ({@code !GetAtt M.ModelName},
     * {@code !Ref M}, {@code Fn::Sub} over it), a Terraform address without instance keys
     * ({@code module.ml.aws_sagemaker_model.this}, followed through module outputs and inputs), or a plan's
     * configuration address.
     *
     * @param address the referenced resource's address
     */
    record ToResource(String address, Range at) implements Reference {
    }

    /**
     * A name known before deployment, matched against the literal name the used resource sets ({@code ModelName},
     * {@code name}, {@code model_name}, …).
     */
    record ByName(String name, Range at) implements Reference {
    }

    /**
     * A name computed from something unknown before deployment: it may name any resource of its kind.
     *
     * @param reason why it cannot be known
     */
    record Unresolvable(String reason, Range at) implements Reference {
    }
}
