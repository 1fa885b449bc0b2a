package dev.isolint.core.rule;

/** How much a finding of a rule matters. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
