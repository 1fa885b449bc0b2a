package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.model.Value;
import java.util.List;

/**
 * One planned instance of a kept resource type, as a {@link PlanAdapter} sees it: what the plan says of it
 * ({@code planned_values} joined with {@code resource_changes} and the {@code configuration} block) at the
 * attribute paths the adapters asked for, whatever service it belongs to.
 */
public final class PlanResource {

    private final PlanSelection selection;
    private final String address;
    private final String type;
    private final String name;
    private final String module;
    private final Range location;
    private final PlanScalar[] values;
    private final String source;
    private final PlannedChange change;
    private final ConfiguredResource config;
    private final TerraformSourceLocator sources;
    private final PlanFacts facts;

    PlanResource(PlanSelection selection, String address, String type, String name, String module, Range location,
            PlanScalar[] values, String source, PlannedChange change, ConfiguredResource config,
            TerraformSourceLocator sources, PlanFacts facts) {
        this.facts = facts;
        this.selection = selection;
        this.address = address;
        this.type = type;
        this.name = name;
        this.module = module;
        this.location = location;
        this.values = values;
        this.source = source;
        this.change = change;
        this.config = config;
        this.sources = sources;
    }

    /** The plan's address, exactly ({@code module.svc["x"].aws_sagemaker_model.m[0]}). */
    public String address() {
        return address;
    }

    /** The resource type. */
    public String type() {
        return type;
    }

    /** {@code change.actions} ({@code ["create"]}, {@code ["delete","create"]}, …); empty without a change. */
    public List<String> actions() {
        return change == null ? List.of() : change.actions();
    }

    /**
     * True when the plan replaces the object: a new one is created and the old one destroyed, either order, or
     * forgotten ({@code ["create","forget"]}: {@code lifecycle { destroy = false }} leaves it deployed).
     */
    public boolean replaces() {
        return change != null && change.replaces();
    }

    /**
     * The boolean at {@code path}, with its evidence: the configuration's expression, the planned value, the
     * {@code after_unknown} flag (set at the path or at an object or list holding it). A missing value, or a
     * missing object or block that would hold it, is absent.
     *
     * @throws IllegalArgumentException when no adapter of this type asked for {@code path}
     */
    public Value<Boolean> bool(PlanPath path) {
        return evaluate(path, false);
    }

    /**
     * Whether {@code path} is set in this instance: true when its planned value is not null, absent when it is null or
     * missing (or an omitted attribute the provider plans as unknown), unknown when only apply will tell.
     *
     * @throws IllegalArgumentException when no adapter of this type asked for {@code path}
     */
    public Value<Boolean> present(PlanPath path) {
        return evaluate(path, true);
    }

    /**
     * What the attribute at {@code path} names (SPEC §12), from the plan's {@code configuration}: its references,
     * followed through module inputs and outputs to resources (by their address without instance keys), else the
     * planned string (a name), else a name known only after apply.
     *
     * @throws IllegalArgumentException when no adapter of this type asked for {@code path}
     */
    public List<Reference> references(PlanPath path) {
        int n = index(path);
        ConfiguredResource.Expression expr = config == null ? null : config.expressions()[n];
        PlanScalar unknown = change == null ? null : change.afterUnknown()[n];
        return PlanReferences.of(facts, module == null ? "" : module, expr, values[n], unknown, location);
    }

    /**
     * The resource's own name at {@code path} ({@code name}, awscc {@code model_name}): literal when planned as a
     * string, an expression when known only after apply, else not set. Plan JSON has no lifecycle, so this is for
     * matching references by name.
     */
    public NameSetting name(PlanPath path) {
        int n = index(path);
        PlanScalar v = values[n];
        PlanScalar unknown = change == null ? null : change.afterUnknown()[n];
        if (v != null && v.kind() == PlanScalar.Kind.STRING) {
            return new NameSetting(path.toString(), NameSetting.Kind.LITERAL, List.of(v.text()), v.location());
        }
        if (unknown != null && unknown.isTrue()) {
            return new NameSetting(path.toString(), NameSetting.Kind.EXPRESSION, List.of(), unknown.location());
        }
        return NameSetting.notSet(path.toString(), location);
    }

    private int index(PlanPath path) {
        int n = selection.indexOf(path);
        PlanSelection.Kept kept = selection.of(type);
        if (n < 0 || kept == null || !kept.paths.contains(path)) {
            throw new IllegalArgumentException(path + " is not a path the adapters of " + type + " read");
        }
        return n;
    }

    private Value<Boolean> evaluate(PlanPath path, boolean presence) {
        int n = index(path);
        PlanScalar unknown = change == null ? null : change.afterUnknown()[n];
        ConfiguredResource.Expression expr = config == null ? null : config.expressions()[n];
        return PlanBoolean.evaluate(path, values[n], source, location, unknown, config, expr, presence);
    }

    /**
     * The format-independent facts of this instance, with {@code notes} for its message; the evidence shows the
     * {@code .tf} source of the block and of the kept attributes when the configuration is on disk beside the plan.
     */
    public Resource resource(List<String> notes) {
        List<Evidence> context = config == null ? List.of()
                : sources.find(module, type, name, selection.of(type).paths);
        return new Resource(type, address, null, SourceFormat.TERRAFORM_PLAN, location, notes, context, List.of());
    }
}
