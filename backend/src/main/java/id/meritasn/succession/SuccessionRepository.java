package id.meritasn.succession;

import static id.meritasn.jooq.t_template.Tables.SLATE_CANDIDATE;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_CASE;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_DECISION;
import static id.meritasn.jooq.t_template.Tables.SUCCESSION_SLATE;

import id.meritasn.succession.SuccessionRecords.CaseStatus;
import id.meritasn.succession.SuccessionRecords.Decision;
import id.meritasn.succession.SuccessionRecords.Readiness;
import id.meritasn.succession.SuccessionRecords.Slate;
import id.meritasn.succession.SuccessionRecords.SlateCandidate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Cases, slates and decisions of one agency (its tenant context); their announcements and objections are
 * {@link AnnouncementRepository}'s, planned moves {@link PlannedMoveRepository}'s.
 */
@Repository
class SuccessionRepository {

    /** A stored case row, before the views of its slate, decisions and announcement are attached. */
    record CaseRow(
            long id,
            long positionId,
            long periodId,
            CaseStatus status,
            String openedBy,
            OffsetDateTime openedAt,
            @Nullable LocalDate finalizedOn) {}

    private final ObjectMapper json;

    SuccessionRepository(ObjectMapper json) {
        this.json = json;
    }

    long createCase(DSLContext tenant, long positionId, long periodId, String actor) {
        return tenant.insertInto(SUCCESSION_CASE)
                .set(SUCCESSION_CASE.JABATAN_ID, positionId)
                .set(SUCCESSION_CASE.PERIOD_ID, periodId)
                .set(SUCCESSION_CASE.OPENED_BY, actor)
                .returning(SUCCESSION_CASE.ID)
                .fetchOptional(SUCCESSION_CASE.ID)
                .orElseThrow();
    }

    /** The case, locked for the rest of the transaction: two steps on one case never interleave. */
    Optional<CaseRow> caseForUpdate(DSLContext tenant, long id) {
        return tenant.selectFrom(SUCCESSION_CASE)
                .where(SUCCESSION_CASE.ID.eq(id))
                .forUpdate()
                .fetchOptional(SuccessionRepository::toCase);
    }

    Optional<CaseRow> caseRow(DSLContext tenant, long id) {
        return tenant.selectFrom(SUCCESSION_CASE)
                .where(SUCCESSION_CASE.ID.eq(id))
                .fetchOptional(SuccessionRepository::toCase);
    }

    List<CaseRow> cases(DSLContext tenant, @Nullable CaseStatus status) {
        return tenant.selectFrom(SUCCESSION_CASE)
                .where(status == null ? DSL.noCondition() : SUCCESSION_CASE.STATUS.eq(status.name()))
                .orderBy(SUCCESSION_CASE.ID.desc())
                .fetch(SuccessionRepository::toCase);
    }

    /** The case of each position that is not finalized yet. */
    Map<Long, CaseRow> openCasesByPosition(DSLContext tenant) {
        Map<Long, CaseRow> open = new HashMap<>();
        tenant.selectFrom(SUCCESSION_CASE)
                .where(SUCCESSION_CASE.STATUS.ne(CaseStatus.FINALIZED.name()))
                .forEach(r -> open.put(r.getJabatanId(), toCase(r)));
        return open;
    }

    void setStatus(DSLContext tenant, long caseId, CaseStatus status, @Nullable LocalDate finalizedOn) {
        tenant.update(SUCCESSION_CASE)
                .set(SUCCESSION_CASE.STATUS, status.name())
                .set(SUCCESSION_CASE.FINALIZED_ON, finalizedOn)
                .where(SUCCESSION_CASE.ID.eq(caseId))
                .execute();
    }

    private static CaseRow toCase(id.meritasn.jooq.t_template.tables.records.SuccessionCaseRecord r) {
        return new CaseRow(
                r.getId(),
                r.getJabatanId(),
                r.getPeriodId(),
                CaseStatus.valueOf(r.getStatus()),
                r.getOpenedBy(),
                r.getOpenedAt(),
                r.getFinalizedOn());
    }

    long addSlate(DSLContext tenant, long caseId, long sessionId, String actor, List<SlateCandidate> candidates) {
        long id = tenant.insertInto(SUCCESSION_SLATE)
                .set(SUCCESSION_SLATE.CASE_ID, caseId)
                .set(SUCCESSION_SLATE.SESSION_ID, sessionId)
                .set(SUCCESSION_SLATE.NOMINATED_BY, actor)
                .returning(SUCCESSION_SLATE.ID)
                .fetchOptional(SUCCESSION_SLATE.ID)
                .orElseThrow();
        for (SlateCandidate c : candidates) {
            tenant.insertInto(SLATE_CANDIDATE)
                    .set(SLATE_CANDIDATE.SLATE_ID, id)
                    .set(SLATE_CANDIDATE.RANK, (short) c.rank())
                    .set(SLATE_CANDIDATE.NIP, c.nip())
                    .set(SLATE_CANDIDATE.NAME, c.name())
                    .set(SLATE_CANDIDATE.CURRENT_POSITION, c.currentPosition())
                    .set(SLATE_CANDIDATE.READINESS, c.readiness().name())
                    .set(SLATE_CANDIDATE.BOX, (short) c.box())
                    .set(SLATE_CANDIDATE.DEVELOPMENT_PLAN, JSONB.valueOf(json.writeValueAsString(c.developmentPlan())))
                    .set(
                            SLATE_CANDIDATE.SYSTEM_RANK,
                            c.systemRank() == null ? null : c.systemRank().shortValue())
                    .set(SLATE_CANDIDATE.ORDER_REASON, c.orderReason())
                    .execute();
        }
        return id;
    }

    /** The latest slate of each of these cases. */
    Map<Long, Slate> latestSlates(DSLContext tenant, Collection<Long> caseIds) {
        Map<Long, Slate> slates = new HashMap<>();
        var latest = tenant.selectFrom(SUCCESSION_SLATE)
                .where(SUCCESSION_SLATE.CASE_ID.in(caseIds))
                .orderBy(SUCCESSION_SLATE.CASE_ID, SUCCESSION_SLATE.ID.desc())
                .fetch();
        Map<Long, id.meritasn.jooq.t_template.tables.records.SuccessionSlateRecord> byCase = new HashMap<>();
        latest.forEach(r -> byCase.putIfAbsent(r.getCaseId(), r));
        if (byCase.isEmpty()) {
            return slates;
        }
        Map<Long, List<SlateCandidate>> candidates = new HashMap<>();
        tenant.selectFrom(SLATE_CANDIDATE)
                .where(SLATE_CANDIDATE.SLATE_ID.in(
                        byCase.values().stream().map(r -> r.getId()).toList()))
                .orderBy(SLATE_CANDIDATE.RANK)
                .forEach(c -> candidates
                        .computeIfAbsent(c.getSlateId(), k -> new java.util.ArrayList<>())
                        .add(new SlateCandidate(
                                c.getRank(),
                                c.getNip(),
                                c.getName(),
                                c.getCurrentPosition(),
                                Readiness.valueOf(c.getReadiness()),
                                c.getBox(),
                                json.readValue(c.getDevelopmentPlan().data(), new TypeReference<List<String>>() {}),
                                c.getSystemRank() == null
                                        ? null
                                        : c.getSystemRank().intValue(),
                                c.getOrderReason())));
        byCase.forEach((caseId, s) -> slates.put(
                caseId,
                new Slate(
                        s.getId(),
                        s.getSessionId(),
                        s.getNominatedBy(),
                        s.getNominatedAt(),
                        candidates.getOrDefault(s.getId(), List.of()))));
        return slates;
    }

    long addDecision(
            DSLContext tenant,
            long caseId,
            long slateId,
            String nip,
            int rank,
            @Nullable String reason,
            @Nullable Long corrects,
            String actor) {
        return tenant.insertInto(SUCCESSION_DECISION)
                .set(SUCCESSION_DECISION.CASE_ID, caseId)
                .set(SUCCESSION_DECISION.SLATE_ID, slateId)
                .set(SUCCESSION_DECISION.NIP, nip)
                .set(SUCCESSION_DECISION.RANK, (short) rank)
                .set(SUCCESSION_DECISION.REASON, reason)
                .set(SUCCESSION_DECISION.CORRECTS_ID, corrects)
                .set(SUCCESSION_DECISION.DECIDED_BY, actor)
                .returning(SUCCESSION_DECISION.ID)
                .fetchOptional(SUCCESSION_DECISION.ID)
                .orElseThrow();
    }

    /** Decisions of these cases, newest first; names come from the slate the decision chose from. */
    Map<Long, List<Decision>> decisions(DSLContext tenant, Collection<Long> caseIds) {
        Map<Long, List<Decision>> decisions = new HashMap<>();
        tenant.select(SUCCESSION_DECISION.fields())
                .select(SLATE_CANDIDATE.NAME)
                .from(SUCCESSION_DECISION)
                .join(SLATE_CANDIDATE)
                .on(SLATE_CANDIDATE
                        .SLATE_ID
                        .eq(SUCCESSION_DECISION.SLATE_ID)
                        .and(SLATE_CANDIDATE.NIP.eq(SUCCESSION_DECISION.NIP)))
                .where(SUCCESSION_DECISION.CASE_ID.in(caseIds))
                .orderBy(SUCCESSION_DECISION.ID.desc())
                .forEach(r -> decisions
                        .computeIfAbsent(r.get(SUCCESSION_DECISION.CASE_ID), k -> new java.util.ArrayList<>())
                        .add(new Decision(
                                r.get(SUCCESSION_DECISION.ID),
                                r.get(SUCCESSION_DECISION.NIP),
                                r.get(SLATE_CANDIDATE.NAME),
                                r.get(SUCCESSION_DECISION.RANK),
                                r.get(SUCCESSION_DECISION.REASON),
                                r.get(SUCCESSION_DECISION.CORRECTS_ID),
                                r.get(SUCCESSION_DECISION.DECIDED_BY),
                                r.get(SUCCESSION_DECISION.DECIDED_AT))));
        return decisions;
    }

    /** The slate candidates of a decision's slate, for the public page. */
    List<SlateCandidate> slateOfDecision(DSLContext tenant, long decisionId) {
        return tenant.select(SLATE_CANDIDATE.fields())
                .from(SLATE_CANDIDATE)
                .join(SUCCESSION_DECISION)
                .on(SUCCESSION_DECISION.SLATE_ID.eq(SLATE_CANDIDATE.SLATE_ID))
                .where(SUCCESSION_DECISION.ID.eq(decisionId))
                .orderBy(SLATE_CANDIDATE.RANK)
                .fetch(r -> new SlateCandidate(
                        r.get(SLATE_CANDIDATE.RANK),
                        r.get(SLATE_CANDIDATE.NIP),
                        r.get(SLATE_CANDIDATE.NAME),
                        r.get(SLATE_CANDIDATE.CURRENT_POSITION),
                        Readiness.valueOf(r.get(SLATE_CANDIDATE.READINESS)),
                        r.get(SLATE_CANDIDATE.BOX),
                        List.of(),
                        null,
                        null));
    }

    Optional<String> decisionNip(DSLContext tenant, long decisionId) {
        return tenant.select(SUCCESSION_DECISION.NIP)
                .from(SUCCESSION_DECISION)
                .where(SUCCESSION_DECISION.ID.eq(decisionId))
                .fetchOptional(SUCCESSION_DECISION.NIP);
    }
}
