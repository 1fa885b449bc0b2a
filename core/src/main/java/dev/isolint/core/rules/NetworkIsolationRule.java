package dev.isolint.core.rules;

import dev.isolint.core.model.SageMakerModel;
import dev.isolint.core.model.Setting;
import dev.isolint.core.rule.RuleMetadata;
import dev.isolint.core.rule.Severity;
import java.util.List;

/** ISO001: every SageMaker model must have network isolation provably enabled ({@code EnableNetworkIsolation}). */
public final class NetworkIsolationRule extends IsolationRule<SageMakerModel> {

    public static final RuleMetadata METADATA = new RuleMetadata(
            "ISO001",
            "sagemaker-model-network-isolation",
            "SageMaker model without network isolation",
            "SageMaker models must enable network isolation so their containers cannot make outbound network calls.",
            Severity.HIGH,
            "8.0",
            List.of(new RuleMetadata.Alias("Checkov", "CKV_AWS_370")),
            "/dev/isolint/core/rules/ISO001.md",
            "SageMaker model",
            "model",
            "Amazon SageMaker models deployed without network isolation",
            "without proven network isolation",
            List.of("security", "aws", "sagemaker", "network-isolation"),
            new RuleMetadata.Fix("EnableNetworkIsolation: true", "enable_network_isolation = true", "a new model",
                    "Enable network isolation"));

    public NetworkIsolationRule() {
        super(METADATA, SageMakerModel.class);
    }

    @Override
    protected Setting<Boolean> isolation(SageMakerModel model) {
        return model.networkIsolation();
    }
}
