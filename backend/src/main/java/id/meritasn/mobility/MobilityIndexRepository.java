package id.meritasn.mobility;

import static id.meritasn.jooq.platform.Tables.MOBILITY_AGENCY;
import static id.meritasn.jooq.platform.Tables.MOBILITY_INDEX;
import static id.meritasn.jooq.platform.Tables.MOBILITY_TEXT;
import static id.meritasn.jooq.platform.Tables.TENANT;

import id.meritasn.mobility.MobilityRecords.Aspirations;
import id.meritasn.mobility.MobilityRecords.ScoreBand;
import id.meritasn.mobility.MobilityRecords.TalentIndexEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national talent index as the indexer writes it, and the indexer's view of participating agencies, both in
 * schema {@code platform}; searching it is {@link MobilityIndexSearch}'s.
 */
@Repository
class MobilityIndexRepository {

    private final DSLContext dsl;
    private final ObjectMapper json;

    MobilityIndexRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** Entries per statement in {@link #upsertAll}: one JSON document each, so the size bounds only memory. */
    static final int UPSERT_ROWS = 5000;

    /**
     * One statement writes a chunk of entries passed as a single JSON array (jsonb_populate_recordset maps its keys,
     * the column names, to the columns): against multi-row VALUES with 20 bind values per entry, jOOQ renders no
     * 20,000-value statement and PostgreSQL parses none. An entry whose content is unchanged is not rewritten (the
     * WHERE of the update): a rebuild after a change that touches few of an agency's entries writes only those, and
     * indexed_at says when the content last changed.
     */
    private static final String UPSERT = upsertStatement();

    private static String upsertStatement() {
        List<String> content = new ArrayList<>();
        for (Field<?> field : MOBILITY_INDEX.fields()) {
            // common_level is generated from the competencies by PostgreSQL
            if (!field.equals(MOBILITY_INDEX.INDEXED_AT) && !field.equals(MOBILITY_INDEX.COMMON_LEVEL)) {
                content.add(field.getName());
            }
        }
        List<String> replaced = content.stream()
                .filter(c -> !c.equals(MOBILITY_INDEX.AGENCY.getName()) && !c.equals(MOBILITY_INDEX.NIP.getName()))
                .toList();
        String columns = String.join(", ", content);
        String indexedAt = MOBILITY_INDEX.INDEXED_AT.getName();
        return "INSERT INTO platform.mobility_index AS m (" + columns + ", " + indexedAt + ")"
                + " SELECT " + columns
                + ", now() FROM jsonb_populate_recordset(NULL::platform.mobility_index, ?::jsonb)"
                + " ON CONFLICT (agency, nip) DO UPDATE SET "
                + String.join(
                        ", ", replaced.stream().map(c -> c + " = excluded." + c).toList())
                + ", " + indexedAt + " = excluded." + indexedAt
                + " WHERE ("
                + String.join(", ", replaced.stream().map(c -> "m." + c).toList()) + ") IS DISTINCT FROM ("
                + String.join(", ", replaced.stream().map(c -> "excluded." + c).toList()) + ")";
    }

    /**
     * Writes the entries, replacing the ones already indexed, {@value #UPSERT_ROWS} per statement; returns how many
     * were inserted or changed (unchanged ones are left as they are).
     */
    int upsertAll(Collection<TalentIndexEntry> entries) {
        List<TalentIndexEntry> list = List.copyOf(entries);
        int written = 0;
        for (int from = 0; from < list.size(); from += UPSERT_ROWS) {
            ArrayNode rows = json.createArrayNode();
            for (TalentIndexEntry e : list.subList(from, Math.min(list.size(), from + UPSERT_ROWS))) {
                rows.add(row(e));
            }
            written += dsl.execute(UPSERT, json.writeValueAsString(rows));
        }
        return written;
    }

    /** An entry as a JSON object keyed by column name (see {@link #UPSERT}). */
    private ObjectNode row(TalentIndexEntry e) {
        ObjectNode r = json.createObjectNode();
        r.put(MOBILITY_INDEX.AGENCY.getName(), e.agency());
        r.put(MOBILITY_INDEX.NIP.getName(), e.nip());
        r.put(MOBILITY_INDEX.NAME.getName(), e.name());
        r.put(MOBILITY_INDEX.AGENCY_NAME.getName(), e.agencyName());
        r.put(MOBILITY_INDEX.REGION.getName(), e.region());
        r.put(MOBILITY_INDEX.GOLONGAN.getName(), e.golongan());
        r.put(MOBILITY_INDEX.RANK_ORDER.getName(), e.rankOrder());
        r.put(MOBILITY_INDEX.POSITION_NAME.getName(), e.positionName());
        r.put(MOBILITY_INDEX.POSITION_KIND.getName(), e.positionKind());
        r.put(MOBILITY_INDEX.POSITION_LEVEL.getName(), e.positionLevel());
        r.put(MOBILITY_INDEX.PERIOD_NAME.getName(), e.periodName());
        r.put(MOBILITY_INDEX.BOX.getName(), e.box());
        r.put(
                MOBILITY_INDEX.SCORE_BAND.getName(),
                e.scoreBand() == null ? null : e.scoreBand().name());
        ObjectNode competencies = r.putObject(MOBILITY_INDEX.COMPETENCIES.getName());
        new TreeMap<>(e.competencies()).forEach(competencies::put);
        r.put(MOBILITY_INDEX.EDUCATION_LEVEL.getName(), e.educationLevel());
        r.put(MOBILITY_INDEX.EDUCATION_FIELD.getName(), e.educationField());
        ArrayNode kinds = r.putArray(MOBILITY_INDEX.WANTED_KINDS.getName());
        e.aspirations().positionKinds().forEach(kinds::add);
        ArrayNode regions = r.putArray(MOBILITY_INDEX.WANTED_REGIONS.getName());
        e.aspirations().regions().forEach(regions::add);
        r.put(
                MOBILITY_INDEX.AVAILABLE_FROM.getName(),
                e.aspirations().earliestDate() == null
                        ? null
                        : e.aspirations().earliestDate().toString());
        return r;
    }

    int delete(String agency, Collection<String> nips) {
        return nips.isEmpty()
                ? 0
                : dsl.deleteFrom(MOBILITY_INDEX)
                        .where(MOBILITY_INDEX.AGENCY.eq(agency).and(MOBILITY_INDEX.NIP.in(nips)))
                        .execute();
    }

    int deleteAgency(String agency) {
        return dsl.deleteFrom(MOBILITY_INDEX)
                .where(MOBILITY_INDEX.AGENCY.eq(agency))
                .execute();
    }

    List<String> nips(String agency) {
        return dsl.select(MOBILITY_INDEX.NIP)
                .from(MOBILITY_INDEX)
                .where(MOBILITY_INDEX.AGENCY.eq(agency))
                .fetch(MOBILITY_INDEX.NIP);
    }

    Optional<TalentIndexEntry> find(String agency, String nip) {
        return dsl.selectFrom(MOBILITY_INDEX)
                .where(MOBILITY_INDEX.AGENCY.eq(agency).and(MOBILITY_INDEX.NIP.eq(nip)))
                .fetchOptional(r -> toEntry(json, r));
    }

    /** Whether the agency took part when the indexer last looked; empty when it never looked. */
    Optional<Boolean> participating(String agency) {
        return dsl.select(MOBILITY_AGENCY.PARTICIPATING)
                .from(MOBILITY_AGENCY)
                .where(MOBILITY_AGENCY.AGENCY.eq(agency))
                .fetchOptional(MOBILITY_AGENCY.PARTICIPATING);
    }

    /** The indexer's view of every agency it has looked at: whether it takes part. */
    Map<String, Boolean> participatingAgencies() {
        return dsl.select(MOBILITY_AGENCY.AGENCY, MOBILITY_AGENCY.PARTICIPATING)
                .from(MOBILITY_AGENCY)
                .fetchMap(MOBILITY_AGENCY.AGENCY, MOBILITY_AGENCY.PARTICIPATING);
    }

    void setParticipating(String agency, boolean participating) {
        dsl.insertInto(MOBILITY_AGENCY)
                .set(MOBILITY_AGENCY.AGENCY, agency)
                .set(MOBILITY_AGENCY.PARTICIPATING, participating)
                .onConflict(MOBILITY_AGENCY.AGENCY)
                .doUpdate()
                .set(MOBILITY_AGENCY.PARTICIPATING, participating)
                .set(MOBILITY_AGENCY.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    void recordError(String agency, @Nullable String error) {
        dsl.update(MOBILITY_AGENCY)
                .set(MOBILITY_AGENCY.LAST_ERROR, error)
                .where(MOBILITY_AGENCY.AGENCY.eq(agency).and(MOBILITY_AGENCY.LAST_ERROR.isDistinctFrom(error)))
                .execute();
    }

    /** Participating agencies that are active in the registry, with their schemas. */
    Map<String, String> participatingSchemas() {
        return dsl.select(MOBILITY_AGENCY.AGENCY, TENANT.SCHEMA_NAME)
                .from(MOBILITY_AGENCY)
                .join(TENANT)
                .on(TENANT.KEY.eq(MOBILITY_AGENCY.AGENCY))
                .where(MOBILITY_AGENCY.PARTICIPATING.isTrue().and(TENANT.STATUS.eq("active")))
                .orderBy(MOBILITY_AGENCY.AGENCY)
                .fetchMap(MOBILITY_AGENCY.AGENCY, TENANT.SCHEMA_NAME);
    }

    /**
     * Removes names and positions no entry uses any more (a withdrawn employee's name does not stay behind). The lock
     * waits for every transaction that wrote entries (their triggers insert here) and holds new ones off until this
     * one commits, so the check sees every entry that uses a value. Runs in the caller's transaction (LOCK needs one).
     */
    int pruneText() {
        dsl.execute("LOCK TABLE platform.mobility_text IN SHARE ROW EXCLUSIVE MODE");
        return dsl.deleteFrom(MOBILITY_TEXT)
                .where(DSL.notExists(
                        DSL.selectOne().from(MOBILITY_INDEX).where(MOBILITY_INDEX.NAME.eq(MOBILITY_TEXT.VALUE))))
                .and(DSL.notExists(DSL.selectOne()
                        .from(MOBILITY_INDEX)
                        .where(MOBILITY_INDEX.POSITION_NAME.eq(MOBILITY_TEXT.VALUE))))
                .execute();
    }

    /** An index row as the record the services use: one mapping for these reads and {@link MobilityIndexSearch}'s. */
    static TalentIndexEntry toEntry(ObjectMapper json, Record r) {
        Map<String, Integer> competencies = new TreeMap<>();
        json.readTree(r.get(MOBILITY_INDEX.COMPETENCIES).data())
                .properties()
                .forEach(e -> competencies.put(e.getKey(), e.getValue().asInt()));
        Short box = r.get(MOBILITY_INDEX.BOX);
        String band = r.get(MOBILITY_INDEX.SCORE_BAND);
        return new TalentIndexEntry(
                r.get(MOBILITY_INDEX.AGENCY),
                r.get(MOBILITY_INDEX.AGENCY_NAME),
                r.get(MOBILITY_INDEX.REGION),
                r.get(MOBILITY_INDEX.NIP),
                r.get(MOBILITY_INDEX.NAME),
                r.get(MOBILITY_INDEX.GOLONGAN),
                r.get(MOBILITY_INDEX.RANK_ORDER),
                r.get(MOBILITY_INDEX.POSITION_NAME),
                r.get(MOBILITY_INDEX.POSITION_KIND),
                r.get(MOBILITY_INDEX.POSITION_LEVEL),
                r.get(MOBILITY_INDEX.PERIOD_NAME),
                box == null ? null : box.intValue(),
                band == null ? null : ScoreBand.valueOf(band),
                Map.copyOf(competencies),
                r.get(MOBILITY_INDEX.EDUCATION_LEVEL),
                r.get(MOBILITY_INDEX.EDUCATION_FIELD),
                new Aspirations(
                        Arrays.asList(r.get(MOBILITY_INDEX.WANTED_KINDS)),
                        Arrays.asList(r.get(MOBILITY_INDEX.WANTED_REGIONS)),
                        r.get(MOBILITY_INDEX.AVAILABLE_FROM)),
                r.get(MOBILITY_INDEX.INDEXED_AT));
    }
}
