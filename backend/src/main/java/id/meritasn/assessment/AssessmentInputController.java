package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentPayloads.AssessmentPeriodPayload;
import id.meritasn.assessment.AssessmentPayloads.ComputeAssessmentPeriodPayload;
import id.meritasn.assessment.AssessmentPayloads.TalentResultPayload;
import id.meritasn.shared.graphql.CurrentAgency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * The assessment mutations that open periods, record inputs (each with its evidence; the employee is recomputed) and
 * recompute a period; each returns a payload whose errors carry the refused rule.
 */
@Controller
class AssessmentInputController {

    private final AssessmentService assessments;

    AssessmentInputController(AssessmentService assessments) {
        this.assessments = assessments;
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

    @MutationMapping
    AssessmentPeriodPayload createAssessmentPeriod(
            @Argument CreateAssessmentPeriodInput input, @CurrentAgency String agency) {
        return new AssessmentPeriodPayload(assessments.createPeriod(agency, input.name(), input.asOf()));
    }

    @MutationMapping
    TalentResultPayload recordSkp(@Argument RecordSkpInput input, Authentication caller, @CurrentAgency String agency) {
        return new TalentResultPayload(assessments.recordSkp(
                agency,
                input.periodId(),
                input.nip(),
                input.hasilKerja(),
                input.perilakuKerja(),
                input.evidence(),
                caller.getName()));
    }

    @MutationMapping
    TalentResultPayload recordCompetency(
            @Argument RecordCompetencyInput input, Authentication caller, @CurrentAgency String agency) {
        return new TalentResultPayload(assessments.recordCompetency(
                agency,
                input.periodId(),
                input.nip(),
                input.levels().stream()
                        .collect(Collectors.toMap(CompetencyLevelInput::competency, CompetencyLevelInput::level)),
                input.assessedOn(),
                input.evidence(),
                caller.getName()));
    }

    @MutationMapping
    TalentResultPayload declareNoSanction(
            @Argument DeclareNoSanctionInput input, Authentication caller, @CurrentAgency String agency) {
        return new TalentResultPayload(assessments.declareNoSanction(
                agency, input.periodId(), input.nip(), input.evidence(), caller.getName()));
    }

    @MutationMapping
    TalentResultPayload recordPotential(
            @Argument RecordPotentialInput input, Authentication caller, @CurrentAgency String agency) {
        return new TalentResultPayload(assessments.recordPotential(
                agency, input.periodId(), input.nip(), input.score(), input.evidence(), caller.getName()));
    }

    @MutationMapping
    TalentResultPayload recordFieldFit(
            @Argument RecordFieldFitInput input, Authentication caller, @CurrentAgency String agency) {
        return new TalentResultPayload(assessments.recordFieldFit(
                agency, input.periodId(), input.nip(), input.fits(), input.evidence(), caller.getName()));
    }

    @MutationMapping
    ComputeAssessmentPeriodPayload computeAssessmentPeriod(
            @Argument ComputeAssessmentPeriodInput input, @CurrentAgency String agency) {
        return new ComputeAssessmentPeriodPayload(assessments.computePeriod(agency, input.periodId()));
    }
}
