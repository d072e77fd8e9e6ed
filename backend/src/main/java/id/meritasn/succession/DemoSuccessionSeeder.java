package id.meritasn.succession;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Roles;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.CommitteeService.MemberInput;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.MemberRole;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionService.SlateEntry;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.TenantManifest;
import id.meritasn.tenancy.TenantManifests;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local demo: each seed agency gets one succession case carried to its public announcement, so the committee, the
 * PPK, the public page and the paperwork of a fresh demo have a case, a session with minutes, a decision and an
 * announcement to show. The tenant admin opens the case for a held post among the targets (its holder leaves within
 * the horizon; vacant posts are left for the operators to try); the committee sits, the demo's committee account in
 * the chair beside two named members, names the eligible candidates in rank order, records its minutes and closes the
 * session; the PPK chooses the top-ranked; the committee announces the shortlist. Each step runs as the demo account
 * that takes it in the UI, through the same services and rules. Runs after the demo map is published, once per agency:
 * an agency with any case is left as it is.
 */
@Service
@Order(30)
class DemoSuccessionSeeder implements DemoSeed {

    static final String SESSION = "Sidang Komite Talenta Semester II (data demo)";

    private static final Logger log = LoggerFactory.getLogger(DemoSuccessionSeeder.class);

    private final TenantManifests manifests;
    private final SuccessionPlanningService planning;
    private final SuccessionService succession;
    private final CommitteeService committee;
    private final DecisionService decisions;
    private final AppointmentService appointments;
    private final TalentFacts facts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSuccessionSeeder(
            TenantManifests manifests,
            SuccessionPlanningService planning,
            SuccessionService succession,
            CommitteeService committee,
            DecisionService decisions,
            AppointmentService appointments,
            TalentFacts facts,
            TransactionTemplate transactions,
            Clock clock) {
        this.manifests = manifests;
        this.planning = planning;
        this.succession = succession;
        this.committee = committee;
        this.decisions = decisions;
        this.appointments = appointments;
        this.facts = facts;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The post, the period and the slate the committee will name. */
    record Choice(String position, long periodId, List<SlateEntry> slate) {}

    @Override
    public void seed() {
        for (TenantManifest manifest : manifests.withDemoEmployees()) {
            try {
                seed(manifest.key());
            } catch (IllegalStateException refused) {
                // the rest of the demo still starts; the demo paperwork test names the agency without a case
                log.error("Demo succession case of {} not seeded", manifest.key(), refused);
            }
        }
    }

    /** Carries one case of the agency to its announcement; returns its id, or null when the agency had one already. */
    @Nullable
    Long seed(String agency) {
        String admin = agency + ".admin";
        String chair = agency + ".komite";
        String ppk = agency + ".ppk";
        Choice choice = as(
                agency,
                admin,
                Roles.TENANT_ADMIN,
                () -> succession.cases(agency, null).isEmpty()
                        ? transactions.<@Nullable Choice>execute(s -> choose(agency))
                        : null);
        if (choice == null) {
            return null;
        }
        long caseId = as(
                        agency,
                        admin,
                        Roles.TENANT_ADMIN,
                        () -> expect(
                                agency,
                                "open",
                                succession.openCase(agency, choice.position(), choice.periodId(), admin)))
                .id();
        long session = as(agency, chair, Roles.TALENT_COMMITTEE, () -> {
            long id = expect(
                            agency,
                            "session",
                            committee.createSession(
                                    agency,
                                    SESSION,
                                    LocalDate.now(clock),
                                    2,
                                    List.of(
                                            new MemberInput(chair, "Ketua Komite Talenta", MemberRole.CHAIR, true),
                                            new MemberInput(
                                                    agency + ".anggota",
                                                    "Anggota Komite Talenta",
                                                    MemberRole.MEMBER,
                                                    true),
                                            new MemberInput(
                                                    agency + ".sekretaris",
                                                    "Sekretaris Komite Talenta",
                                                    MemberRole.SECRETARY,
                                                    true)),
                                    chair))
                    .id();
            expect(agency, "slate", succession.nominateSlate(agency, caseId, id, choice.slate(), chair));
            expect(
                    agency,
                    "minutes",
                    committee.recordMinutes(
                            agency,
                            id,
                            "Komite membahas kelompok rencana suksesi"
                                    + " jabatan " + choice.position() + " dan mengusulkan "
                                    + choice.slate().size() + " calon sesuai"
                                    + " peringkat kelayakan. Tidak ada anggota yang menyatakan benturan kepentingan.",
                            chair));
            expect(agency, "close", committee.closeSession(agency, id, chair));
            return id;
        });
        as(
                agency,
                ppk,
                Roles.PPK,
                () -> expect(
                        agency,
                        "decide",
                        decisions.decide(
                                agency,
                                caseId,
                                choice.slate().getFirst().nip(),
                                "Calon peringkat pertama kelompok rencana suksesi",
                                ppk)));
        as(
                agency,
                chair,
                Roles.TALENT_COMMITTEE,
                () -> expect(agency, "announce", appointments.announce(agency, caseId, chair)));
        log.info(
                "Demo succession case {} of {}: position {}, session {}, {} on the slate, announced",
                caseId,
                agency,
                choice.position(),
                session,
                choice.slate().size());
        return caseId;
    }

    /**
     * A held target post whose pool on the newest published period has an eligible candidate, with the slate the
     * policy asks for (the eligible ones in rank order, as many as the slate size; the top box-9 talent alone under
     * direct appointment); null when there is none.
     */
    private @Nullable Choice choose(String agency) {
        var period = facts.latestPublished(agency);
        if (period == null) {
            return null;
        }
        SuccessionPolicy policy = facts.policy(agency);
        List<TargetPosition> targets = planning.targetPositions(agency, 60).stream()
                .filter(t -> t.caseId() == null)
                .sorted(Comparator.comparing((TargetPosition t) -> t.incumbent() == null))
                .toList();
        for (TargetPosition target : targets) {
            List<Candidate> eligible = succession
                    .preview(agency, target.position().code(), period.id())
                    .stream()
                    .filter(c -> c.eligibility() == Eligibility.Outcome.MET)
                    .toList();
            int size = policy.selection() == SuccessionPolicy.Selection.DIRECT ? 1 : policy.slateSize();
            if (eligible.isEmpty()
                    || policy.selection() == SuccessionPolicy.Selection.DIRECT
                            && eligible.getFirst().box() != 9) {
                continue;
            }
            Readiness[] readiness = {Readiness.READY_NOW, Readiness.ONE_TO_TWO_YEARS, Readiness.THREE_PLUS_YEARS};
            List<SlateEntry> slate = eligible.stream()
                    .limit(size)
                    .map(c -> new SlateEntry(
                            c.nip(),
                            readiness[Math.min(eligible.indexOf(c), readiness.length - 1)],
                            List.of("Pelatihan kepemimpinan sesuai jenjang jabatan sasaran")))
                    .toList();
            return new Choice(target.position().code(), period.id(), slate);
        }
        log.warn("Demo succession for {}: no target post has an eligible candidate; no case seeded", agency);
        return null;
    }

    private static <T> T expect(String agency, String step, Outcome<T, SuccessionProblem> result) {
        return result.orElseThrow(
                problems -> new IllegalStateException("Demo succession of " + agency + " stopped at " + step + ": "
                        + problems.stream().map(SuccessionProblem::message).toList()));
    }

    private static <T> T as(String agency, String username, String role, Supplier<T> step) {
        return SystemActor.callAsDemoAccount(agency, username, role, step);
    }
}
