package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.TalentMap;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.shared.security.AgencySelection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
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

    record CreateAssessmentPeriodInput(String name, LocalDate asOf) {}

    record RecordSkpInput(
            long periodId, String nip, Skp.Rating hasilKerja, Skp.Rating perilakuKerja, String evidence) {}

    record CompetencyLevelInput(String competency, int level) {}

    record RecordCompetencyInput(
            long periodId,
            String nip,
            List<CompetencyLevelInput> levels,
            @Nullable LocalDate assessedOn,
            String evidence) {}

    record DeclareNoSanctionInput(long periodId, String nip, String evidence) {}

    record RecordPotentialInput(long periodId, String nip, BigDecimal score, String evidence) {}

    record RecordFieldFitInput(long periodId, String nip, boolean fits, String evidence) {}

    record ComputeAssessmentPeriodInput(long periodId) {}

    record PeriodInput(long periodId) {}

    @MutationMapping
    AssessmentPeriod startCalibration(@Argument PeriodInput input, @CurrentAgency String agency) {
        return calibration.startCalibration(agency, input.periodId());
    }

    @MutationMapping
    AssessmentPeriod closeCalibration(@Argument PeriodInput input, @CurrentAgency String agency) {
        return calibration.closeCalibration(agency, input.periodId());
    }

    @MutationMapping
    AssessmentPeriod publishAssessmentPeriod(@Argument PeriodInput input, @CurrentAgency String agency) {
        return calibration.publish(agency, input.periodId());
    }

    @QueryMapping
    CalibrationService.@Nullable OwnResult myTalentResult(@Argument long periodId, @CurrentAgency String agency) {
        return calibration.ownResult(agency, periodId).orElse(null);
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

    @MutationMapping
    AssessmentPeriod createAssessmentPeriod(@Argument CreateAssessmentPeriodInput input, @CurrentAgency String agency) {
        return assessments.createPeriod(agency, input.name(), input.asOf());
    }

    @MutationMapping
    TalentResult recordSkp(@Argument RecordSkpInput input, Authentication caller, @CurrentAgency String agency) {
        return assessments.recordSkp(
                agency,
                input.periodId(),
                input.nip(),
                input.hasilKerja(),
                input.perilakuKerja(),
                input.evidence(),
                caller.getName());
    }

    @MutationMapping
    TalentResult recordCompetency(
            @Argument RecordCompetencyInput input, Authentication caller, @CurrentAgency String agency) {
        return assessments.recordCompetency(
                agency,
                input.periodId(),
                input.nip(),
                input.levels().stream()
                        .collect(Collectors.toMap(CompetencyLevelInput::competency, CompetencyLevelInput::level)),
                input.assessedOn(),
                input.evidence(),
                caller.getName());
    }

    @MutationMapping
    TalentResult declareNoSanction(
            @Argument DeclareNoSanctionInput input, Authentication caller, @CurrentAgency String agency) {
        return assessments.declareNoSanction(agency, input.periodId(), input.nip(), input.evidence(), caller.getName());
    }

    @MutationMapping
    TalentResult recordPotential(
            @Argument RecordPotentialInput input, Authentication caller, @CurrentAgency String agency) {
        return assessments.recordPotential(
                agency, input.periodId(), input.nip(), input.score(), input.evidence(), caller.getName());
    }

    @MutationMapping
    TalentResult recordFieldFit(
            @Argument RecordFieldFitInput input, Authentication caller, @CurrentAgency String agency) {
        return assessments.recordFieldFit(
                agency, input.periodId(), input.nip(), input.fits(), input.evidence(), caller.getName());
    }

    @MutationMapping
    int computeAssessmentPeriod(@Argument ComputeAssessmentPeriodInput input, @CurrentAgency String agency) {
        return assessments.computePeriod(agency, input.periodId());
    }
}
