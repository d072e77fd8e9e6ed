package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.RubricVersion;
import id.meritasn.shared.graphql.CurrentAgency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** GraphQL of rubric versions: the version in force, saving a new one, and the preview of its consequences. */
@Controller
class RubricController {

    private final RubricService rubrics;

    RubricController(RubricService rubrics) {
        this.rubrics = rubrics;
    }

    record IndicatorWeight(String indicator, String axis, String label, int weight) {}

    record RubricScore(RubricDraft.Scale scale, String key, int score) {}

    record SaveRubricInput(
            LocalDate effectiveFrom,
            @Nullable List<RubricDraft.Weight> weights,
            @Nullable List<RubricDraft.Score> scales,
            @Nullable Double middleCutoff,
            @Nullable Double highCutoff,
            Rubric.Performance.@Nullable Model performanceModel,
            @Nullable Double performanceMiddleCutoff,
            @Nullable Double performanceHighCutoff,
            @Nullable Integer liftBaikAt,
            @Nullable Boolean noLift,
            @Nullable Integer skpYears,
            @Nullable Integer disciplineLookbackYears,
            @Nullable Integer competencyYears) {

        RubricDraft draft() {
            return new RubricDraft(
                    effectiveFrom,
                    weights == null ? List.of() : weights,
                    scales == null ? List.of() : scales,
                    new RubricDraft.Cut(middleCutoff, highCutoff),
                    new RubricDraft.Cut(performanceMiddleCutoff, performanceHighCutoff),
                    performanceModel,
                    liftBaikAt,
                    Boolean.TRUE.equals(noLift),
                    skpYears,
                    disciplineLookbackYears,
                    competencyYears);
        }
    }

    record SaveRubricPayload(@Nullable RubricVersion rubric, List<RubricProblem> errors) {}

    @QueryMapping
    RubricVersion rubric(@Argument @Nullable LocalDate asOf, @CurrentAgency String agency) {
        return rubrics.inForce(agency, asOf);
    }

    @QueryMapping
    RubricService.Preview rubricPreview(
            @Argument long periodId, @Argument SaveRubricInput input, @CurrentAgency String agency) {
        return rubrics.preview(agency, periodId, input.draft());
    }

    @MutationMapping
    SaveRubricPayload saveRubric(@Argument SaveRubricInput input, Authentication caller, @CurrentAgency String agency) {
        var saved = rubrics.save(agency, input.draft(), caller.getName());
        return new SaveRubricPayload(saved.valueOrNull(), saved.problems());
    }

    @SchemaMapping(typeName = "RubricVersion")
    List<IndicatorWeight> weights(RubricVersion version) {
        return version.rubric().weights().entrySet().stream()
                .map(e -> new IndicatorWeight(
                        e.getKey().name(), e.getKey().axis().name(), e.getKey().label(), e.getValue()))
                .toList();
    }

    @SchemaMapping(typeName = "RubricVersion")
    List<RubricScore> scales(RubricVersion version) {
        List<RubricScore> scores = new ArrayList<>();
        version.rubric().skpScale().forEach((k, v) -> scores.add(new RubricScore(RubricDraft.Scale.SKP, k.name(), v)));
        version.rubric().educationScale().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> scores.add(new RubricScore(RubricDraft.Scale.EDUCATION, e.getKey(), e.getValue())));
        version.rubric()
                .disciplineScale()
                .forEach((k, v) -> scores.add(new RubricScore(RubricDraft.Scale.DISCIPLINE, k.name(), v)));
        return scores;
    }

    @SchemaMapping(typeName = "RubricPreview")
    List<RubricProblem> errors(RubricService.Preview preview) {
        return preview.problems();
    }

    @SchemaMapping(typeName = "RubricVersion")
    double middleCutoff(RubricVersion version) {
        return version.rubric().cutoffs().middle().doubleValue();
    }

    @SchemaMapping(typeName = "RubricVersion")
    double highCutoff(RubricVersion version) {
        return version.rubric().cutoffs().high().doubleValue();
    }

    @SchemaMapping(typeName = "RubricVersion")
    double performanceMiddleCutoff(RubricVersion version) {
        return version.rubric().performance().cutoffs().middle().doubleValue();
    }

    @SchemaMapping(typeName = "RubricVersion")
    double performanceHighCutoff(RubricVersion version) {
        return version.rubric().performance().cutoffs().high().doubleValue();
    }

    @SchemaMapping(typeName = "RubricVersion")
    Rubric.Performance performance(RubricVersion version) {
        return version.rubric().performance();
    }

    @SchemaMapping(typeName = "RubricVersion")
    Rubric.Validity validity(RubricVersion version) {
        return version.rubric().validity();
    }
}
