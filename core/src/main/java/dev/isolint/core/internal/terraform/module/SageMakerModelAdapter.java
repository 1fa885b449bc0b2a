package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.model.Value;
import dev.isolint.core.internal.suppress.SuppressionComments;
import dev.isolint.core.internal.terraform.eval.EvalException;
import dev.isolint.core.internal.terraform.eval.Scope;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import dev.isolint.core.internal.terraform.eval.Vals;
import java.util.List;

/**
 * The Terraform side of the SageMaker model (SPEC §3): resources {@code aws_sagemaker_model} and
 * {@code awscc_sagemaker_model}, attribute {@code enable_network_isolation}, converted to a bool as
 * the provider's schema converts it; and the {@link SageMakerModel} a block becomes, with its inline
 * suppression comments.
 */
final class SageMakerModelAdapter {

    /** Resource types that are SageMaker models. */
    static final List<String> TYPES = List.of("aws_sagemaker_model", "awscc_sagemaker_model");
    static final String ATTRIBUTE = "enable_network_isolation";

    private SageMakerModelAdapter() {
    }

    /** The block's isolation setting evaluated in {@code scope}, with the evidence of how. */
    static Value<Boolean> isolation(Decl resource, ModuleInstance inst, Scope scope) {
        Arg a = resource.arg(ATTRIBUTE);
        if (a == null) {
            return Value.absent(ATTRIBUTE + " is not set, and the service default is false",
                    List.of(new Evidence(resource.location(), ATTRIBUTE + " is not set: defaults to false")));
        }
        Trail trail = new Trail();
        Val v = inst.evaluate(a.expr(), scope, trail, ATTRIBUTE);
        Trail chain = new Trail();
        chain.add(a.evidence());
        chain.addAll(trail.steps());
        if (v instanceof Val.Unknown u) {
            chain.addAll(u.evidence());
            return Value.unknown(u.reason(), chain.steps());
        }
        if (v == Val.Null.NULL) {
            chain.add(a.evidence(ATTRIBUTE + " = null: defaults to false"));
            return Value.absent(ATTRIBUTE + " is null, so it defaults to false", chain.steps());
        }
        Val b;
        try {
            b = Vals.toBool(v, a.attribute().range());
        } catch (EvalException ex) {
            return Value.unknown(ATTRIBUTE + " = " + Vals.show(v) + " is not a bool, Terraform would reject it",
                    chain.steps());
        }
        boolean isolated = ((Val.Bool) b).value();
        chain.add(a.evidence(ATTRIBUTE + " = " + isolated));
        return Value.known(isolated, chain.steps());
    }

    /**
     * The model a block is in the common resource model, reached through {@code callPath}. Its suppression
     * comments are written in the module, so they hold for every caller; JSON syntax has no comments.
     */
    static SageMakerModel model(Decl d, String address, Setting<Boolean> isolation, List<String> notes,
            List<Evidence> context, CallPath callPath) {
        List<InlineSuppression> suppressions = d.file().json() ? List.of()
                : SuppressionComments.find(d.file().lines(), d.block().range().line(), d.block().range().endLine(),
                        d.file().path());
        Resource resource = new Resource(d.label(0), address, callPath, SourceFormat.TERRAFORM, d.location(), notes,
                context, suppressions);
        return new SageMakerModel(resource, isolation);
    }
}
