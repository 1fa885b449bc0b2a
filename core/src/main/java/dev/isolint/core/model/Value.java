package dev.isolint.core.model;

import java.util.List;

/**
 * The result of evaluating an expression before deployment. It is a type, not a flag beside a
 * value: code cannot read a boolean out of an {@link Unknown} by accident.
 *
 * <p>Every variant carries the evidence chain that produced it, innermost step last.
 *
 * @param <T> the type of a known value
 */
public sealed interface Value<T> permits Value.Known, Value.Unknown, Value.Absent {

    /** The steps that produced this value, in the order they were followed. */
    List<Evidence> evidence();

    /** A value fixed before deployment. */
    record Known<T>(T value, List<Evidence> evidence) implements Value<T> {
        public Known {
            evidence = Evidence.chain(evidence);
        }
    }

    /** A value that cannot be known before deployment; {@code reason} says why. */
    record Unknown<T>(String reason, List<Evidence> evidence) implements Value<T> {
        public Unknown {
            evidence = Evidence.chain(evidence);
        }
    }

    /** No value: the attribute is missing, null, or {@code AWS::NoValue}. */
    record Absent<T>(String reason, List<Evidence> evidence) implements Value<T> {
        public Absent {
            evidence = Evidence.chain(evidence);
        }
    }

    static <T> Known<T> known(T value, List<Evidence> evidence) {
        return new Known<>(value, evidence);
    }

    static <T> Unknown<T> unknown(String reason, List<Evidence> evidence) {
        return new Unknown<>(reason, evidence);
    }

    static <T> Absent<T> absent(String reason, List<Evidence> evidence) {
        return new Absent<>(reason, evidence);
    }

    /** This value, same variant and content, with {@code chain} as its evidence. */
    default Value<T> withEvidence(List<Evidence> chain) {
        // Java 17: no pattern matching for switch yet, so the three cases are spelled out.
        if (this instanceof Known<T> k) {
            return new Known<>(k.value(), chain);
        }
        if (this instanceof Unknown<T> u) {
            return new Unknown<>(u.reason(), chain);
        }
        return new Absent<>(((Absent<T>) this).reason(), chain);
    }
}
