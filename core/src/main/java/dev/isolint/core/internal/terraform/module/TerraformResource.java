package dev.isolint.core.internal.terraform.module;

import dev.isolint.core.model.CallPath;
import dev.isolint.core.model.Evidence;
import dev.isolint.core.model.InlineSuppression;
import dev.isolint.core.model.NameSetting;
import dev.isolint.core.model.Reference;
import dev.isolint.core.model.Range;
import dev.isolint.core.model.Resource;
import dev.isolint.core.model.Setting;
import dev.isolint.core.model.SourceFormat;
import dev.isolint.core.model.Value;
import dev.isolint.core.internal.suppress.SuppressionComments;
import dev.isolint.core.internal.terraform.eval.Trail;
import dev.isolint.core.internal.terraform.eval.Val;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Terraform resource block as adapters see it: one block per root and call path (SPEC §5), with its instances
 * in every module instance of that path (each with the scope its expressions are evaluated in), or, when it has
 * none, the iterations it is judged on as written. An attribute path evaluates to a {@link Setting} per instance;
 * each path is evaluated once per module instance, in configuration order.
 */
public final class TerraformResource {

    private final Decl block;
    private final String address;
    private final CallPath callPath;
    private final List<BlockResult> visits = new ArrayList<>();
    private final Trail context = new Trail();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Trail dormantContext = new Trail();
    private final Set<String> dormantNotes = new LinkedHashSet<>();
    private boolean instances;
    private final Map<String, Asked> asked = new LinkedHashMap<>();
    private List<InlineSuppression> suppressions;

    /** A path asked for, with its values in the visits evaluated so far. */
    private static final class Asked {
        final TerraformPath path;
        final boolean byDefault;
        final boolean presence;
        final List<Setting.Instance<Boolean>> instances = new ArrayList<>();
        final List<Value<Boolean>> asWritten = new ArrayList<>();
        /** In raw mode ({@link #references}, {@link #name}): the attribute as evaluated in each instance or iteration. */
        final boolean raw;
        final List<PathEvaluator.Found> found = new ArrayList<>();
        int evaluated;

        Asked(TerraformPath path, boolean byDefault, boolean presence) {
            this(path, byDefault, presence, false);
        }

        Asked(TerraformPath path, boolean byDefault, boolean presence, boolean raw) {
            this.path = path;
            this.byDefault = byDefault;
            this.presence = presence;
            this.raw = raw;
        }
    }

    TerraformResource(BlockResult first, CallPath callPath) {
        this.block = first.resource();
        this.address = first.address();
        this.callPath = callPath;
        add(first);
    }

    /** Adds the block's instances in one more module instance, and evaluates there the paths already asked for. */
    void add(BlockResult visit) {
        visits.add(visit);
        if (visit.instances().isEmpty()) {
            dormantContext.addAll(visit.context());
            dormantNotes.addAll(visit.notes());
        } else {
            instances = true;
            context.addAll(visit.context());
            notes.addAll(visit.notes());
        }
        for (Asked a : asked.values()) {
            evaluate(a);
        }
    }

    /** The resource type ({@code aws_sagemaker_model}). */
    public String type() {
        return block.label(0);
    }

    /** The configuration address without instance keys ({@code module.ml.aws_sagemaker_model.m}). */
    public String address() {
        return address;
    }

    /** The root and module calls it is reached through. */
    public CallPath callPath() {
        return callPath;
    }

    /** Where the block is written. */
    public Range location() {
        return block.location();
    }

    /** Facts a finding's message states (a module call with no instance). */
    public List<String> notes() {
        return new ArrayList<>(instances ? notes : dormantNotes);
    }

    /** Evidence about the block as a whole (module calls, its count). */
    public List<Evidence> context() {
        return (instances ? context : dormantContext).steps();
    }

    /**
     * Its suppression comments. They are written in the module, so they hold for every caller; JSON syntax has no
     * comments.
     */
    public List<InlineSuppression> suppressions() {
        if (suppressions == null) {
            ConfigFile f = block.file();
            suppressions = f.json() ? List.of()
                    : SuppressionComments.find(f.lines(), block.block().range().line(), block.block().range().endLine(),
                            f.path());
        }
        return suppressions;
    }

    /** What every format knows of it, for the typed record. */
    public Resource resource() {
        return new Resource(type(), address, callPath, SourceFormat.TERRAFORM, location(), notes(), context(),
                suppressions());
    }

    /**
     * The bool at {@code path} in every instance, or as written when the block has none. An instance whose path
     * runs through several nested blocks has a value for each, keyed by the instance's address and the blocks
     * ({@code aws_x.m.network_config[1]}); an attribute not set is absent, and its evidence says it defaults to
     * {@code byDefault}.
     */
    public Setting<Boolean> bool(TerraformPath path, boolean byDefault) {
        return ask(path + (byDefault ? "|true" : "|false"), path, byDefault, false);
    }

    /**
     * Whether {@code path} is set, in the same instances as {@link #bool} gives them: true where it holds a value
     * that is not null, absent where it (or a block or object on the way) is not set, unknown where that cannot be
     * known ({@code monitoring_schedule_config.monitoring_job_definition}: is the job definition embedded?).
     */
    public Setting<Boolean> present(TerraformPath path) {
        return ask(path + "|set", path, false, true);
    }

    /**
     * What the attribute at {@code path} names in any instance (SPEC §12), through {@code path.keys()} into objects and
     * across lists of them ({@code production_variants[*].model_name} in awscc): an unknown that is an attribute of a
     * resource (through locals, module outputs and inputs, interpolation) is a reference to that resource, a known
     * string is a name, any other unknown a name not known before deployment. Each reference once.
     */
    public List<Reference> references(TerraformPath path) {
        List<Reference> out = new ArrayList<>();
        for (PathEvaluator.Found f : raw(path)) {
            if (f.raw() != null) {
                List<Val> leaves = new ArrayList<>();
                TerraformReferences.leaves(f.raw(), path.keys(), 0, leaves);
                for (Val v : leaves) {
                    TerraformReferences.add(v, f.at(), out);
                }
            }
        }
        return out;
    }

    /**
     * The block's own name setting at {@code path} ({@code name}, awscc {@code model_name}): literal when every instance
     * (or iteration as written) gives a string known before apply, not set when none sets it, else an expression.
     */
    public NameSetting name(TerraformPath path) {
        return TerraformReferences.name(path.toString(), raw(path), location());
    }

    /** Where {@code lifecycle { create_before_destroy = true }} is set on the block (any instance), or {@code null}. */
    public Range createBeforeDestroy() {
        Setting<Boolean> set = bool(CREATE_BEFORE_DESTROY, false);
        List<Value<Boolean>> values = new ArrayList<>(set.asWritten());
        for (Setting.Instance<Boolean> i : set.instances()) {
            values.add(i.value());
        }
        for (Value<Boolean> v : values) {
            if (v instanceof Value.Known<Boolean> k && k.value()) {
                List<Evidence> ev = k.evidence();
                return ev.isEmpty() ? location() : ev.get(ev.size() - 1).location();
            }
        }
        return null;
    }

    private static final TerraformPath CREATE_BEFORE_DESTROY = TerraformPath.block("lifecycle")
            .attribute("create_before_destroy");

    private List<PathEvaluator.Found> raw(TerraformPath path) {
        String key = path + "|raw";
        Asked a = asked.get(key);
        if (a == null) {
            a = new Asked(path, false, false, true);
            asked.put(key, a);
            evaluate(a);
        }
        return a.found;
    }

    private Setting<Boolean> ask(String key, TerraformPath path, boolean byDefault, boolean presence) {
        Asked a = asked.get(key);
        if (a == null) {
            a = new Asked(path, byDefault, presence);
            asked.put(key, a);
            evaluate(a);
        }
        return instances ? new Setting<>(a.instances, List.of()) : new Setting<>(List.of(), a.asWritten);
    }

    /** Evaluates {@code a} in the visits it has not yet been evaluated in. */
    private void evaluate(Asked a) {
        while (a.evaluated < visits.size()) {
            BlockResult r = visits.get(a.evaluated++);
            if (a.raw) {
                for (BlockResult.Keyed k : r.instances()) {
                    a.found.addAll(PathEvaluator.raw(r.module(), r.resource(), k.iteration(), a.path));
                }
                for (Iteration it : r.asWritten()) {
                    a.found.addAll(PathEvaluator.raw(r.module(), r.resource(), it, a.path));
                }
                continue;
            }
            for (BlockResult.Keyed k : r.instances()) {
                List<PathEvaluator.Found> found = values(a, r, k.iteration());
                if (found.size() == 1) {
                    a.instances.add(new Setting.Instance<>(k.key(), found.get(0).value()));
                } else {
                    String base = r.localAddress() + k.iteration().key();
                    for (PathEvaluator.Found f : found) {
                        a.instances.add(new Setting.Instance<>(base + f.suffix(), f.value()));
                    }
                }
            }
            for (Iteration it : r.asWritten()) {
                for (PathEvaluator.Found f : values(a, r, it)) {
                    a.asWritten.add(f.value());
                }
            }
        }
    }

    private static List<PathEvaluator.Found> values(Asked a, BlockResult r, Iteration it) {
        return a.presence ? PathEvaluator.presence(r.module(), r.resource(), it, a.path)
                : PathEvaluator.values(r.module(), r.resource(), it, a.path, a.byDefault);
    }
}
