package id.meritasn.mobility;

import static id.meritasn.jooq.platform.Tables.MOBILITY_INDEX;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.shared.db.DerivedColumns;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectLimitPercentStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * {@link MobilityIndexSearch}'s ranking against a standard by the sum of achieved levels, with its keyset (the
 * changesets' comments name {@link MobilityIndexRepository}, where it lived first).
 */
@Repository
class MobilityRanking {

    private final DSLContext dsl;

    MobilityRanking(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The managerial and socio-cultural competencies standards name besides their technical ones (DemoEmployeeGenerator,
     * NationalEmployees). The sum of their levels is the stored column common_level, indexed in descending order with
     * agency and NIP (platform-005-mobility-common-level.sql, which must name the same competencies).
     */
    static final List<String> COMMON = List.of(
            "integritas",
            "kerja_sama",
            "komunikasi",
            "orientasi_hasil",
            "pelayanan_publik",
            "pengembangan_diri",
            "mengelola_perubahan",
            "pengambilan_keputusan",
            "perekat_bangsa");
    /** What an entry holds beyond the common set, GIN-indexed (on the national data one key: its own level's). */
    static final String TECHNICAL = "(competencies - ARRAY["
            + String.join(", ", COMMON.stream().map(c -> "'" + c + "'").toList()) + "]::text[])";

    /**
     * Up to this sum of required levels, the JPM (rounded to 2 places) of two different sums of achieved levels differs
     * (by at least 100 / required >= 0.01), so ranking by the sum gives the same order and the same ties as ranking by
     * the JPM, and a cursor's JPM names one sum. Beyond it (2,000 competencies) the search ranks by the rounded JPM.
     */
    static final int MAX_REQUIRED = 10_000;

    static int required(List<JobPersonMatch.Requirement> standard) {
        return standard.stream()
                .mapToInt(JobPersonMatch.Requirement::requiredLevel)
                .sum();
    }

    /** JobPersonMatch's percent for a sum of achieved levels (the same arithmetic, so a cursor maps back exactly). */
    static BigDecimal percent(int achieved, int required) {
        return BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP);
    }

    /**
     * The ranked page: by the sum of achieved levels over the standard's competencies (unassessed count 0) descending,
     * then agency and NIP. When the standard names every common competency, the entries holding none of its technical
     * ones score their common sum and are read in that order from the expression index, stopping after a page; those
     * holding one are found through the GIN index and scored one by one; the two disjoint pages are merged. Otherwise
     * (a standard without some common competency) every entry passing the filters is scored: exact, not bounded.
     */
    Select<Record> ranked(
            Condition where,
            List<JobPersonMatch.Requirement> standard,
            @Nullable Map<String, Object> after,
            int limit) {
        List<String> names =
                standard.stream().map(JobPersonMatch.Requirement::competency).toList();
        List<Field<?>> fields = Arrays.asList(MOBILITY_INDEX.fields());
        Field<Integer> score = DSL.inline(0);
        for (String competency : names) {
            score = score.plus(inlineLevel(competency));
        }
        if (!names.containsAll(COMMON)) {
            return page(fields, where, score, after, standard, limit);
        }
        Field<Integer> common = MOBILITY_INDEX.COMMON_LEVEL;
        List<String> technical = names.stream().filter(n -> !COMMON.contains(n)).toList();
        if (technical.isEmpty()) {
            return page(fields, where, common, after, standard, limit);
        }
        Field<Integer> technicalScore = common;
        for (String competency : technical) {
            technicalScore = technicalScore.plus(inlineLevel(competency));
        }
        // ?| is PostgreSQL's "has any of these keys" (GIN-indexed): written ??| because the JDBC driver takes a lone ?
        // of a prepared statement for a parameter and turns ?? into ?
        Condition holdsTechnical = DSL.condition(TECHNICAL + " ??| ARRAY["
                + String.join(
                        ", ",
                        technical.stream()
                                .map(t -> "'" + t.replace("'", "''") + "'")
                                .toList()) + "]::text[]");
        Table<?> both = page(fields, where.andNot(holdsTechnical), common, after, standard, limit)
                .unionAll(page(fields, where.and(holdsTechnical), technicalScore, after, standard, limit))
                .asTable("ranked");
        return dsl.select(both.fields())
                .from(both)
                .orderBy(
                        DerivedColumns.of(both, "score").desc(),
                        DerivedColumns.of(both, MOBILITY_INDEX.AGENCY).asc(),
                        DerivedColumns.of(both, MOBILITY_INDEX.NIP).asc())
                .limit(limit);
    }

    /** One keyset page by a score (descending), agency and NIP. */
    private SelectLimitPercentStep<Record> page(
            List<Field<?>> fields,
            Condition where,
            Field<Integer> score,
            @Nullable Map<String, Object> after,
            List<JobPersonMatch.Requirement> standard,
            int limit) {
        Condition keyset = DSL.noCondition();
        if (after != null) {
            // the cursor holds the JPM of the last row; the sum it stands for (see MAX_REQUIRED)
            int required = required(standard);
            BigDecimal key = new BigDecimal(String.valueOf(after.get("jpm")));
            // start just below it (clamped: the cursor comes from the client), then at most a few steps up
            BigDecimal estimate = key.multiply(BigDecimal.valueOf(required))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR)
                    .subtract(BigDecimal.ONE);
            long first = estimate.signum() < 0
                    ? 0
                    : estimate.min(BigDecimal.valueOf(Integer.MAX_VALUE)).longValue();
            while (first < Integer.MAX_VALUE && percent((int) first, required).compareTo(key) < 0) {
                first++;
            }
            int sum = (int) first; // the smallest sum whose JPM reaches the key
            Condition below = score.lt(sum);
            if (percent(sum, required).compareTo(key) == 0) {
                below = below.or(DSL.row(MOBILITY_INDEX.AGENCY, MOBILITY_INDEX.NIP)
                        .gt(String.valueOf(after.get("agency")), String.valueOf(after.get("nip"))));
            }
            // the bound on its own lets the planner start the index scan at the cursor
            keyset = score.le(sum).and(below);
        }
        List<Field<?>> selected = new ArrayList<>(fields);
        selected.add(score.as("score"));
        return dsl.select(selected)
                .from(MOBILITY_INDEX)
                .where(where.and(keyset))
                .orderBy(score.desc(), MOBILITY_INDEX.AGENCY.asc(), MOBILITY_INDEX.NIP.asc())
                .limit(limit);
    }

    /** The achieved level of a competency, 0 when it was not assessed, with the code inline (as in the index). */
    private static Field<Integer> inlineLevel(String competency) {
        return DSL.field("coalesce((competencies ->> {0})::int, 0)", SQLDataType.INTEGER, DSL.inline(competency));
    }
}
