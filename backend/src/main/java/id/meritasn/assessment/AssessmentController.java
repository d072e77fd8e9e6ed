package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentPayloads.AssessmentPeriodPayload;
import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.TalentMap;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.security.AgencySelection;
import id.meritasn.shared.text.Text;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL types of assessments: periods, rubric versions, inputs and the talent map. */
@Controller
class AssessmentController {

    private final AssessmentService assessments;
    private final TalentMapService talentMaps;
    private final CalibrationService calibration;
    private final ProfileReads profileReads;

    AssessmentController(
            AssessmentService assessments,
            TalentMapService talentMaps,
            CalibrationService calibration,
            ProfileReads profileReads) {
        this.profileReads = profileReads;
        this.talentMaps = talentMaps;
        this.assessments = assessments;
        this.calibration = calibration;
    }

    record PeriodInput(long periodId) {}

    @MutationMapping
    AssessmentPeriodPayload startCalibration(@Argument PeriodInput input, @CurrentAgency String agency) {
        return new AssessmentPeriodPayload(calibration.startCalibration(agency, input.periodId()));
    }

    @MutationMapping
    AssessmentPeriodPayload closeCalibration(@Argument PeriodInput input, @CurrentAgency String agency) {
        return new AssessmentPeriodPayload(calibration.closeCalibration(agency, input.periodId()));
    }

    @MutationMapping
    AssessmentPeriodPayload publishAssessmentPeriod(@Argument PeriodInput input, @CurrentAgency String agency) {
        return new AssessmentPeriodPayload(calibration.publish(agency, input.periodId()));
    }

    @QueryMapping
    CalibrationService.@Nullable OwnResult myTalentResult(@Argument long periodId, @CurrentAgency String agency) {
        return calibration.ownResult(agency, periodId).orElse(null);
    }

    @SchemaMapping(typeName = "TalentResult", field = "missingTexts")
    List<Text> missingTexts(TalentResult result) {
        return result.missing().stream().map(MissingInput::describe).toList();
    }

    /** Explanations come with most results; those of a map's members are loaded here, once per period, if asked for. */
    @BatchMapping(typeName = "TalentResult", field = "explanation")
    Map<TalentResult, List<ScoreEngine.IndicatorScore>> explanation(
            List<TalentResult> results, graphql.GraphQLContext context) {
        Map<TalentResult, List<ScoreEngine.IndicatorScore>> byResult = new java.util.LinkedHashMap<>();
        List<TalentResult> missing = new java.util.ArrayList<>();
        results.forEach(r -> {
            if (r.explanation() != null) {
                byResult.put(r, r.explanation());
            } else {
                missing.add(r);
            }
        });
        if (!missing.isEmpty()) {
            String agency =
                    context.<AgencySelection>get(AgencySelection.CONTEXT_KEY).require();
            missing.stream()
                    .collect(Collectors.groupingBy(TalentResult::periodId))
                    .forEach((periodId, inPeriod) -> {
                        var loaded = talentMaps.explanations(agency, periodId, inPeriod);
                        inPeriod.forEach(
                                r -> byResult.put(r, loaded.getOrDefault(r.nip() + "/" + r.version(), List.of())));
                    });
        }
        return byResult;
    }

    @BatchMapping(typeName = "TalentResult", field = "calibration")
    Map<TalentResult, AssessmentRecords.CalibrationMove> calibration(
            List<TalentResult> results, graphql.GraphQLContext context) {
        Map<TalentResult, AssessmentRecords.CalibrationMove> byResult = new java.util.LinkedHashMap<>();
        if (results.isEmpty()) {
            return byResult;
        }
        String agency =
                context.<AgencySelection>get(AgencySelection.CONTEXT_KEY).require();
        // one read per period among the results (a talent history spans periods; a map has one)
        results.stream()
                .collect(Collectors.groupingBy(
                        TalentResult::periodId, java.util.LinkedHashMap::new, Collectors.toList()))
                .forEach((periodId, inPeriod) -> {
                    Map<String, AssessmentRecords.CalibrationMove> moves = calibration.moves(
                            agency,
                            periodId,
                            inPeriod.stream().map(TalentResult::nip).toList());
                    inPeriod.forEach(r -> {
                        if (moves.containsKey(r.nip())) {
                            byResult.put(r, moves.get(r.nip()));
                        }
                    });
                });
        return byResult;
    }

    @QueryMapping
    List<AssessmentPeriod> assessmentPeriods(@CurrentAgency String agency) {
        return assessments.periods(agency);
    }

    @QueryMapping
    TalentMap talentMap(
            @Argument long periodId,
            @Argument id.meritasn.employee.@Nullable EmployeeFilter filter,
            @CurrentAgency String agency,
            graphql.schema.DataFetchingFieldSelectionSet selection) {
        // the grid alone (no members asked for) is counted by the database instead of reading every result
        if (filter == null && !selection.contains("members")) {
            return talentMaps.talentMapSummary(agency, periodId);
        }
        return filter == null ? talentMaps.talentMap(agency, periodId) : talentMaps.talentMap(agency, periodId, filter);
    }

    @QueryMapping
    List<AssessmentRecords.UnitCompleteness> assessmentCompleteness(
            @Argument long periodId, @CurrentAgency String agency) {
        return talentMaps.completeness(agency, periodId);
    }

    @QueryMapping
    List<AssessmentRecords.PeriodResult> talentHistory(@Argument String nip, @CurrentAgency String agency) {
        var history = talentMaps.history(agency, nip);
        if (!history.isEmpty()) {
            profileReads.record(agency, nip, ProfileView.TALENT_HISTORY);
        }
        return history;
    }

    @QueryMapping
    List<TalentResult> talentResults(@Argument long periodId, @Argument String nip, @CurrentAgency String agency) {
        var versions = talentMaps.versions(agency, periodId, nip);
        if (!versions.isEmpty()) {
            profileReads.record(agency, nip, ProfileView.TALENT_RESULT);
        }
        return versions;
    }
}
