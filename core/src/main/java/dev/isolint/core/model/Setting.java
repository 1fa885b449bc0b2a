package dev.isolint.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One attribute of a resource as it would be deployed: its value in every instance the resource yields
 * ({@code count}/{@code for_each}, module instances), or — when it yields none under the evaluated inputs — the
 * values it has as written, which a rule judges instead (a dormant block is a finding waiting for a flag flip).
 *
 * @param instances the instances; one entry without key when the resource is not repeated
 * @param asWritten when {@code instances} is empty: the values as written (one per iteration a dormant module would
 *                  give, at least one), else empty
 * @param <T>       the attribute's type
 */
public record Setting<T>(List<Instance<T>> instances, List<Value<T>> asWritten) {

    public Setting {
        instances = List.copyOf(instances);
        asWritten = List.copyOf(asWritten);
        if (instances.isEmpty() && asWritten.isEmpty()) {
            throw new IllegalArgumentException("a setting without instances needs its value as written");
        }
    }

    /** The setting of a resource that yields exactly itself (CloudFormation, a plan instance, a plain HCL block). */
    public static <T> Setting<T> single(Value<T> value) {
        return new Setting<>(List.of(new Instance<>(null, value)), List.of());
    }

    /**
     * This setting in only those instances (or, without instances, values as written) where {@code condition} — a
     * setting of the same resource, instance for instance — is not known to be off: {@code null} when there is none.
     * A monitoring schedule's isolation counts only where it embeds a job definition.
     */
    public Setting<T> where(Setting<Boolean> condition) {
        List<Instance<T>> kept = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            if (i < condition.instances.size() && holds(condition.instances.get(i).value())) {
                kept.add(instances.get(i));
            }
        }
        List<Value<T>> keptWritten = new ArrayList<>();
        for (int i = 0; i < asWritten.size(); i++) {
            if (i < condition.asWritten.size() && holds(condition.asWritten.get(i))) {
                keptWritten.add(asWritten.get(i));
            }
        }
        return kept.isEmpty() && keptWritten.isEmpty() ? null : new Setting<>(kept, keptWritten);
    }

    private static boolean holds(Value<Boolean> v) {
        return v instanceof Value.Unknown || v instanceof Value.Known<Boolean> k && Boolean.TRUE.equals(k.value());
    }

    /**
     * The value in one instance.
     *
     * @param key   the instance's full address ({@code module.fleet["b"].aws_sagemaker_model.m[0]}), or {@code null}
     *              when the resource yields exactly itself
     * @param value the evaluated attribute
     */
    public record Instance<T>(String key, Value<T> value) {
    }
}
