package id.meritasn.succession;

import id.meritasn.employee.EmployeeRecords.Position;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.SuccessionProblem.StepOutOfOrder;
import id.meritasn.succession.SuccessionProblem.SuccessionNotFound;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.Decision;
import id.meritasn.succession.SuccessionRecords.PositionRef;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRepository.CaseRow;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a succession case reads once a step has run, shared by the services of each step (open and slate, decision,
 * announcement and appointment), and the refusals they have in common. It reads inside the step's own transaction (a
 * case is read back after the step wrote it), so it refuses to run without one.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CaseViews {

    private final SuccessionRepository repository;
    private final AnnouncementRepository announcements;
    private final TalentFacts facts;

    CaseViews(SuccessionRepository repository, AnnouncementRepository announcements, TalentFacts facts) {
        this.repository = repository;
        this.announcements = announcements;
        this.facts = facts;
    }

    SuccessionCase view(String agency, DSLContext tenant, long caseId) {
        return views(agency, tenant, List.of(repository.caseRow(tenant, caseId).orElseThrow()))
                .getFirst();
    }

    /** Cases with their slates, decisions and announcements: one query per kind, whatever the number of cases. */
    List<SuccessionCase> views(String agency, DSLContext tenant, List<CaseRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(CaseRow::id).toList();
        Map<Long, Slate> slates = repository.latestSlates(tenant, ids);
        Map<Long, List<Decision>> decisions = repository.decisions(tenant, ids);
        var announcements = this.announcements.latestAnnouncements(tenant, ids);
        Map<Long, Position> positions = facts.positions(agency);
        // the cases were read first, and a case's position row is never deleted
        Map<Long, PositionRef> refs = facts.refsById(
                agency,
                rows.stream()
                        .map(CaseRow::positionId)
                        .distinct()
                        .map(id -> Objects.requireNonNull(positions.get(id), "a case's position row is never deleted"))
                        .toList());
        return rows.stream()
                .map(r -> new SuccessionCase(
                        r.id(),
                        Objects.requireNonNull(refs.get(r.positionId()), "refs are made of the cases' positions"),
                        r.periodId(),
                        r.status(),
                        r.openedBy(),
                        r.openedAt(),
                        slates.get(r.id()),
                        decisions.getOrDefault(r.id(), List.of()),
                        announcements.get(r.id()),
                        r.finalizedOn()))
                .toList();
    }

    static <T> Outcome<T, SuccessionProblem> notFound(long caseId) {
        return Outcome.refused(new SuccessionNotFound("No succession case " + caseId + " in this agency."));
    }

    static <T> Outcome<T, SuccessionProblem> outOfOrder(CaseRow row, String why, CaseStatus... allowed) {
        return Outcome.refused(new StepOutOfOrder(
                why + ": case " + row.id() + " is " + row.status()
                        + ", this step needs "
                        + String.join(
                                " or ", Arrays.stream(allowed).map(Enum::name).toList())
                        + ".",
                row.status(),
                List.of(allowed)));
    }
}
