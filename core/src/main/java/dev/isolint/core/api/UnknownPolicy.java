package dev.isolint.core.api;

/** Whether an UNKNOWN verdict fails the run (the default: a gate that cannot prove isolation must not pass). */
public enum UnknownPolicy {
    FAIL,
    WARN
}
