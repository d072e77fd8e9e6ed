package id.meritasn.mobility;

import static id.meritasn.jooq.platform.Tables.MOBILITY_INDEX;
import static id.meritasn.jooq.platform.Tables.MOBILITY_TEXT;
import static id.meritasn.jooq.platform.Tables.TENANT;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.mobility.MobilityRecords.SearchFilter;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import id.meritasn.shared.db.DerivedColumns;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * Search of the national talent index: filters, the name/position text through {@code mobility_text}, and the JPM
 * ranking against a standard with its keyset (the ranked page without text is {@link MobilityRanking}'s). Reads only
 * schema {@code platform} (the index and, for the agency's status, the registry): never a tenant schema. Writes to
 * the index are {@link MobilityIndexRepository}'s (the changesets' comments name that class, where this search lived
 * before it was split off).
 */
@Repository
class MobilityIndexSearch {

    /** A search row: the entry and, when ranked against a standard, its JPM as SQL computed it (the sort key). */
    record Hit(TalentIndexEntry entry, @Nullable BigDecimal jpm) {}

    private final DSLContext dsl;
    private final MobilityRanking ranking;
    private final ObjectMapper json;

    MobilityIndexSearch(DSLContext dsl, MobilityRanking ranking, ObjectMapper json) {
        this.dsl = dsl;
        this.ranking = ranking;
        this.json = json;
    }

    /**
     * One keyset page of the index. Without a standard: by name, agency, NIP. With one: by JPM (sum of achieved
     * levels over the sum required, in percent, rounded to 2 places; an unassessed competency counts 0) descending,
     * then agency and NIP; without a text filter that is the order of the sum of achieved levels
     * ({@link MobilityRanking#ranked}).
     * {@code after} holds the sort keys of the last row seen. The text filter (part of the name or the position, any
     * case) goes through {@code mobility_text}, the distinct names and positions (see
     * platform-002-mobility-text.sql).
     */
    List<Hit> search(
            @Nullable String excludeAgency,
            SearchFilter filter,
            @Nullable Integer rankMin,
            @Nullable Integer rankMax,
            List<JobPersonMatch.Requirement> standard,
            @Nullable Map<String, Object> after,
            int limit) {
        Condition where =
                MOBILITY_INDEX.AGENCY.in(DSL.select(TENANT.KEY).from(TENANT).where(TENANT.STATUS.eq("active")));
        if (excludeAgency != null) {
            where = where.and(MOBILITY_INDEX.AGENCY.ne(excludeAgency));
        }
        where = where.and(filters(filter, rankMin, rankMax));
        String text = filter.text() == null ? "" : filter.text().trim();
        if (!standard.isEmpty()
                && text.isEmpty()
                && MobilityRanking.required(standard) <= MobilityRanking.MAX_REQUIRED) {
            // PostgreSQL's default prices a heap page as a disk seek (4.0). Then the holders of a technical
            // competency (5,864 for teknis_jpt_pratama) looked dear enough to AND their GIN index with the box and rank
            // index, whose scan for boxes 7-9 (1.2 million entries) took 350 ms of a 380 ms query, against 37 ms
            // without (EXPLAIN ANALYZE, national data; the plan flipped between runs with the statistics). The index is
            // read from memory, as the SSD setting of 1.1 assumes; for this transaction's statements only.
            dsl.execute("SET LOCAL random_page_cost = 1.1");
            return ranking.ranked(where, standard, after, limit)
                    .fetch(r -> new Hit(
                            MobilityIndexRepository.toEntry(json, r),
                            MobilityRanking.percent(
                                    r.get("score", Integer.class), MobilityRanking.required(standard))));
        }
        Field<BigDecimal> jpm = standard.isEmpty() ? null : jpm(standard);
        List<SortField<?>> order = new ArrayList<>();
        if (jpm != null) {
            order.add(jpm.desc());
        } else {
            order.add(MOBILITY_INDEX.NAME.asc());
        }
        order.add(MOBILITY_INDEX.AGENCY.asc());
        order.add(MOBILITY_INDEX.NIP.asc());
        if (after != null) {
            String agency = String.valueOf(after.get("agency"));
            String nip = String.valueOf(after.get("nip"));
            if (jpm != null) {
                BigDecimal key = new BigDecimal(String.valueOf(after.get("jpm")));
                where = where.and(jpm.lt(key)
                        .or(jpm.eq(key)
                                .and(DSL.row(MOBILITY_INDEX.AGENCY, MOBILITY_INDEX.NIP)
                                        .gt(agency, nip))));
            } else {
                where = where.and(DSL.row(MOBILITY_INDEX.NAME, MOBILITY_INDEX.AGENCY, MOBILITY_INDEX.NIP)
                        .gt(String.valueOf(after.get("name")), agency, nip));
            }
        }
        List<Field<?>> fields = new ArrayList<>(Arrays.asList(MOBILITY_INDEX.fields()));
        if (jpm != null) {
            fields.add(jpm.as("jpm"));
        }
        if (text.isEmpty()) {
            return dsl.select(fields)
                    .from(MOBILITY_INDEX)
                    .where(where)
                    .orderBy(order)
                    .limit(limit)
                    .fetch(r -> hit(r, jpm != null));
        }
        // A page of the entries whose name matches, read in order through the name index, and one of those whose
        // position matches: an OR of the two would make the planner collect every match before ordering them. The
        // position matches are collected first (MATERIALIZED), or the planner walks the name index testing each row.
        Field<String[]> matching = DSL.array(DSL.select(MOBILITY_TEXT.VALUE)
                .from(MOBILITY_TEXT)
                .where(DSL.lower(MOBILITY_TEXT.VALUE).like(DSL.lower(DSL.val(likePattern(text))), '!')));
        CommonTableExpression<Record> positionHits = DSL.name("position_hit")
                .asMaterialized(dsl.select(fields)
                        .from(MOBILITY_INDEX)
                        .where(where.and(MOBILITY_INDEX.POSITION_NAME.eq(DSL.any(matching)))));
        Table<?> hits = dsl.select(fields)
                .from(MOBILITY_INDEX)
                .where(where.and(MOBILITY_INDEX.NAME.eq(DSL.any(matching))))
                .orderBy(order)
                .limit(limit)
                .union(dsl.select(positionHits.fields())
                        .from(positionHits)
                        .orderBy(sortKeys(positionHits, jpm != null))
                        .limit(limit))
                .asTable("hit");
        return dsl.with(positionHits)
                .select(hits.fields())
                .from(hits)
                .orderBy(sortKeys(hits, jpm != null))
                .limit(limit)
                .fetch(r -> hit(r, jpm != null));
    }

    /** The sort keys of a page, as columns of a derived table. */
    private static List<SortField<?>> sortKeys(Table<?> rows, boolean ranked) {
        return List.of(
                ranked
                        ? DerivedColumns.of(rows, "jpm").desc()
                        : DerivedColumns.of(rows, MOBILITY_INDEX.NAME).asc(),
                DerivedColumns.of(rows, MOBILITY_INDEX.AGENCY).asc(),
                DerivedColumns.of(rows, MOBILITY_INDEX.NIP).asc());
    }

    private Hit hit(Record r, boolean ranked) {
        return new Hit(MobilityIndexRepository.toEntry(json, r), ranked ? r.get("jpm", BigDecimal.class) : null);
    }

    /** {@code %text%} for LIKE with escape character {@code !}: the text's own %, _ and ! match themselves. */
    static String likePattern(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static Condition filters(SearchFilter f, @Nullable Integer rankMin, @Nullable Integer rankMax) {
        Condition c = DSL.noCondition();
        if (rankMin != null) {
            c = c.and(MOBILITY_INDEX.RANK_ORDER.ge(rankMin.shortValue()));
        }
        if (rankMax != null) {
            c = c.and(MOBILITY_INDEX.RANK_ORDER.le(rankMax.shortValue()));
        }
        if (!f.positionKinds().isEmpty()) {
            c = c.and(MOBILITY_INDEX.POSITION_KIND.in(f.positionKinds()));
        }
        if (!f.positionLevels().isEmpty()) {
            c = c.and(MOBILITY_INDEX.POSITION_LEVEL.in(f.positionLevels()));
        }
        if (!f.boxes().isEmpty()) {
            c = c.and(MOBILITY_INDEX.BOX.in(
                    f.boxes().stream().map(Integer::shortValue).toList()));
        }
        for (MobilityRecords.CompetencyMinimum minimum : f.minCompetencies()) {
            c = c.and(level(minimum.competency()).ge(minimum.level()));
        }
        if (!f.educationLevels().isEmpty()) {
            c = c.and(MOBILITY_INDEX.EDUCATION_LEVEL.in(f.educationLevels()));
        }
        if (f.educationField() != null && !f.educationField().isBlank()) {
            c = c.and(MOBILITY_INDEX.EDUCATION_FIELD.containsIgnoreCase(
                    f.educationField().trim()));
        }
        if (!f.regions().isEmpty()) {
            c = c.and(MOBILITY_INDEX.REGION.in(f.regions()));
        }
        if (!f.agencies().isEmpty()) {
            c = c.and(MOBILITY_INDEX.AGENCY.in(f.agencies()));
        }
        if (f.willingToMoveTo() != null && !f.willingToMoveTo().isBlank()) {
            c = c.and(DSL.condition(
                    "lower({0}) = any(select lower(r) from unnest({1}) r)",
                    DSL.val(f.willingToMoveTo().trim()), MOBILITY_INDEX.WANTED_REGIONS));
        }
        return c;
    }

    /** The achieved level of a competency, 0 when it was not assessed. */
    private static Field<Integer> level(String competency) {
        return DSL.field(
                "coalesce(({0} ->> {1})::int, 0)",
                SQLDataType.INTEGER, MOBILITY_INDEX.COMPETENCIES, DSL.val(competency));
    }

    /** JobPersonMatch in SQL, so the ranking and its keyset run in the database; the service recomputes it in Java. */
    private static Field<BigDecimal> jpm(List<JobPersonMatch.Requirement> standard) {
        Field<Integer> achieved = DSL.inline(0);
        int required = 0;
        for (JobPersonMatch.Requirement requirement : standard) {
            achieved = achieved.plus(level(requirement.competency()));
            required += requirement.requiredLevel();
        }
        return DSL.round(achieved.cast(SQLDataType.NUMERIC).mul(DSL.inline(100)).div(DSL.inline(required)), 2);
    }
}
