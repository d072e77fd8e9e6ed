package id.meritasn.assessment;

import org.jspecify.annotations.Nullable;

/**
 * One rule a rubric breaks, with the field it concerns ({@code axis.PERFORMANCE}, {@code weight.SKP},
 * {@code skpScale.BAIK}, {@code highCutoff}), the rule ({@code AXIS_SUM}, {@code RANGE}, {@code MISSING}) and the
 * offending value, so an editor can show it beside its field and an API client can act on it without parsing text.
 */
public record RubricProblem(
        String field, String rule, @Nullable String value, String message) {}
