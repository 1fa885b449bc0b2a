package dev.isolint.core.internal.plan;

import dev.isolint.core.model.Range;

/**
 * A JSON value read from a plan at a place we care about (a planned attribute, a flag), reduced to
 * what the evaluation needs: its kind, its text, and where it stands in the plan file.
 *
 * @param kind     what JSON value it was
 * @param text     the scalar's text ({@code true}, {@code 42}, the string's content); {@code {…}} / {@code […]} for structures
 * @param location the line and column of the value in the plan
 */
record PlanScalar(Kind kind, String text, Range location) {

    /** The JSON kinds a plan value can have. */
    enum Kind { TRUE, FALSE, NULL, STRING, NUMBER, STRUCTURE }

    /** The value as JSON would show it, for evidence notes ({@code "true"} quoted when it was a string). */
    String json() {
        return kind == Kind.STRING ? '"' + text + '"' : text;
    }

    boolean isTrue() {
        return kind == Kind.TRUE;
    }
}
