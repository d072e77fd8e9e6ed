package id.meritasn.development;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.development.DevelopmentProblem.Reason;
import id.meritasn.development.PoolRecords.Mentoring;
import id.meritasn.development.PoolReviewRepository.MentoringRow;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.RosterEntry;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.CallerClaims;
import id.meritasn.shared.security.Roles;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring of talent-pool members: a tenant admin or the committee pairs a member of the newest published pool with
 * a senior official (holding a managerial position above the member's level); the mentor (or a tenant admin) records
 * the meetings; the pair ends on a date. One active mentor per member.
 */
@Service
public class MentoringService {

    private final TenantDatabase tenants;
    private final PoolReviewRepository repository;
    private final PoolFacts pool;
    private final DevelopmentFacts people;
    private final Clock clock;

    MentoringService(
            TenantDatabase tenants,
            PoolReviewRepository repository,
            PoolFacts pool,
            DevelopmentFacts people,
            Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.pool = pool;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COMMITTEE)
    public Outcome<Mentoring, DevelopmentProblem> pair(
            String agency, String menteeNip, String mentorNip, String goal, LocalDate startedOn, String actor) {
        List<AssessmentPeriod> periods = pool.publishedPeriods(agency);
        if (periods.isEmpty()
                || pool.pool(agency, periods.getLast().id()).stream()
                        .map(PoolMember::nip)
                        .noneMatch(menteeNip::equals)) {
            return DevelopmentProblem.invalid(
                    "Employee " + menteeNip + " is not in the talent pool of the newest published"
                            + " period; mentoring pairs a pool member.",
                    "menteeNip");
        }
        Map<String, RosterEntry> roster = people.roster(agency);
        RosterEntry mentee = roster.get(menteeNip);
        RosterEntry mentor = roster.get(mentorNip);
        if (mentor == null || mentee == null || !mentor.managerial() || mentor.levelRank() <= mentee.levelRank()) {
            return DevelopmentProblem.invalid(
                    "A mentor is an active senior official of the agency: holding a managerial position"
                            + " above the mentee's level (" + (mentee == null ? "?" : mentee.level()) + ").",
                    "mentorNip");
        }
        String text = goal.trim();
        if (text.length() < 10 || text.length() > 1000) {
            return DevelopmentProblem.invalid("The goal of the mentoring is 10 to 1000 characters.", "goal");
        }
        if (startedOn.isAfter(LocalDate.now(clock).plusMonths(3))) {
            return DevelopmentProblem.invalid(
                    "Mentoring starts within three months, not on " + startedOn + ".", "startedOn");
        }
        DSLContext tenant = tenants.enter(agency);
        return repository
                .addMentoring(tenant, menteeNip, mentorNip, text, startedOn, actor)
                .<Outcome<Mentoring, DevelopmentProblem>>map(id -> Outcome.done(view(
                        agency,
                        tenant,
                        repository.mentoringForUpdate(tenant, id).orElseThrow())))
                .orElseGet(() -> DevelopmentProblem.refused(
                        Reason.WRONG_STATE,
                        "Employee " + menteeNip + " already has an active mentor; end that mentoring first."));
    }

    /** The mentor (or a tenant admin) records a meeting held, with what was discussed. */
    @Transactional
    @PreAuthorize(Access.PEOPLE)
    public Outcome<Mentoring, DevelopmentProblem> recordMeeting(
            String agency, long mentoringId, LocalDate heldOn, String notes, String actor) {
        DSLContext tenant = tenants.enter(agency);
        MentoringRow row = repository.mentoringForUpdate(tenant, mentoringId).orElse(null);
        boolean admin = roles().contains(Roles.TENANT_ADMIN);
        boolean mentor = row != null && row.mentorNip().equals(CallerClaims.currentNip());
        if (row == null || !(admin || mentor || row.menteeNip().equals(CallerClaims.currentNip()))) {
            return DevelopmentProblem.refused(Reason.NOT_FOUND, "No mentoring " + mentoringId + " of yours.");
        }
        if (!admin && !mentor) {
            return DevelopmentProblem.refused(Reason.NOT_ALLOWED, "The mentor or a tenant admin records a meeting.");
        }
        if (row.endedOn() != null) {
            return DevelopmentProblem.refused(Reason.WRONG_STATE, "The mentoring ended on " + row.endedOn() + ".");
        }
        if (heldOn.isBefore(row.startedOn()) || heldOn.isAfter(LocalDate.now(clock))) {
            return DevelopmentProblem.invalid(
                    "A meeting is held between the start (" + row.startedOn() + ") and today.", "heldOn");
        }
        String text = notes.trim();
        if (text.length() < 10 || text.length() > 4000) {
            return DevelopmentProblem.invalid("The notes of a meeting are 10 to 4000 characters.", "notes");
        }
        repository.addMeeting(tenant, mentoringId, heldOn, text, actor);
        return Outcome.done(view(agency, tenant, row));
    }

    @Transactional
    @PreAuthorize(Access.ADMIN_OR_COMMITTEE)
    public Outcome<Mentoring, DevelopmentProblem> end(String agency, long mentoringId, LocalDate endedOn) {
        DSLContext tenant = tenants.enter(agency);
        MentoringRow row = repository.mentoringForUpdate(tenant, mentoringId).orElse(null);
        if (row == null) {
            return DevelopmentProblem.refused(Reason.NOT_FOUND, "No mentoring " + mentoringId + " in this agency.");
        }
        if (row.endedOn() != null) {
            return DevelopmentProblem.refused(Reason.WRONG_STATE, "The mentoring ended on " + row.endedOn() + ".");
        }
        if (endedOn.isBefore(row.startedOn()) || endedOn.isAfter(LocalDate.now(clock))) {
            return DevelopmentProblem.invalid(
                    "It ends between its start (" + row.startedOn() + ") and today.", "endedOn");
        }
        repository.end(tenant, mentoringId, endedOn);
        return Outcome.done(view(
                agency,
                tenant,
                repository.mentoringForUpdate(tenant, mentoringId).orElseThrow()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.SUCCESSION_READERS)
    public List<Mentoring> all(String agency) {
        DSLContext tenant = tenants.enter(agency);
        return views(agency, tenant, repository.mentorings(tenant, null));
    }

    /** The caller's own mentorings, as mentee or as mentor. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.PEOPLE)
    public List<Mentoring> mine(String agency) {
        String nip = CallerClaims.currentNip();
        if (nip == null) {
            return List.of();
        }
        DSLContext tenant = tenants.enter(agency);
        return views(agency, tenant, repository.mentorings(tenant, nip));
    }

    private List<Mentoring> views(String agency, DSLContext tenant, List<MentoringRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var meetings =
                repository.meetings(tenant, rows.stream().map(MentoringRow::id).toList());
        var names = pool.employees(
                agency,
                rows.stream()
                        .flatMap(r -> Stream.of(r.menteeNip(), r.mentorNip()))
                        .distinct()
                        .toList());
        return rows.stream()
                .map(r -> new Mentoring(
                        r.id(),
                        r.menteeNip(),
                        name(names, r.menteeNip()),
                        r.mentorNip(),
                        name(names, r.mentorNip()),
                        r.goal(),
                        r.startedOn(),
                        r.endedOn(),
                        meetings.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private Mentoring view(String agency, DSLContext tenant, MentoringRow row) {
        return views(agency, tenant, List.of(row)).getFirst();
    }

    private static String name(Map<String, Employee> names, String nip) {
        Employee e = names.get(nip);
        return e == null ? nip : e.name();
    }

    private static List<String> roles() {
        return AgencyAuthorities.roles(
                Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication()));
    }
}
