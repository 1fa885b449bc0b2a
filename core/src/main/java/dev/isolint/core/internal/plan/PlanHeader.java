package dev.isolint.core.internal.plan;

import dev.isolint.core.internal.scan.ScanContext;

/**
 * Judges a plan's header fields. Terraform promises that a new major {@code format_version} may
 * change meanings, so unknown majors are rejected; {@code errored: true} means Terraform gave up
 * part-way, so the plan may lack models; {@code complete: false} means changes were deferred to a
 * later round, so instances may be missing.
 */
final class PlanHeader {

    private PlanHeader() {
    }

    /** Reports header problems; false when the plan must not be read further. */
    static boolean check(PlanFacts facts, ScanContext context) {
        // Never null: without its format_version a document is no plan (PlanFacts.looksLikePlan).
        PlanScalar version = facts.formatVersion;
        String major = version.kind() == PlanScalar.Kind.STRING ? majorOf(version.text()) : "";
        if (!major.equals("0") && !major.equals("1")) {
            context.error(version.location(), "unsupported plan format_version " + version.json()
                    + ": isolint reads format versions 0.x and 1.x (Terraform 0.12 to 1.x)");
            return false;
        }
        boolean errored = facts.errored != null && facts.errored.isTrue();
        if (errored) {
            context.error(facts.errored.location(), "Terraform reported errors while planning (errored: true):"
                    + " the plan is incomplete, so SageMaker models may be missing from it; the ones it lists are"
                    + " reported. Fix the errors and plan again");
        }
        // An errored plan is never complete; the error already says what the notice would.
        if (!errored && facts.complete != null && facts.complete.kind() == PlanScalar.Kind.FALSE) {
            context.notice(facts.complete.location(), "plan is not complete (complete: false): Terraform deferred"
                    + " some changes to a later plan, so instances may be missing from it");
        }
        return true;
    }

    /** {@code 1} of {@code 1.2}: the text before the first dot, all of it when there is none. */
    private static String majorOf(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }
}
