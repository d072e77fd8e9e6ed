package id.meritasn.assessment;

import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_INPUT;
import static id.meritasn.jooq.t_template.Tables.ASSESSMENT_PERIOD;
import static id.meritasn.jooq.t_template.Tables.CALIBRATION_MOVE;
import static id.meritasn.jooq.t_template.Tables.FEEDBACK_360;
import static id.meritasn.jooq.t_template.Tables.RESULT_REVISION;
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
                .fetchOne(ASSESSMENT_PERIOD.ID);
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

    /** The agency's result revision (tenant-007): moves with every statement writing results or calibration moves. */
    long resultRevision(DSLContext tenant) {
        return tenant.select(RESULT_REVISION.VALUE)
                .from(RESULT_REVISION)
                .fetchSingle()
                .value1();
    }

    /**
     * The map's counts without reading its members: per final box (the latest agreed calibration move, else the latest
     * version's box) the number of employees, index 0 holding those not mapped. The same rules as the members' path
     * in {@code AssessmentService.map}, counted by the database.
     */
    int[] boxCounts(DSLContext tenant, long periodId) {
        // both sides read once and hash-joined: the latest versions from talent_result_latest_idx alone, the moves
        // of the period (few) latest first; not a probe into the moves per employee
        var latest = tenant.select(TALENT_RESULT.NIP, TALENT_RESULT.BOX, TALENT_RESULT.MAPPED)
                .distinctOn(TALENT_RESULT.NIP)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .orderBy(TALENT_RESULT.NIP, TALENT_RESULT.VERSION.desc())
                .asTable("r");
        var move = tenant.select(CALIBRATION_MOVE.NIP, CALIBRATION_MOVE.TO_BOX)
                .distinctOn(CALIBRATION_MOVE.NIP)
                .from(CALIBRATION_MOVE)
                .where(CALIBRATION_MOVE.PERIOD_ID.eq(periodId))
                .and(CALIBRATION_MOVE.STATUS.eq(AssessmentRecords.MoveStatus.AGREED.name()))
                .orderBy(CALIBRATION_MOVE.NIP, CALIBRATION_MOVE.ID.desc())
                .asTable("m");
        var box = DSL.coalesce(move.field(CALIBRATION_MOVE.TO_BOX), latest.field(TALENT_RESULT.BOX));
        int[] counts = new int[10];
        tenant.select(
                        box,
                        DSL.count()
                                .filterWhere(latest.field(TALENT_RESULT.MAPPED).isFalse()),
                        DSL.count())
                .from(latest)
                .leftJoin(move)
                .on(move.field(CALIBRATION_MOVE.NIP).eq(latest.field(TALENT_RESULT.NIP)))
                .groupBy(box)
                .forEach(r -> {
                    counts[0] += r.value2();
                    if (r.value1() != null) {
                        counts[r.value1()] += r.value3();
                    }
                });
        return counts;
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

    /** The latest version and digest per employee: what a recompute needs to know, without the explanations. */
    record Stamp(int version, @Nullable String hash) {}

    Map<String, Stamp> latestStamps(DSLContext tenant, long periodId, @Nullable Collection<String> nips) {
        Map<String, Stamp> stamps = new java.util.HashMap<>();
        tenant.select(TALENT_RESULT.NIP, TALENT_RESULT.VERSION, TALENT_RESULT.RESULT_HASH)
                .distinctOn(TALENT_RESULT.NIP)
                .from(TALENT_RESULT)
                .where(TALENT_RESULT.PERIOD_ID.eq(periodId))
                .and(nips == null ? DSL.noCondition() : AnyOf.strings(TALENT_RESULT.NIP, nips))
                .orderBy(TALENT_RESULT.NIP, TALENT_RESULT.VERSION.desc())
                .forEach(r -> stamps.put(r.value1(), new Stamp(r.value2(), r.value3())));
        return stamps;
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

    /** A result to store as the employee's next version. */
    record NewResult(String nip, int version, int rubricVersion, ScoreEngine.Result result, Encoded encoded) {}

    /**
     * Stores many results with PostgreSQL COPY in the caller's transaction (a full recompute writes tens of thousands,
     * each with its explanation); COPY goes to the tenant schema through the transaction's search_path. Rows go out in
     * batches of about 128 KB: one text of a whole chunk (10 MB for 5,000 results) was a humongous allocation for the
     * collector, copied twice more on its way to the driver.
     */
    void saveResults(DSLContext tenant, long periodId, List<NewResult> results) {
        if (results.isEmpty()) {
            return;
        }
        tenant.connection(connection -> {
            org.postgresql.copy.CopyIn copy = connection
                    .unwrap(org.postgresql.PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY talent_result (period_id, nip, version, rubric_version, mapped, missing, potential, performance,"
                                    + " box, explanation, result_hash) FROM STDIN");
            try {
                StringBuilder rows = new StringBuilder(COPY_BATCH + 4096);
                for (NewResult n : results) {
                    row(rows, periodId, n);
                    if (rows.length() >= COPY_BATCH) {
                        send(copy, rows);
                    }
                }
                send(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy(); // a failure half-way: nothing of this COPY is kept
                }
            }
        });
    }

    private static final int COPY_BATCH = 128 * 1024;

    private static void row(StringBuilder rows, long periodId, NewResult n) {
        ScoreEngine.Result r = n.result();
        rows.append(periodId)
                .append('\t')
                .append(n.nip())
                .append('\t')
                .append(n.version())
                .append('\t')
                .append(n.rubricVersion())
                .append('\t')
                .append(r.mapped())
                .append('\t');
        copyText(rows, n.encoded().missing())
                .append('\t')
                .append(r.potential() == null ? "\\N" : r.potential().toPlainString())
                .append('\t')
                .append(r.performance() == null ? "\\N" : r.performance().toPlainString())
                .append('\t')
                .append(r.box() == null ? "\\N" : r.box().toString())
                .append('\t');
        copyText(rows, n.encoded().explanation())
                .append('\t')
                .append(n.encoded().hash())
                .append('\n');
    }

    private static void send(org.postgresql.copy.CopyIn copy, StringBuilder rows) throws java.sql.SQLException {
        byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /**
     * COPY's text format: backslash, tab, newline and carriage return escaped, appended to the rows being built. Our
     * JSON holds none of the last three (Jackson escapes them) and rarely a backslash, so the value goes in whole when
     * the JDK's vectorized searches find none: a loop testing each character was 9% of a full recompute's Java time.
     */
    private static StringBuilder copyText(StringBuilder out, String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return out.append(value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** A result as stored: its JSON columns, written once and used both for the digest and for COPY. */
    record Encoded(String missing, String explanation, String hash) {}

    /**
     * The JSON columns and the SHA-256 of the canonical JSON array of everything a stored result says
     * ({@code [rubricVersion, mapped, missing, potential, performance, box, explanation]}, as Jackson writes it). The
     * array is assembled from the column texts so that a full recompute serializes each explanation once.
     */
    Encoded encode(int rubricVersion, ScoreEngine.Result r) {
        // nothing is missing for nearly everyone, and an empty list needs no data binding to be written as "[]"
        String missing = r.missing().isEmpty() ? "[]" : json.writeValueAsString(r.missing());
        String explanation = ExplanationJson.write(json, r.explanation());
        String canonical = "[" + rubricVersion + "," + r.mapped() + "," + missing + "," + quoted(r.potential()) + ","
                + quoted(r.performance()) + "," + r.box() + "," + explanation + "]";
        return new Encoded(
                missing,
                explanation,
                java.util.HexFormat.of()
                        .formatHex(SHA_256.get().digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** One digest per thread: looking the algorithm up for every result was a measurable part of encoding them. */
    private static final ThreadLocal<java.security.MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static String quoted(java.math.@Nullable BigDecimal value) {
        return value == null ? "null" : "\"" + value.toPlainString() + "\"";
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
