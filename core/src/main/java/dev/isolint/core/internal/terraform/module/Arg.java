package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.Range;
import dev.isolint.core.internal.terraform.hcl.Attribute;
import dev.isolint.core.internal.terraform.hcl.Expr;

/** An argument with the file it is written in (after override merging, arguments of one block may come from several files). */
public record Arg(Attribute attribute, ConfigFile file) {

    public Expr expr() {
        return attribute.expr();
    }

    public Range location() {
        return attribute.range();
    }

    /** Its source line as an evidence step ({@code enable_network_isolation = var.isolate}). */
    public Evidence evidence() {
        return file.evidence(attribute.range());
    }

    public Evidence evidence(String note) {
        return file.evidence(attribute.range(), note);
    }
}
