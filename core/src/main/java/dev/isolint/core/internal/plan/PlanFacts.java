package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one streaming pass keeps of a plan: its header flags and the resources of the kept types
 * only (at the kept paths), so memory stays proportional to them, not to the plan.
 */
final class PlanFacts {

    /** The root was a JSON object (a plan is one). */
    boolean rootIsObject;
    /** {@code planned_values} was an object. */
    boolean hasPlannedValues;
    /** {@code resource_changes} was an array. */
    boolean hasResourceChanges;
    /** {@code configuration.root_module} was an object. */
    boolean hasConfiguration;
    /** Where a second JSON value starts after the document, or {@code null}. */
    Range trailing;
    PlanScalar formatVersion;
    /** A top-level {@code plan_format_version}: HCP Terraform's redacted plan, which is no plan JSON file. */
    PlanScalar redactedFormatVersion;
    PlanScalar errored;
    PlanScalar complete;

    final List<PlannedResource> planned = new ArrayList<>();
    /** Non-deposed changes by address, in plan order. */
    final Map<String, PlannedChange> changes = new LinkedHashMap<>();
    /** Configuration blocks by {@link #configKey(String, String, String)}. */
    final Map<String, ConfiguredResource> configured = new HashMap<>();
    /**
     * A module input's or an output's expression in {@code configuration}: what references between resources
     * (SPEC §12) are followed through.
     *
     * @param constant   its constant string, or {@code null}
     * @param references its {@code references}, in the plan's order
     */
    record Passed(String constant, List<String> references) {
    }

    /** {@code module_calls[…].expressions} by the called module's call path and the input's name ({@code svc|name}). */
    final Map<String, Passed> inputs = new HashMap<>();
    /** {@code outputs[…].expression} by the declaring module's call path and the output's name ({@code svc|name}). */
    final Map<String, Passed> outputs = new HashMap<>();
    /** {@code module_calls[…].source} by module call path ({@code svc.shadow}). */
    final Map<String, String> moduleSources = new HashMap<>();

    /**
     * True when the document is a plan (SPEC §6): an object whose own {@code format_version} stands beside
     * {@code planned_values} or {@code resource_changes}. The sniff only saw the words somewhere (nested,
     * or inside {@code plan_format_version}); anything else was a false sniff.
     */
    boolean looksLikePlan() {
        return rootIsObject && formatVersion != null && (hasPlannedValues || hasResourceChanges);
    }

    static String configKey(String module, String type, String name) {
        return module + "|" + type + "." + name;
    }
}
