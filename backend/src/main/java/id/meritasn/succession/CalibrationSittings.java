package id.meritasn.succession;

import id.meritasn.assessment.CommitteeSittings;
import id.meritasn.succession.SuccessionRecords.CommitteeMember;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's sessions as calibration reads them; open is judged on the agency clock's today. */
@Service
class CalibrationSittings implements CommitteeSittings {

    private final TenantDatabase tenants;
    private final CommitteeRepository committee;
    private final Clock clock;

    CalibrationSittings(TenantDatabase tenants, CommitteeRepository committee, Clock clock) {
        this.tenants = tenants;
        this.committee = committee;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Sitting> sitting(String agency, long sessionId) {
        DSLContext tenant = tenants.enter(agency);
        return committee.session(tenant, sessionId).map(session -> {
            // a conflict of interest is about a person, not a meeting: one declared in any session holds here too
            Map<String, Set<String>> conflicts = committee.conflictsByMember(tenant);
            return new Sitting(
                    session.id(),
                    session.title(),
                    session.openOn(LocalDate.now(clock)),
                    session.quorum(),
                    session.members().stream()
                            .filter(CommitteeMember::present)
                            .map(CommitteeMember::username)
                            .collect(Collectors.toUnmodifiableSet()),
                    Map.copyOf(conflicts));
        });
    }
}
