package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.MoveStatus;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.inbox.Caller;
import id.meritasn.inbox.Task;
import id.meritasn.inbox.TaskSource;
import id.meritasn.shared.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the assessment cycle waits for, by role: colleagues to rate and inputs to validate (anyone asked), inputs still
 * missing (assessors and tenant admins), units to declare, community input to moderate and a calibrated map to
 * publish (tenant admins), moves another member proposed (the talent committee).
 */
@Component
@Order(20)
class AssessmentTasks implements TaskSource {

    /** Community submissions counted at most: the inbox says "at least" beyond. */
    static final int COUNT_LIMIT = 1000;

    private final AssessmentService assessments;
    private final FeedbackService feedback;
    private final TieredValidation validation;
    private final CompletenessService completeness;
    private final CommunityFeedbackService community;
    private final CalibrationMoveService moves;

    AssessmentTasks(
            AssessmentService assessments,
            FeedbackService feedback,
            TieredValidation validation,
            CompletenessService completeness,
            CommunityFeedbackService community,
            CalibrationMoveService moves) {
        this.assessments = assessments;
        this.feedback = feedback;
        this.validation = validation;
        this.completeness = completeness;
        this.community = community;
        this.moves = moves;
    }

    @Override
    public List<Task> tasks(String agency, Caller caller) {
        List<Task> tasks = new ArrayList<>();
        if (caller.has(Roles.EMPLOYEE) || reads(caller)) {
            if (caller.nip() != null) {
                int toRate = feedback.myOpenTasks(agency).stream()
                        .mapToInt(p -> (int) p.tasks().stream()
                                .filter(t -> t.score() == null)
                                .count())
                        .sum();
                add(tasks, "RATE_COLLEAGUES", AssessmentTaskText.RATE_COLLEAGUES, toRate, "/umpan-balik");
            }
            // tier holders are named by NIP, or are the tenant admins where the structure has nobody that high
            int toValidate = validation.openQueues(agency).stream()
                    .mapToInt(q -> q.waiting().size())
                    .sum();
            add(tasks, "VALIDATE_INPUTS", AssessmentTaskText.VALIDATE_INPUTS, toValidate, "/validasi");
        }
        if (!reads(caller)) {
            return tasks;
        }
        for (AssessmentPeriod period : assessments.periods(agency)) {
            if (period.status() == PeriodStatus.PUBLISHED) {
                continue;
            }
            if (caller.has(Roles.TENANT_ADMIN) || caller.has(Roles.ASSESSOR)) {
                var units = completeness.declarations(agency, period.id());
                int missing = units.stream()
                        .mapToInt(CompletenessService.UnitDeclaration::notMapped)
                        .sum();
                if (period.status() == PeriodStatus.OPEN) {
                    add(
                            tasks,
                            "INPUTS_MISSING",
                            AssessmentTaskText.INPUTS_MISSING,
                            missing,
                            "/kelengkapan",
                            "period",
                            period.name());
                }
                if (caller.has(Roles.TENANT_ADMIN)) {
                    int undeclared = (int) units.stream()
                            .filter(u -> u.status() == CompletenessService.Status.UNDECLARED)
                            .count();
                    add(
                            tasks,
                            "DECLARE_UNITS",
                            AssessmentTaskText.DECLARE_UNITS,
                            undeclared,
                            "/kelengkapan",
                            "period",
                            period.name());
                }
            }
            if (caller.has(Roles.TENANT_ADMIN)) {
                if (period.status() == PeriodStatus.OPEN) {
                    int pending = community
                            .queue(agency, period.id(), CommunityFeedbackService.Status.PENDING, null, COUNT_LIMIT)
                            .size();
                    add(
                            tasks,
                            "MODERATE_COMMUNITY_INPUT",
                            AssessmentTaskText.MODERATE_COMMUNITY_INPUT,
                            pending,
                            "/masukan-masyarakat",
                            "period",
                            period.name());
                }
                if (period.status() == PeriodStatus.CALIBRATED) {
                    add(
                            tasks,
                            "PUBLISH_PERIOD",
                            AssessmentTaskText.PUBLISH_PERIOD,
                            1,
                            "/peta-talenta",
                            "period",
                            period.name());
                }
            }
            if (caller.has(Roles.TALENT_COMMITTEE) && period.status() == PeriodStatus.OPEN) {
                // every unit declared complete (or excluded): the inputs are in, calibration can start
                var units = completeness.declarations(agency, period.id());
                if (!units.isEmpty()
                        && units.stream().noneMatch(u -> u.status() == CompletenessService.Status.UNDECLARED)) {
                    add(
                            tasks,
                            "START_CALIBRATION",
                            AssessmentTaskText.START_CALIBRATION,
                            1,
                            "/peta-talenta",
                            "period",
                            period.name());
                }
            }
            if (caller.has(Roles.TALENT_COMMITTEE) && period.status() == PeriodStatus.CALIBRATING) {
                int toAgree = (int) moves.moves(agency, period.id()).stream()
                        .filter(m -> m.status() == MoveStatus.PENDING
                                && m.needsSecond()
                                && !m.movedBy().equals(caller.username()))
                        .count();
                add(
                        tasks,
                        "AGREE_CALIBRATION_MOVES",
                        AssessmentTaskText.AGREE_CALIBRATION_MOVES,
                        toAgree,
                        "/peta-talenta",
                        "period",
                        period.name());
            }
        }
        return tasks;
    }

    /** The roles that read the agency's periods and maps. */
    private static boolean reads(Caller caller) {
        return caller.has(Roles.TENANT_ADMIN)
                || caller.has(Roles.ASSESSOR)
                || caller.has(Roles.TALENT_COMMITTEE)
                || caller.has(Roles.PPK);
    }

    private static void add(
            List<Task> tasks, String kind, AssessmentTaskText text, int count, String link, Object... args) {
        if (count > 0) {
            Object[] all = new Object[args.length + 2];
            all[0] = "count";
            all[1] = count;
            System.arraycopy(args, 0, all, 2, args.length);
            tasks.add(new Task(kind, text.with(all), count, link));
        }
    }
}
