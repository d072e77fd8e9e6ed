package id.meritasn.mobility;

import id.meritasn.assessment.CalibrationService;
import id.meritasn.assessment.CalibrationService.PublishedResult;
import id.meritasn.employee.EmployeeRecords.EducationEntry;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.employee.EmployeeService;
import id.meritasn.employee.OrganizationService;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.mobility.MobilityRecords.Aspirations;
import id.meritasn.mobility.MobilityRecords.ScoreBand;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.tenancy.AgencyProfile;
import id.meritasn.tenancy.AgencyService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the national index entries of an agency's employees from the agency's own services (the indexer writes them):
 * only what the agency shares, for consenting, active employees. One read per kind of data for a whole chunk.
 */
@Service
class IndexEntryBuilder {

    private final EmployeeService employees;
    private final OrganizationService organization;
    private final CalibrationService calibration;
    private final ReferenceDataService referenceData;
    private final AgencyService agencies;
    private final MobilityTenantRepository outbox;

    IndexEntryBuilder(
            EmployeeService employees,
            OrganizationService organization,
            CalibrationService calibration,
            ReferenceDataService referenceData,
            AgencyService agencies,
            MobilityTenantRepository outbox) {
        this.employees = employees;
        this.organization = organization;
        this.calibration = calibration;
        this.referenceData = referenceData;
        this.agencies = agencies;
        this.outbox = outbox;
    }

    /** Index entries of consenting, active employees, from the agency's own services (one read per kind). */
    @SuppressWarnings("unchecked")
    @Transactional(propagation = Propagation.MANDATORY) // the indexer's chunk: the entries are written in it too
    public Map<String, TalentIndexEntry> build(String agency, DSLContext tenant, List<String> consenting) {
        if (consenting.isEmpty()) {
            return Map.of();
        }
        List<Employee> people = employees.findAll(agency, consenting).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE)
                .toList();
        if (people.isEmpty()) {
            return Map.of();
        }
        List<String> nips = people.stream().map(Employee::nip).toList();
        AgencyProfile profile = agencies.profile(agency);
        Map<Long, Position> positions = organization
                .positionsById(
                        agency,
                        people.stream()
                                .map(Employee::positionId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList())
                .stream()
                .collect(Collectors.toMap(Position::id, Function.identity()));
        var education = (Map<String, List<EducationEntry>>)
                employees.histories(agency, EmployeeService.HistoryView.EDUCATION, nips);
        Map<String, PublishedResult> published = calibration.latestPublished(agency, nips);
        Map<String, Aspirations> aspirations = outbox.aspirations(tenant, nips);
        ReferenceData reference = referenceData.get();
        Map<String, Integer> rankOrder = reference.golongan().stream()
                .collect(Collectors.toMap(ReferenceData.Golongan::code, ReferenceData.Golongan::rankOrder));
        Map<String, Integer> educationRank = reference.educationRanks();

        Map<String, TalentIndexEntry> entries = new HashMap<>();
        for (Employee e : people) {
            if (e.employeeType() == id.meritasn.employee.EmployeeRecords.EmployeeType.PPPK) {
                continue; // talent mobility is among PNS (PermenPANRB 3/2020); a PPPK's agreement binds one agency
            }
            Position position = e.positionId() == null ? null : positions.get(e.positionId());
            EducationEntry highest = education.getOrDefault(e.nip(), List.of()).stream()
                    .max(Comparator.comparingInt(x -> educationRank.getOrDefault(x.level(), -1)))
                    .orElse(null);
            PublishedResult result = published.get(e.nip());
            entries.put(
                    e.nip(),
                    new TalentIndexEntry(
                            agency,
                            profile.displayName(),
                            profile.region(),
                            e.nip(),
                            e.fullName(),
                            e.golongan(),
                            rankOrder.getOrDefault(e.golongan(), 0),
                            position == null ? null : position.name(),
                            position == null ? null : position.kind(),
                            position == null ? null : position.level(),
                            result == null ? null : result.periodName(),
                            result == null ? null : result.finalBox(),
                            result == null ? null : band(result),
                            result == null ? Map.of() : result.competencyLevels(),
                            highest == null ? null : highest.level(),
                            highest == null ? null : highest.field(),
                            aspirations.getOrDefault(e.nip(), Aspirations.none()),
                            null));
        }
        return entries;
    }

    /** The band of the mean of the two axis scores (see {@link ScoreBand}); none when the employee was not mapped. */
    static @Nullable ScoreBand band(PublishedResult result) {
        if (result.finalBox() == null || result.potential() == null || result.performance() == null) {
            return null;
        }
        BigDecimal combined = result.potential().add(result.performance()).divide(BigDecimal.TWO);
        if (combined.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return ScoreBand.HIGH;
        }
        return combined.compareTo(BigDecimal.valueOf(60)) >= 0 ? ScoreBand.MIDDLE : ScoreBand.LOW;
    }
}
