package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_INPUT;
import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_PERIOD;
import static id.meritasn.jooq.t_template.Tables.FEEDBACK_360;
import static id.meritasn.jooq.t_template.Tables.TALENT_RESULT;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentRecords.TalentResult;
import id.meritasn.shared.db.AnyOf;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class AssessmentRepository {

    private final ObjectMapper json;

    AssessmentRepository(ObjectMapper json) {
        this.json = json;
    }

    long createPeriod(DSLContext tenant, String name, LocalDate asOf) {
        return tenant.insertInto(ASSESSMENT_PERIOD)
                .set(ASSESSMENT_PERIOD.NAME, name)
                .set(ASSESSMENT_PERIOD.AS_OF, asOf)
                .returning(ASSESSMENT_PERIOD.ID)
                .fetchOptional(ASSESSMENT_PERIOD.ID)
                .orElseThrow();
    }

    boolean periodNameTaken(DSLContext tenant, String name) {
        return tenant.fetchExists(ASSESSMENT_PERIOD, ASSESSMENT_PERIOD.NAME.eq(name));
    }

    Optional<AssessmentPeriod> period(DSLContext tenant, long id) {
        return tenant.selectFrom(ASSESSMENT_PERIOD)
                .where(ASSESSMENT_PERIOD.ID.eq(id))
                .fetchOptional(r ->
                        new AssessmentPeriod(r.getId(), r.getName(), r.getAsOf(), PeriodStatus.valueOf(r.getStatus())));
    }

    List<AssessmentPeriod> periods(DSLContext tenant) {
        return tenant.selectFrom(ASSESSMENT_PERIOD)
                .orderBy(ASSESSMENT_PERIOD.AS_OF.desc())
                .fetch(r ->
                        new AssessmentPeriod(r.getId(), r.getName(), r.getAsOf(), PeriodStatus.valueOf(r.getStatus())));
    }

    /** The latest period assessed before this date (the previous year's SKP), if any. */
    @Nullable
    Long previousPeriod(DSLContext tenant, LocalDate asOf) {
        return tenant.select(ASSESSMENT_PERIOD.ID)
                .from(ASSESSMENT_PERIOD)
                .where(ASSESSMENT_PERIOD.AS_OF.lt(asOf))
                .orderBy(ASSESSMENT_PERIOD.AS_OF.desc())
                .limit(1)
                .fetchOne(ASSESSMENT_PERIOD.ID);
    }

    /**
     * Inserts or changes an input unless the same payload and evidence are already stored: 1 inserted, 2 changed,
     * 0 unchanged (so loading a file twice changes nothing the second time).
     */
    int saveInputIfChanged(
            DSLContext tenant, long periodId, String nip, String kind, Object payload, String evidence, String actor) {
        JSONB value = JSONB.valueOf(json.writeValueAsString(payload));
        return tenant.insertInto(ASSESSMENT_INPUT)
                .set(ASSESSMENT_INPUT.PERIOD_ID, periodId)
                .set(ASSESSMENT_INPUT.NIP, nip)
                .set(ASSESSMENT_INPUT.KIND, kind)
                .set(ASSESSMENT_INPUT.PAYLOAD, value)
                .set(ASSESSMENT_INPUT.EVIDENCE, evidence)
                .set(ASSESSMENT_INPUT.ENTERED_BY, actor)
                .onConflict(ASSESSMENT_INPUT.PERIOD_ID, ASSESSMENT_INPUT.NIP, ASSESSMENT_INPUT.KIND)
                .doUpdate()
                .set(ASSESSMENT_INPUT.PAYLOAD, value)
                .set(ASSESSMENT_INPUT.EVIDENCE, evidence)
                .set(ASSESSMENT_INPUT.ENTERED_BY, actor)
                .set(ASSESSMENT_INPUT.ENTERED_AT, DSL.currentOffsetDateTime())
                .where(ASSESSMENT_INPUT
                        .PAYLOAD
                        .isDistinctFrom(value)
                        .or(ASSESSMENT_INPUT.EVIDENCE.isDistinctFrom(evidence)))
                // xmax is 0 on a row this statement inserted, set on one it updated
                .returningResult(DSL.field("(xmax = 0)", Boolean.class))
                .fetchOptional()
                .map(r -> r.value1() ? 1 : 2)
                .orElse(0);
    }

    /** Inputs of these employees: nip to kind to {payload JSON, evidence}. */
    Map<String, Map<String, String[]>> inputs(DSLContext tenant, long periodId, Collection<String> nips) {
        return inputs(tenant, periodId, null, nips);
    }

    /** Inputs of one kind (all kinds when null) of these employees: nip to kind to {payload JSON, evidence}. */
    Map<String, Map<String, String[]>> inputs(
            DSLContext tenant, long periodId, @Nullable String kind, Collection<String> nips) {
        Map<String, Map<String, String[]>> result = new java.util.HashMap<>();
        tenant.select(ASSESSMENT_INPUT.NIP, ASSESSMENT_INPUT.KIND, ASSESSMENT_INPUT.PAYLOAD, ASSESSMENT_INPUT.EVIDENCE)
                .from(ASSESSMENT_INPUT)
                .where(ASSESSMENT_INPUT.PERIOD_ID.eq(periodId).and(AnyOf.strings(ASSESSMENT_INPUT.NIP, nips)))
                .and(kind == null ? DSL.noCondition() : ASSESSMENT_INPUT.KIND.eq(kind))
                .forEach(r -> result.computeIfAbsent(r.value1(), n -> new java.util.HashMap<>())
                        .put(r.value2(), new String[] {r.value3().data(), r.value4()}));
        return result;
    }

    void saveFeedback(DSLContext tenant, long periodId, String nip, String raterRef, String group, int score) {
        tenant.insertInto(FEEDBACK_360)
                .set(FEEDBACK_360.PERIOD_ID, periodId)
                .set(FEEDBACK_360.NIP, nip)
                .set(FEEDBACK_360.RATER_REF, raterRef)
                .set(FEEDBACK_360.RATER_GROUP, group)
                .set(FEEDBACK_360.SCORE, (short) score)
                .onConflict(FEEDBACK_360.PERIOD_ID, FEEDBACK_360.NIP, FEEDBACK_360.RATER_REF)
                .doUpdate()
                .set(FEEDBACK_360.RATER_GROUP, group)
                .set(FEEDBACK_360.SCORE, (short) score)
                .execute();
    }

    /**
     * Feedback per employee and rater group, counted and summed by the database: neither rater references nor single
     * answers leave the repository (and a third of the rows of reading every answer).
     */
    Map<String, List<AssessmentInputs.FeedbackGroup>> feedback(
            DSLContext tenant, long periodId, Collection<String> nips) {
        return tenant.select(FEEDBACK_360.NIP, FEEDBACK_360.RATER_GROUP, DSL.count(), DSL.sum(FEEDBACK_360.SCORE))
                .from(FEEDBACK_360)
                .where(FEEDBACK_360.PERIOD_ID.eq(periodId).and(AnyOf.strings(FEEDBACK_360.NIP, nips)))
                .groupBy(FEEDBACK_360.NIP, FEEDBACK_360.RATER_GROUP)
                .fetchGroups(
                        FEEDBACK_360.NIP,
                        r -> new AssessmentInputs.FeedbackGroup(
                                AssessmentInputs.RaterGroup.valueOf(r.value2()),
                                r.value3(),
                                r.value4().intValue()));
    }

    /** The latest version of each employee's result (of these employees, or all), ordered by NIP. */
    Map<String, TalentResult> latestResults(DSLContext tenant, long periodId, @Nullable Collection<String> nips) {
        Map<String, TalentResult> result = new java.util.LinkedHashMap<>();
        tenant.select(TALENT_RESULT.fields())
                .distinctOn(TALENT_RESULT.NIP)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .and(nips == null ? DSL.noCondition() : AnyOf.strings(TALENT_RESULT.NIP, nips))
                .orderBy(TALENT_RESULT.NIP, TALENT_RESULT.VERSION.desc())
                .forEach(r -> result.put(r.get(TALENT_RESULT.NIP), toResult(r)));
        return result;
    }

    /** The latest result of every employee of the period, without explanations: for maps and reports. */
    Map<String, TalentResult> latestSummaries(DSLContext tenant, long periodId) {
        return latestSummaries(tenant, periodId, null);
    }

    /**
     * The latest result of these employees (all when null), without explanations: the explanation is most of a
     * result's bytes, and reading it for 60,000 employees took 3 s of a mobility index rebuild that does not use it.
     */
    Map<String, TalentResult> latestSummaries(DSLContext tenant, long periodId, @Nullable Collection<String> nips) {
        Map<String, TalentResult> result = new java.util.LinkedHashMap<>();
        tenant.select(java.util.Arrays.stream(TALENT_RESULT.fields())
                        .filter(f -> !f.equals(TALENT_RESULT.EXPLANATION))
                        .toList())
                .distinctOn(TALENT_RESULT.NIP)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .and(nips == null ? DSL.noCondition() : AnyOf.strings(TALENT_RESULT.NIP, nips))
                .orderBy(TALENT_RESULT.NIP, TALENT_RESULT.VERSION.desc())
                .forEach(r -> result.put(r.get(TALENT_RESULT.NIP), toResult(r, false)));
        return result;
    }

    /** Explanations of these versions of the period: nip and version to the explanation. */
    Map<String, List<ScoreEngine.IndicatorScore>> explanations(
            DSLContext tenant, long periodId, Collection<TalentResult> results) {
        Map<String, List<ScoreEngine.IndicatorScore>> byKey = new java.util.HashMap<>();
        tenant.select(TALENT_RESULT.NIP, TALENT_RESULT.VERSION, TALENT_RESULT.EXPLANATION)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .and(DSL.row(TALENT_RESULT.NIP, TALENT_RESULT.VERSION)
                        .in(results.stream()
                                .map(r -> DSL.row(r.nip(), r.version()))
                                .toList()))
                .forEach(r -> byKey.put(
                        r.value1() + "/" + r.value2(),
                        json.readValue(r.value3(), new TypeReference<List<ScoreEngine.IndicatorScore>>() {})));
        return byKey;
    }

    List<TalentResult> versions(DSLContext tenant, long periodId, String nip) {
        return tenant.select(TALENT_RESULT.fields())
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId).and(TALENT_RESULT.NIP.eq(nip)))
                .orderBy(TALENT_RESULT.VERSION.desc())
                .fetch(this::toResult);
    }

    void setStatus(DSLContext tenant, long periodId, PeriodStatus status) {
        tenant.update(ASSESSMENT_PERIOD)
                .set(ASSESSMENT_PERIOD.STATUS, status.name())
                .set(
                        ASSESSMENT_PERIOD.PUBLISHED_AT,
                        status == PeriodStatus.PUBLISHED ? DSL.currentOffsetDateTime() : null)
                .where(ASSESSMENT_PERIOD.ID.eq(periodId))
                .execute();
    }

    private TalentResult toResult(Record r) {
        return toResult(r, true);
    }

    private TalentResult toResult(Record r, boolean withExplanation) {
        Short box = r.get(TALENT_RESULT.BOX);
        return new TalentResult(
                r.get(TALENT_RESULT.PERIOD_ID),
                r.get(TALENT_RESULT.NIP),
                r.get(TALENT_RESULT.VERSION),
                r.get(TALENT_RESULT.RUBRIC_VERSION),
                r.get(TALENT_RESULT.MAPPED),
                json.readValue(r.get(TALENT_RESULT.MISSING).data(), new TypeReference<List<String>>() {}),
                r.get(TALENT_RESULT.POTENTIAL),
                r.get(TALENT_RESULT.PERFORMANCE),
                box == null ? null : box.intValue(),
                box == null ? List.of() : NineBox.recommendedActions(box),
                withExplanation
                        ? json.readValue(
                                r.get(TALENT_RESULT.EXPLANATION),
                                new TypeReference<List<ScoreEngine.IndicatorScore>>() {})
                        : null,
                r.get(TALENT_RESULT.COMPUTED_AT));
    }
}
