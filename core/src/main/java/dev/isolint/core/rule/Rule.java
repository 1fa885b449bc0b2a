package dev.isolint.core.rule;

import dev.isolint.core.model.SageMakerModel;

/** A check written once against the resource model; it never sees an input format. */
public interface Rule {

    RuleMetadata metadata();

    /** Judges one resource. */
    Finding judge(SageMakerModel model);
}
