package id.meritasn.development;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.RubricService;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.employee.EmployeeService;
import id.meritasn.mobility.MobilityProfileService;
import id.meritasn.mobility.MobilityRecords.MobilityRequest;
import id.meritasn.mobility.MobilityRecords.RequestStatus;
import id.meritasn.mobility.MobilityRequestService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.succession.SuccessionRecords.PositionBench;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a pool review reads, from the features that own it, as the agency once the service checked who asks. */
@Component
class PoolFacts {

    private static final Set<RequestStatus> OPEN =
            Set.of(RequestStatus.REQUESTED, RequestStatus.CONSENTED, RequestStatus.RELEASED, RequestStatus.ACCEPTED);

    private final AssessmentService assessments;
    private final CalibrationService calibration;
    private final RubricService rubrics;
    private final SuccessionPlanningService planning;
    private final EmployeeService employees;
    private final MobilityProfileService mobilityProfiles;
    private final MobilityRequestService mobilityRequests;

    PoolFacts(
            AssessmentService assessments,
            CalibrationService calibration,
            RubricService rubrics,
            SuccessionPlanningService planning,
            EmployeeService employees,
            MobilityProfileService mobilityProfiles,
            MobilityRequestService mobilityRequests) {
        this.assessments = assessments;
        this.calibration = calibration;
        this.rubrics = rubrics;
        this.planning = planning;
        this.employees = employees;
        this.mobilityProfiles = mobilityProfiles;
        this.mobilityRequests = mobilityRequests;
    }

    /** Published periods, oldest first. */
    List<AssessmentPeriod> publishedPeriods(String agency) {
        return SystemActor.callForAgency(agency, () -> assessments.periods(agency)).stream()
                .filter(p -> p.status() == PeriodStatus.PUBLISHED)
                .sorted(Comparator.comparing(AssessmentPeriod::asOf))
                .toList();
    }

    List<PoolMember> pool(String agency, long periodId) {
        return SystemActor.callForAgency(agency, () -> planning.talentPool(agency, periodId));
    }

    Map<String, FinalResult> results(String agency, long periodId) {
        return SystemActor.callForAgency(agency, () -> calibration.publishedResults(agency, periodId)).stream()
                .collect(Collectors.toMap(FinalResult::nip, Function.identity()));
    }

    Map<String, Employee> employees(String agency, Collection<String> nips) {
        return SystemActor.callForAgency(agency, () -> employees.findAll(agency, nips)).stream()
                .collect(Collectors.toMap(Employee::nip, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    Map<String, List<TrainingEntry>> trainings(String agency, Collection<String> nips) {
        return (Map<String, List<TrainingEntry>>) SystemActor.callForAgency(
                agency, () -> employees.histories(agency, EmployeeService.HistoryView.TRAININGS, nips));
    }

    int certificateWindowYears(String agency) {
        return SystemActor.callForAgency(agency, () -> rubrics.inForce(agency, null))
                .rubric()
                .certificateWindowYears();
    }

    Set<String> consenting(String agency, Collection<String> nips) {
        return SystemActor.callForAgency(agency, () -> mobilityProfiles.consenting(agency, nips));
    }

    /** Open requests of other agencies for this agency's employees, by NIP (the newest 500 requests are read). */
    Map<String, MobilityRequest> requestedAway(String agency) {
        return SystemActor.callForAgency(agency, () -> mobilityRequests.agencyRequests(agency, null, 500)).stream()
                .filter(r -> r.fromAgency().equals(agency) && OPEN.contains(r.status()))
                .collect(Collectors.toMap(MobilityRequest::nip, Function.identity(), (a, b) -> a));
    }

    List<PositionBench> bench(String agency) {
        return SystemActor.callForAgency(agency, () -> planning.benchStrength(agency))
                .positions();
    }
}
