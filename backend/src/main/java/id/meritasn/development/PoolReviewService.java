package id.meritasn.development;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.meritasn.assessment.AssessmentPeriodPublished;
import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.FinalResult;
import id.meritasn.development.DevelopmentProblem.Reason;
import id.meritasn.development.PoolRecords.PoolFlag;
import id.meritasn.development.PoolRecords.PoolLeaver;
import id.meritasn.development.PoolRecords.PoolMovement;
import id.meritasn.development.PoolRecords.PoolReview;
import id.meritasn.development.PoolRecords.PoolSummary;
import id.meritasn.development.PoolRecords.PositionWithoutReadySuccessor;
import id.meritasn.development.PoolRecords.RecordedReview;
import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Access;
import id.meritasn.succession.SuccessionRecords.PoolMember;
import id.meritasn.tenancy.TenantDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The talent committee's review of the pool over time: who entered, stayed and left between published periods (and
 * why each left), flags on the newest pool (retiring within the horizon, the last certificate leaving its window,
 * asked for or willing to move to another agency), target positions whose slate has nobody ready now, and the
 * reviews held, each recorded with its outcome and the flags it saw.
 */
@Service
public class PoolReviewService {

    /** Members retiring within this many months are flagged, as succession's target positions look ahead. */
    static final int RETIREMENT_HORIZON_MONTHS = 24;
    /** A last certificate leaving its window within this many months is flagged. */
    static final int EVIDENCE_HORIZON_MONTHS = 12;

    private final TenantDatabase tenants;
    private final PoolFacts facts;
    private final PoolReviewRepository reviews;
    private final Clock clock;
    /** The inbox asks on every poll; the flags change with records and publications, not by the second. */
    private final Cache<String, PoolSummary> summaries = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    PoolReviewService(TenantDatabase tenants, PoolFacts facts, PoolReviewRepository reviews, Clock clock) {
        this.tenants = tenants;
        this.facts = facts;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Access.SUCCESSION_READERS)
    public PoolReview review(String agency) {
        List<AssessmentPeriod> periods = facts.publishedPeriods(agency);
        Map<Long, String> names =
                periods.stream().collect(Collectors.toMap(AssessmentPeriod::id, AssessmentPeriod::name));
        List<RecordedReview> held = reviews.reviews(tenants.enter(agency)).stream()
                .map(r -> new RecordedReview(
                        r.id(),
                        names.getOrDefault(r.periodId(), String.valueOf(r.periodId())),
                        r.heldOn(),
                        r.outcome(),
                        r.members(),
                        r.flags(),
                        r.reviewedBy()))
                .toList();
        if (periods.isEmpty()) {
            return new PoolReview(null, 0, List.of(), List.of(), List.of(), held);
        }
        List<List<PoolMember>> pools =
                periods.stream().map(p -> facts.pool(agency, p.id())).toList();
        List<PoolMovement> movements = new ArrayList<>();
        for (int i = 1; i < periods.size(); i++) {
            movements.add(movement(agency, periods.get(i - 1), pools.get(i - 1), periods.get(i), pools.get(i)));
        }
        List<PoolMember> newest = pools.getLast();
        List<PositionWithoutReadySuccessor> unready = facts.bench(agency).stream()
                .filter(b -> b.readyNow() == 0)
                .map(b -> new PositionWithoutReadySuccessor(
                        b.position().code(), b.position().name(), b.successors()))
                .toList();
        return new PoolReview(
                periods.getLast().name(), newest.size(), movements.reversed(), flags(agency, newest), unready, held);
    }

    /** The newest pool's flag counts and whether it was reviewed, cached a few minutes per agency for the inbox. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.SUCCESSION_READERS)
    public PoolSummary summary(String agency) {
        return summaries.get(agency, key -> {
            List<AssessmentPeriod> periods = facts.publishedPeriods(agency);
            if (periods.isEmpty()) {
                return new PoolSummary(null, false, Map.of());
            }
            AssessmentPeriod newest = periods.getLast();
            boolean reviewed =
                    reviews.reviews(tenants.enter(agency)).stream().anyMatch(r -> r.periodId() == newest.id());
            Map<String, Integer> counts = new LinkedHashMap<>();
            flags(agency, facts.pool(agency, newest.id())).forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
            return new PoolSummary(newest.name(), reviewed, Map.copyOf(counts));
        });
    }

    @TransactionalEventListener
    void published(AssessmentPeriodPublished published) {
        summaries.invalidate(published.agency());
    }

    /** Records a review of the newest published pool: its outcome and the flags it saw, as they are now. */
    @Transactional
    @PreAuthorize(Access.COMMITTEE)
    public Outcome<RecordedReview, DevelopmentProblem> record(
            String agency, LocalDate heldOn, String outcome, String actor) {
        List<AssessmentPeriod> periods = facts.publishedPeriods(agency);
        if (periods.isEmpty()) {
            return DevelopmentProblem.refused(
                    Reason.NO_PUBLISHED_RESULT,
                    "No published period yet: a pool exists once a" + " period is published.");
        }
        String text = outcome.trim();
        if (text.length() < 20 || text.length() > 4000) {
            return DevelopmentProblem.invalid(
                    "The outcome says what the committee decided in 20 to 4000 characters.", "outcome");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            return DevelopmentProblem.invalid("A review is recorded once held, not for " + heldOn + ".", "heldOn");
        }
        PoolReview now = review(agency);
        Map<String, Integer> counts = new LinkedHashMap<>();
        now.flags().forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        counts.put("NO_READY_SUCCESSOR", now.withoutReadySuccessor().size());
        long id = reviews.addReview(
                tenants.enter(agency), periods.getLast().id(), heldOn, text, now.members(), counts, actor);
        // after the commit: a poll in between would otherwise cache the pool as not reviewed for minutes
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                summaries.invalidate(agency);
            }
        });
        return Outcome.done(
                new RecordedReview(id, periods.getLast().name(), heldOn, text, now.members(), counts, actor));
    }

    private PoolMovement movement(
            String agency,
            AssessmentPeriod from,
            List<PoolMember> before,
            AssessmentPeriod to,
            List<PoolMember> after) {
        Set<String> was = before.stream().map(PoolMember::nip).collect(Collectors.toSet());
        Set<String> is = after.stream().map(PoolMember::nip).collect(Collectors.toSet());
        List<PoolMember> leaving =
                before.stream().filter(m -> !is.contains(m.nip())).toList();
        Map<String, FinalResult> results = leaving.isEmpty() ? Map.of() : facts.results(agency, to.id());
        Map<String, Employee> people =
                facts.employees(agency, leaving.stream().map(PoolMember::nip).toList());
        List<PoolLeaver> left = leaving.stream()
                .map(m -> {
                    Employee e = people.get(m.nip());
                    FinalResult r = results.get(m.nip());
                    var reason = e == null || e.status() != EmployeeStatus.ACTIVE
                            ? PoolText.LEFT_SERVICE.with(
                                    "status", e == null ? "?" : e.status().name())
                            : r == null
                                    ? PoolText.LEFT_NOT_MAPPED.with("period", to.name())
                                    : !is.contains(m.nip()) && r.finalBox() < 7
                                            ? PoolText.LEFT_BOX.with("box", r.finalBox(), "period", to.name())
                                            : PoolText.LEFT_RULE.with();
                    return new PoolLeaver(m.nip(), m.name(), reason);
                })
                .toList();
        return new PoolMovement(
                from.name(),
                to.name(),
                after.stream()
                        .map(PoolMember::nip)
                        .filter(n -> !was.contains(n))
                        .sorted()
                        .toList(),
                after.stream()
                        .map(PoolMember::nip)
                        .filter(was::contains)
                        .sorted()
                        .toList(),
                left);
    }

    private List<PoolFlag> flags(String agency, List<PoolMember> members) {
        LocalDate today = LocalDate.now(clock);
        List<String> nips = members.stream().map(PoolMember::nip).toList();
        Map<String, Employee> people = facts.employees(agency, nips);
        Map<String, List<TrainingEntry>> trainings = facts.trainings(agency, nips);
        int window = facts.certificateWindowYears(agency);
        Set<String> consenting = facts.consenting(agency, nips);
        var requested = facts.requestedAway(agency);
        List<PoolFlag> flags = new ArrayList<>();
        for (PoolMember m : members) {
            Employee e = people.get(m.nip());
            if (e != null
                    && e.retirementDate() != null
                    && !e.retirementDate().isAfter(today.plusMonths(RETIREMENT_HORIZON_MONTHS))) {
                flags.add(new PoolFlag(
                        "RETIRING", m.nip(), m.name(), PoolText.RETIRING.with("date", e.retirementDate())));
            }
            TrainingEntry last = trainings.getOrDefault(m.nip(), List.of()).stream()
                    .filter(t -> t.kind().equals("CERTIFICATE"))
                    .max(Comparator.comparing(TrainingEntry::completedOn))
                    .orElse(null);
            if (last != null) {
                LocalDate leaves = last.completedOn().plusYears(window);
                if (leaves.isAfter(today) && !leaves.isAfter(today.plusMonths(EVIDENCE_HORIZON_MONTHS))) {
                    flags.add(new PoolFlag(
                            "EVIDENCE_EXPIRING",
                            m.nip(),
                            m.name(),
                            PoolText.EVIDENCE_EXPIRING.with(
                                    "name",
                                    last.name(),
                                    "completed",
                                    last.completedOn(),
                                    "years",
                                    window,
                                    "date",
                                    leaves)));
                }
            }
            var request = requested.get(m.nip());
            if (request != null) {
                flags.add(new PoolFlag(
                        "MOBILITY_RISK",
                        m.nip(),
                        m.name(),
                        PoolText.MOBILITY_REQUEST.with(
                                "agency",
                                request.toAgency(),
                                "position",
                                request.targetPositionName(),
                                "status",
                                request.status())));
            } else if (consenting.contains(m.nip())) {
                flags.add(new PoolFlag("MOBILITY_RISK", m.nip(), m.name(), PoolText.MOBILITY_CONSENT.with()));
            }
        }
        return flags;
    }
}
