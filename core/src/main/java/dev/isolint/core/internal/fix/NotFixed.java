package dev.isolint.core.internal.fix;

import dev.isolint.core.rule.Finding;

/**
 * A failing result {@code isolint fix} leaves alone (SPEC §13), with why and what a person does instead.
 *
 * @param finding    the result
 * @param reason     why it is not edited
 * @param manualStep what to do by hand
 */
public record NotFixed(Finding finding, String reason, String manualStep) {
}
