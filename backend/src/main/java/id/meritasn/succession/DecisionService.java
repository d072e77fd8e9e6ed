package id.meritasn.succession;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.succession.SuccessionProblem.InvalidField;
import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.Decision;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.SlateCandidate;
import id.meritasn.succession.SuccessionRecords.SuccessionCase;
import id.meritasn.succession.SuccessionRepository.CaseRow;
import id.meritasn.tenancy.TenantDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PPK's step of the succession workflow: one successor picked from the committee's slate, and corrections of that
 * decision before the appointment is final (a correction is a new decision naming the old one; nothing is overwritten).
 */
@Service
public class DecisionService {

    private final TenantDatabase tenants;
    private final SuccessionRepository repository;
    private final AnnouncementRepository announcements;
    private final SuccessionLedger ledger;
    private final CaseViews views;
    private final SuccessionNotices notices;

    DecisionService(
            TenantDatabase tenants,
            SuccessionRepository repository,
            AnnouncementRepository announcements,
            SuccessionLedger ledger,
            CaseViews views,
            SuccessionNotices notices) {
        this.notices = notices;
        this.tenants = tenants;
        this.repository = repository;
        this.announcements = announcements;
        this.ledger = ledger;
        this.views = views;
    }

    /** The PPK picks one successor from the slate; anyone but the top-ranked needs a written reason. Final. */
    @Transactional
    @PreAuthorize(SuccessionService.PPK)
    public Outcome<SuccessionCase, SuccessionProblem> decide(
            String agency, long caseId, String nip, @Nullable String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return CaseViews.notFound(caseId);
        }
        if (row.status() != CaseStatus.SLATE_PROPOSED) {
            return CaseViews.outOfOrder(
                    row,
                    row.status() == CaseStatus.OPEN
                            ? "The PPK decides on a slate, and there is none yet"
                            : "The decision is final (a correction is a new decision that refers to it)",
                    CaseStatus.SLATE_PROPOSED);
        }
        return record(agency, tenant, row, nip, reason, null, actor);
    }

    /**
     * A correction: a new decision that names the one it corrects, with a written reason. Before finalization only;
     * an announcement of the corrected decision is withdrawn and the shortlist must be announced again.
     */
    @Transactional
    @PreAuthorize(SuccessionService.PPK)
    public Outcome<SuccessionCase, SuccessionProblem> correctDecision(
            String agency, long caseId, String nip, String reason, String actor) {
        DSLContext tenant = tenants.enter(agency);
        CaseRow row = repository.caseForUpdate(tenant, caseId).orElse(null);
        if (row == null) {
            return CaseViews.notFound(caseId);
        }
        if (row.status() != CaseStatus.DECIDED && row.status() != CaseStatus.ANNOUNCED) {
            return CaseViews.outOfOrder(
                    row,
                    "Only a decision not yet finalized can be corrected",
                    CaseStatus.DECIDED,
                    CaseStatus.ANNOUNCED);
        }
        if (reason.trim().length() < SuccessionService.MIN_REASON) {
            return Outcome.refused(new InvalidField(
                    "A correction needs a written reason of at least " + SuccessionService.MIN_REASON + " characters.",
                    "reason"));
        }
        Decision current = Objects.requireNonNull(
                        repository.decisions(tenant, List.of(caseId)).get(caseId), "a decided case has a decision")
                .getFirst();
        return record(agency, tenant, row, nip, reason, current.id(), actor);
    }

    private Outcome<SuccessionCase, SuccessionProblem> record(
            String agency,
            DSLContext tenant,
            CaseRow row,
            String nip,
            @Nullable String reason,
            @Nullable Long corrects,
            String actor) {
        // deciding and correcting both follow the committee's slate
        Slate slate = Objects.requireNonNull(
                repository.latestSlates(tenant, List.of(row.id())).get(row.id()), "a case past OPEN has a slate");
        SlateCandidate chosen = slate.candidates().stream()
                .filter(c -> c.nip().equals(nip.trim()))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return Outcome.refused(
                    new InvalidField("Employee " + nip + " is not on the slate of case " + row.id() + ".", "nip"));
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (chosen.rank() != 1 && (why == null || why.length() < SuccessionService.MIN_REASON)) {
            return Outcome.refused(new InvalidField(
                    "Choosing rank " + chosen.rank() + " instead of the"
                            + " top-ranked successor needs a written reason of at least " + SuccessionService.MIN_REASON
                            + " characters.",
                    "reason"));
        }
        long decision =
                repository.addDecision(tenant, row.id(), slate.id(), chosen.nip(), chosen.rank(), why, corrects, actor);
        boolean withdrawn = row.status() == CaseStatus.ANNOUNCED;
        if (withdrawn) {
            announcements.setAnnouncementStatus(tenant, row.id(), "ACTIVE", "WITHDRAWN");
        }
        repository.setStatus(tenant, row.id(), CaseStatus.DECIDED, null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decisionId", decision);
        payload.put("nip", chosen.nip());
        payload.put("rank", chosen.rank());
        payload.put("reason", why == null ? "" : why);
        if (corrects != null) {
            payload.put("corrects", corrects);
            payload.put("announcementWithdrawn", withdrawn);
        }
        ledger.append(
                tenant, actor, corrects == null ? "decision.made" : "decision.corrected", "case/" + row.id(), payload);
        SuccessionCase decided = views.view(agency, tenant, row.id());
        notices.decided(agency, row.id(), decided.position().name());
        return Outcome.done(decided);
    }
}
