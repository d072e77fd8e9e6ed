package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.ELIGIBILITY_RESOLUTION;

import id.meritasn.shared.text.Text;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The committee's recorded decisions on manual eligibility checks, per case, candidate and rule. */
@Repository
class ResolutionRepository {

    /** A settled manual check. */
    record Resolution(
            Eligibility.Rule rule,
            Eligibility.Outcome outcome,
            String reason,
            long sessionId,
            String resolvedBy,
            OffsetDateTime resolvedAt) {

        Text describe() {
            return EligibilityText.SETTLED.with(
                    "outcome", outcome, "session", sessionId, "by", resolvedBy, "reason", reason);
        }
    }

    /** False when this check of this candidate was settled already. */
    boolean add(
            DSLContext tenant,
            long caseId,
            String nip,
            Eligibility.Rule rule,
            Eligibility.Outcome outcome,
            String reason,
            long sessionId,
            String actor) {
        return tenant.insertInto(ELIGIBILITY_RESOLUTION)
                        .set(ELIGIBILITY_RESOLUTION.CASE_ID, caseId)
                        .set(ELIGIBILITY_RESOLUTION.NIP, nip)
                        .set(ELIGIBILITY_RESOLUTION.RULE, rule.name())
                        .set(ELIGIBILITY_RESOLUTION.OUTCOME, outcome.name())
                        .set(ELIGIBILITY_RESOLUTION.REASON, reason)
                        .set(ELIGIBILITY_RESOLUTION.SESSION_ID, sessionId)
                        .set(ELIGIBILITY_RESOLUTION.RESOLVED_BY, actor)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    /** The case's settled checks: NIP to rule to resolution. */
    Map<String, Map<Eligibility.Rule, Resolution>> forCase(DSLContext tenant, long caseId) {
        Map<String, Map<Eligibility.Rule, Resolution>> byNip = new HashMap<>();
        tenant.selectFrom(ELIGIBILITY_RESOLUTION)
                .where(ELIGIBILITY_RESOLUTION.CASE_ID.eq(caseId))
                .forEach(r -> byNip.computeIfAbsent(r.getNip(), k -> new HashMap<>())
                        .put(
                                Eligibility.Rule.valueOf(r.getRule()),
                                new Resolution(
                                        Eligibility.Rule.valueOf(r.getRule()),
                                        Eligibility.Outcome.valueOf(r.getOutcome()),
                                        r.getReason(),
                                        r.getSessionId(),
                                        r.getResolvedBy(),
                                        r.getResolvedAt())));
        return byNip;
    }
}
