package id.meritasn.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.shared.checkpoint.Checkpoints.Gate;
import id.meritasn.shared.checkpoint.Checkpoints.Point;
import id.meritasn.support.ScriptedCheckpoints;
import id.meritasn.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The national talent index follows consent, withdrawal, aspirations, record changes and publication within seconds,
 * holds only consenting employees of participating agencies, survives an indexer outage and a crash mid-pass, and is
 * searched with filters and a JPM ranking with reasons.
 */
class MobilityIndexIT extends MobilityWorld {

    @Autowired
    MobilityIndexer indexer;

    @Autowired
    MobilityTenantRepository outbox;

    @Autowired
    ScriptedCheckpoints checkpoints;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void indexerRunsAgainAndNobodyConsents() {
        checkpoints.open(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        checkpoints.clear(Point.INDEX_WRITTEN);
        for (String nip : List.of(ANDI, BUDI)) {
            consent(a, nip, false);
        }
        within10s(() -> !indexed(a, ANDI) && !indexed(a, BUDI));
    }

    String search(String filter, String target) {
        return "{ talentIndex(first: 10, filter: {agencies: [\"" + a + "\", \"" + b + "\", \"" + c + "\"]" + filter
                + "}"
                + (target == null ? "" : ", target: " + target)
                + ") { edges { cursor node { entry { agency nip name box scoreBand periodName golongan positionKind "
                + "educationLevel educationField competencies { competency level } aspirations { regions positionKinds } } "
                + "match { percent filling competencies { competency requiredLevel achievedLevel } } reasons } } "
                + "pageInfo { hasNextPage endCursor } } }";
    }

    List<String> nationalFinds(String filter) {
        return national()
                .document(search(filter, null))
                .execute()
                .path("talentIndex.edges[*].node.entry.nip")
                .entityList(String.class)
                .get();
    }

    @Test
    void consent_reaches_the_index_within_seconds_with_the_published_box_and_withdrawal_removes_it() {
        consent(a, ANDI, true);
        within10s(() -> indexed(a, ANDI));

        var scores = admin(a).document(
                        "{ talentResults(periodId: " + period + ", nip: \"" + ANDI + "\") { potential performance } }")
                .execute();
        double mean =
                (scores.path("talentResults[0].potential").entity(Double.class).get()
                                + scores.path("talentResults[0].performance")
                                        .entity(Double.class)
                                        .get())
                        / 2;
        String band = mean >= 80 ? "HIGH" : mean >= 60 ? "MIDDLE" : "LOW";
        GraphQlTester.Response found =
                national().document(search(", text: \"andi\"", null)).execute();
        found.path("talentIndex.edges[0].node.entry.nip")
                .entity(String.class)
                .isEqualTo(ANDI)
                .path("talentIndex.edges[0].node.entry.box")
                .entity(Integer.class)
                .isEqualTo(9)
                .path("talentIndex.edges[0].node.entry.scoreBand")
                .entity(String.class)
                .isEqualTo(band)
                .path("talentIndex.edges[0].node.entry.periodName")
                .entity(String.class)
                .isEqualTo("2026")
                .path("talentIndex.edges[0].node.entry.positionKind")
                .entity(String.class)
                .isEqualTo("ADMINISTRATOR")
                .path("talentIndex.edges[0].node.entry.educationLevel")
                .entity(String.class)
                .isEqualTo("S2")
                .path("talentIndex.edges[0].node.entry.competencies[*].level")
                .entityList(Integer.class)
                .containsExactly(4, 4, 2);
        // the employee sees exactly what is shared
        employeeOf(a, ANDI)
                .document("{ myMobilityProfile { consented agencyParticipates shared { box nip } } }")
                .execute()
                .path("myMobilityProfile.agencyParticipates")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("myMobilityProfile.shared.box")
                .entity(Integer.class)
                .isEqualTo(9);

        consent(a, ANDI, false);
        within10s(() -> !indexed(a, ANDI));
        assertThat(nationalFinds(", text: \"andi\"")).isEmpty();
    }

    @Test
    void aspirations_and_record_changes_of_a_consenting_employee_reach_the_index() {
        consent(a, BUDI, true);
        employeeOf(a, BUDI)
                .document(
                        "mutation { saveMobilityAspirations(input: {positionKinds: [\"JPT\"], "
                                + "regions: [\"Bali\", \"Sumatera Utara\"]}) { profile { aspirations { regions } } errors { __typename } } }")
                .execute()
                .path("saveMobilityAspirations.profile.aspirations.regions")
                .entityList(String.class)
                .containsExactly("Bali", "Sumatera Utara");
        within10s(() -> nationalFinds(", willingToMoveTo: \"bali\"").contains(BUDI));

        admin(a).document(
                        "mutation { updateEmployee(input: {nip: \"" + BUDI + "\", name: \"Budi Harahap\", golongan: "
                                + "\"III/c\", golonganTmt: \"2024-04-01\", positionCode: \"KABAG\"}) { errors { __typename } } }")
                .execute()
                .path("updateEmployee.errors")
                .entityList(Object.class)
                .hasSize(0);
        within10s(() -> "III/c"
                .equals(jdbc.queryForObject(
                        "SELECT golongan FROM platform.mobility_index WHERE agency = ? " + "AND nip = ?",
                        String.class,
                        a,
                        BUDI)));

        employeeOf(a, BUDI)
                .document("mutation { saveMobilityAspirations(input: {positionKinds: [\"RAJA\"], regions: []}) "
                        + "{ profile { nip } errors { ... on FieldInvalid { field message } } } }")
                .execute()
                .path("saveMobilityAspirations.errors[0].field")
                .entity(String.class)
                .isEqualTo("positionKinds");
    }

    @Test
    void a_non_consenting_employee_is_never_found_and_their_changes_write_no_outbox_row() {
        consent(a, ANDI, true);
        within10s(() -> indexed(a, ANDI));
        int outboxBefore = jdbc.queryForObject("SELECT count(*) FROM t_" + a + ".mobility_outbox", Integer.class);

        admin(a).document("mutation { addHistoryEntry(input: {nip: \"" + CITRA + "\", kind: AWARD, name: \"Teladan\", "
                        + "date: \"2025-01-01\"}) { errors { __typename } } }")
                .execute();
        indexer.drainAll();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + a + ".mobility_outbox", Integer.class))
                .isEqualTo(outboxBefore);
        assertThat(nationalFinds("")).contains(ANDI).doesNotContain(CITRA);
        assertThat(nationalFinds(", text: \"citra\"")).isEmpty();
        assertThat(indexed(a, CITRA)).isFalse();
    }

    @Test
    void an_agency_not_taking_part_is_never_found_and_one_that_stops_is_removed_at_once() {
        consent(c, DEWI, true);
        indexer.drainAll();
        assertThat(indexed(c, DEWI)).isFalse();
        assertThat(nationalFinds("")).doesNotContain(DEWI);
        assertThat(pendingOutbox(c)).as("kept for when C takes part").isEqualTo(1);

        consent(a, BUDI, true);
        within10s(() -> indexed(a, BUDI));
        admin(a).document("mutation { setAgencyPolicy(input: {name: \"mobility.participates\", valueJson: \"false\", "
                        + "reason: \"uji\"}) { errors { __typename } } }")
                .execute();
        assertThat(indexed(a, BUDI))
                .as("removed in the policy's own transaction")
                .isFalse();
        indexer.drainAll();
        assertThat(indexed(a, BUDI)).isFalse();

        admin(a).document("mutation { setAgencyPolicy(input: {name: \"mobility.participates\", valueJson: \"true\", "
                        + "reason: \"uji\"}) { errors { __typename } } }")
                .execute();
        within10s(() -> indexed(a, BUDI));
    }

    @Test
    void a_policy_changed_around_the_platform_is_applied_by_the_refresh_that_reads_every_agency_at_once() {
        consent(a, BUDI, true);
        within10s(() -> indexed(a, BUDI));
        String policy = "UPDATE " + TenantId.of(a).schemaName() + ".tenant_policy SET value = ?::jsonb WHERE name = ?";
        checkpoints.close(
                Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS); // only the refresh called here applies the change
        try {
            jdbc.update(policy, "false", MobilityParticipation.POLICY); // no event: as if edited in the database
            assertThat(indexed(a, BUDI)).isTrue();

            indexer.refreshParticipation();

            assertThat(indexed(a, BUDI))
                    .as("the refresh found the agency no longer takes part")
                    .isFalse();
            assertThat(jdbc.queryForObject(
                            "SELECT participating FROM platform.mobility_agency WHERE agency = ?", Boolean.class, a))
                    .isFalse();
            assertThat(jdbc.queryForObject(
                            "SELECT participating FROM platform.mobility_agency WHERE agency = ?", Boolean.class, b))
                    .as("the others are as they were")
                    .isTrue();
        } finally {
            jdbc.update(policy, "true", MobilityParticipation.POLICY);
            indexer.refreshParticipation();
            checkpoints.open(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        }
        within10s(() -> indexed(a, BUDI)); // taking part again queued a rebuild
    }

    @Test
    void a_commit_that_writes_the_outbox_starts_a_pass_without_waiting_for_a_scheduled_one() {
        checkpoints.close(Gate.SCHEDULED_INDEX_PASS); // only a pass woken by the commit can index the entry now
        consent(a, ANDI, true);
        within10s(() -> indexed(a, ANDI) && pendingOutbox(a) == 0);

        consent(a, ANDI, false);
        within10s(() -> !indexed(a, ANDI));
    }

    @Test
    void pending_updates_survive_an_indexer_outage_and_a_crash_before_marking_them_processed()
            throws InterruptedException {
        checkpoints.close(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        Thread.sleep(300); // a pass already under way finishes
        consent(a, ANDI, true);
        checkpoints.at(Point.INDEX_WRITTEN, entries -> {
            throw new IllegalStateException("crash between writing the index and marking the outbox");
        });
        assertThat(pendingOutbox(a)).isEqualTo(1);

        indexer.drainAll();

        assertThat(indexed(a, ANDI))
                .as("the index write rolled back with the crash")
                .isFalse();
        assertThat(pendingOutbox(a)).isEqualTo(1);
        checkpoints.clear(Point.INDEX_WRITTEN);
        checkpoints.open(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        within10s(() -> indexed(a, ANDI) && pendingOutbox(a) == 0);
    }

    @Test
    void a_pass_finds_the_agencies_with_pending_rows_in_their_outboxes_and_an_unchanged_entry_is_not_rewritten()
            throws InterruptedException {
        consent(a, ANDI, true);
        within10s(() -> indexed(a, ANDI) && pendingOutbox(a) == 0);
        checkpoints.close(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        Thread.sleep(300); // a pass already under way finishes
        Map<String, String> schemas =
                Map.of(a, TenantId.of(a).schemaName(), b, TenantId.of(b).schemaName());
        assertThat(outbox.withPending(dsl, schemas)).as("nothing pending").isEmpty();
        String indexedAt = indexedAt(a, ANDI);

        jdbc.update("INSERT INTO " + TenantId.of(a).schemaName() + ".mobility_outbox (reason) VALUES ('REBUILD')");
        assertThat(outbox.withPending(dsl, schemas)).containsExactly(a);
        indexer.drainAll();

        assertThat(pendingOutbox(a)).isZero();
        assertThat(outbox.withPending(dsl, schemas)).isEmpty();
        assertThat(indexedAt(a, ANDI))
                .as("same content: the entry was not rewritten")
                .isEqualTo(indexedAt);

        employeeOf(a, ANDI)
                .document("mutation { saveMobilityAspirations(input: {positionKinds: [\"JPT\"], "
                        + "regions: [\"Papua\"]}) { errors { __typename } } }")
                .execute()
                .path("saveMobilityAspirations.errors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(outbox.withPending(dsl, schemas)).containsExactly(a);
        indexer.drainAll();
        assertThat(indexedAt(a, ANDI)).as("changed content is written").isNotEqualTo(indexedAt);
        assertThat(nationalFinds(", willingToMoveTo: \"papua\"")).containsExactly(ANDI);
    }

    @Test
    void a_rebuild_larger_than_a_chunk_commits_chunk_by_chunk_and_a_crash_before_marking_leaves_its_rows_pending()
            throws InterruptedException {
        consent(a, ANDI, true);
        consent(a, BUDI, true);
        within10s(() -> indexed(a, ANDI) && indexed(a, BUDI) && pendingOutbox(a) == 0);
        checkpoints.close(Gate.SCHEDULED_INDEX_PASS, Gate.WOKEN_INDEX_PASS);
        Thread.sleep(300); // a pass already under way finishes
        // entries lost from the index: the rebuild must write both again
        jdbc.update("DELETE FROM platform.mobility_index WHERE agency = ?", a);
        jdbc.update("INSERT INTO " + TenantId.of(a).schemaName() + ".mobility_outbox (reason) VALUES ('REBUILD')");
        List<Boolean> visibleBeforeMarking = new java.util.ArrayList<>();
        checkpoints.at(Point.INDEX_WRITTEN, entries -> {
            // read on another connection than the pass's: only committed chunks are visible there
            visibleBeforeMarking.add(indexed(a, ANDI) && indexed(a, BUDI));
            throw new IllegalStateException("crash between the last chunk and marking the outbox");
        });

        indexer.drainAll();

        assertThat(visibleBeforeMarking)
                .as("each chunk committed before the rows were marked")
                .containsExactly(true);
        assertThat(pendingOutbox(a)).as("the crash left the rebuild pending").isEqualTo(1);
        checkpoints.clear(Point.INDEX_WRITTEN);
        indexer.drainAll();
        assertThat(pendingOutbox(a)).isZero();
        assertThat(indexed(a, ANDI) && indexed(a, BUDI)).isTrue();
    }

    String indexedAt(String agency, String nip) {
        return jdbc.queryForObject(
                "SELECT indexed_at::text FROM platform.mobility_index WHERE agency = ? AND nip = ?",
                String.class,
                agency,
                nip);
    }

    @Test
    void committees_rank_other_agencies_by_jpm_against_their_position_with_reasons_and_never_see_their_own() {
        consent(a, ANDI, true);
        consent(a, BUDI, true);
        within10s(() -> indexed(a, ANDI) && indexed(a, BUDI));

        GraphQlTester.Response ranked =
                committee(b).document(search("", "{positionCode: \"KADIS\"}")).execute();
        ranked.path("talentIndex.edges[*].node.entry.nip")
                .entityList(String.class)
                .containsExactly(ANDI, BUDI)
                // (4 + 4 + 0) / (4 + 3 + 3) and (3 + 3 + 0) / 10: pelayanan_publik was never assessed
                .path("talentIndex.edges[0].node.match.percent")
                .entity(Double.class)
                .isEqualTo(80.0)
                .path("talentIndex.edges[0].node.match.filling")
                .entity(String.class)
                .isEqualTo("MEMENUHI_SYARAT")
                .path("talentIndex.edges[1].node.match.percent")
                .entity(Double.class)
                .isEqualTo(60.0)
                .path("talentIndex.edges[1].node.match.filling")
                .entity(String.class)
                .isEqualTo("KURANG_MEMENUHI_SYARAT");
        List<String> reasons = ranked.path("talentIndex.edges[0].node.reasons")
                .entityList(String.class)
                .get();
        assertThat(reasons)
                .contains(
                        "pelayanan_publik: not assessed (counts 0) of 3 required",
                        "integritas: level 4 meets 4 required",
                        "box 9 in period 2026 (succession group)");

        // keyset paging in JPM order
        String cursor = committee(b)
                .document(search("", "{positionCode: \"KADIS\"}").replace("first: 10", "first: 1"))
                .execute()
                .path("talentIndex.edges[0].cursor")
                .entity(String.class)
                .get();
        committee(b)
                .document(search("", "{positionCode: \"KADIS\"}")
                        .replace("first: 10", "first: 1, after: \"" + cursor + "\""))
                .execute()
                .path("talentIndex.edges[*].node.entry.nip")
                .entityList(String.class)
                .containsExactly(BUDI);

        // filters
        assertThat(committeeFinds(", boxes: [9]")).containsExactly(ANDI);
        assertThat(committeeFinds(", minCompetencies: [{competency: \"integritas\", level: 4}]"))
                .containsExactly(ANDI);
        assertThat(committeeFinds(", golonganMax: \"III/c\"")).containsExactly(BUDI);
        assertThat(committeeFinds(", educationLevels: [\"S1\"], educationField: \"huk\""))
                .containsExactly(BUDI);
        assertThat(committeeFinds(", regions: [\"Bali\"]")).isEmpty();
        assertThat(committeeFinds(", positionKinds: [\"ADMINISTRATOR\"], text: \"Kepala Bagian\""))
                .contains(ANDI, BUDI);

        // A's own committee does not find A's people through the index
        assertThat(committee(a)
                        .document(search("", null))
                        .execute()
                        .path("talentIndex.edges[*].node.entry.nip")
                        .entityList(String.class)
                        .get())
                .isEmpty();
        // national oversight gives the standard itself; a position code needs an agency
        national()
                .document(search("", "{standard: [{competency: \"integritas\", requiredLevel: 5}]}"))
                .execute()
                .path("talentIndex.edges[0].node.match.percent")
                .entity(Double.class)
                .isEqualTo(80.0);
        national()
                .document(search("", "{positionCode: \"KADIS\"}"))
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("position of your own agency");
                }));
    }

    @Autowired
    MobilityIndexRepository index;

    @Autowired
    MobilityIndexSearch search;

    @Autowired
    MobilityRanking ranking;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void the_text_filter_pages_through_every_name_or_position_containing_the_text_in_name_order() {
        String[] first = {"Siti", "Ani", "Rudi", "Zaenal"};
        String[] last = {"Siregar", "SIREGAR Lubis", "Putra 50%", "Sir_egar"};
        String[] positions = {"Analis Siregar", "Kepala_Seksi", "Pengelola 50% Data", null};
        List<MobilityRecords.TalentIndexEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 48; i++) {
            entries.add(entry(
                    String.format("19900101202001%04d", i),
                    first[i % 4] + " " + last[(i / 4) % 4],
                    positions[(i / 16) % 4]));
        }
        List<String> nips =
                entries.stream().map(MobilityRecords.TalentIndexEntry::nip).toList();
        try {
            index.upsertAll(entries);
            for (String text : List.of("siregar", "SIREGAR", "50%", "_", "r_e", "kepala", "ani siregar", "tidak ada")) {
                assertThat(pages(text))
                        .as(text)
                        .containsExactlyElementsOf(jdbc.queryForList(
                                "SELECT nip FROM"
                                        + " platform.mobility_index WHERE agency = ? AND (lower(name) LIKE lower(?) ESCAPE '!'"
                                        + " OR lower(position_name) LIKE lower(?) ESCAPE '!') ORDER BY name, agency, nip",
                                String.class,
                                c,
                                MobilityIndexSearch.likePattern(text),
                                MobilityIndexSearch.likePattern(text)));
            }
            assertThat(pages("siregar")).hasSize(32); // 24 by name, 8 more by position only
            assertThat(pages("50%")).hasSize(24).as("% is not a wildcard").doesNotContain(nips.get(0));

            // a changed name is found under the new one; names no entry uses any more go, the others stay
            index.upsertAll(List.of(entry(nips.get(0), "Yohanes Baru", "Analis Siregar")));
            assertThat(pages("yohanes")).containsExactly(nips.get(0));
            index.upsertAll(List.of(entry(nips.get(0), "Yohanes Lagi", "Analis Siregar")));
            assertThat(textValues()).contains("Yohanes Baru", "Yohanes Lagi");
            int pruned = transactions.execute(t -> index.pruneText());
            assertThat(pruned).isPositive();
            assertThat(textValues())
                    .doesNotContain("Yohanes Baru")
                    .contains("Yohanes Lagi", "Siti Siregar", "Analis Siregar");
            assertThat(pages("yohanes")).containsExactly(nips.get(0));
            index.delete(c, nips);
            transactions.executeWithoutResult(t -> index.pruneText());
            assertThat(textValues()).doesNotContain("Yohanes Lagi", "Siti Siregar", "Kepala_Seksi");
            assertThat(pages("yohanes")).isEmpty();
        } finally {
            index.delete(c, nips);
        }
    }

    /** Every page of 5 of a text search over agency C, following the cursors. */
    List<String> pages(String text) {
        MobilityRecords.SearchFilter filter = new MobilityRecords.SearchFilter(
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                text,
                List.of(c));
        List<String> found = new java.util.ArrayList<>();
        java.util.Map<String, Object> after = null;
        while (true) {
            List<MobilityIndexSearch.Hit> page = search.search(a, filter, null, null, List.of(), after, 5);
            page.forEach(h -> found.add(h.entry().nip()));
            if (page.size() < 5) {
                return found;
            }
            var last = page.getLast().entry();
            after = java.util.Map.of("name", last.name(), "agency", last.agency(), "nip", last.nip());
        }
    }

    List<String> textValues() {
        return jdbc.queryForList("SELECT value FROM platform.mobility_text", String.class);
    }

    MobilityRecords.TalentIndexEntry entry(String nip, String name, String position) {
        return new MobilityRecords.TalentIndexEntry(
                c,
                "C",
                "Jawa Barat",
                nip,
                name,
                "III/a",
                9,
                position,
                null,
                null,
                null,
                null,
                null,
                java.util.Map.of(),
                null,
                null,
                MobilityRecords.Aspirations.none(),
                null);
    }

    /**
     * The JPM ranking goes three ways (MobilityRanking.ranked): a standard naming every common competency reads
     * the entries without its technical ones from the common-sum index and scores the holders apart; one without some
     * common competency scores every entry. Each way, with filters and followed page by page through the cursors the
     * service hands out, must give exactly the order a brute-force scoring of the same entries gives.
     */
    @Test
    void jpm_ranking_and_its_pages_equal_a_brute_force_ranking_of_the_same_entries() {
        List<MobilityRecords.TalentIndexEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) {
            Map<String, Integer> levels = new java.util.HashMap<>();
            for (int j = 0; j < MobilityRanking.COMMON.size(); j++) {
                if ((i + j) % 11 != 0) { // some entries lack a common competency (counts 0)
                    levels.put(MobilityRanking.COMMON.get(j), 1 + (i * 7 + j * 3) % 5);
                }
            }
            if (i % 4 == 0) {
                levels.put("teknis_x", 1 + i % 5);
            }
            if (i % 9 == 0) {
                levels.put("teknis_y", 5);
            }
            entries.add(new MobilityRecords.TalentIndexEntry(
                    c,
                    "C",
                    "Jawa Barat",
                    String.format("19900101202002%04d", i),
                    "Pegawai " + i,
                    "III/a",
                    5 + i % 12,
                    null,
                    null,
                    null,
                    null,
                    1 + i % 9,
                    null,
                    levels,
                    null,
                    null,
                    MobilityRecords.Aspirations.none(),
                    null));
        }
        List<JobPersonMatch.Requirement> common = MobilityRanking.COMMON.stream()
                .map(name -> new JobPersonMatch.Requirement(name, 3 + name.length() % 3))
                .toList();
        List<List<JobPersonMatch.Requirement>> standards = List.of(
                plus(common, "teknis_x"), // common sum index and the holders of teknis_x
                common, // common sum index only
                plus(plus(common, "teknis_x"), "teknis_y"),
                plus(common.subList(1, common.size()), "teknis_x"), // without integritas: every entry scored
                List.of(new JobPersonMatch.Requirement("integritas", 5)),
                plus(common, "teknis_tidak_ada")); // nobody holds it
        try {
            index.upsertAll(entries);
            for (List<JobPersonMatch.Requirement> standard : standards) {
                for (int filter = 0; filter < 3; filter++) {
                    List<Integer> boxes = filter == 1 ? List.of(7, 8, 9) : List.of();
                    Integer rankMin = filter == 2 ? 10 : null;
                    List<String> expected = entries.stream()
                            .filter(e -> boxes.isEmpty() || boxes.contains(e.box()))
                            .filter(e -> rankMin == null || e.rankOrder() >= rankMin)
                            .sorted(java.util.Comparator.<MobilityRecords.TalentIndexEntry>comparingInt(e ->
                                            -standard.stream()
                                                    .mapToInt(r ->
                                                            e.competencies().getOrDefault(r.competency(), 0))
                                                    .sum())
                                    .thenComparing(MobilityRecords.TalentIndexEntry::nip))
                            .map(MobilityRecords.TalentIndexEntry::nip)
                            .toList();
                    assertThat(rankedPages(standard, boxes, rankMin))
                            .as(standard + " filter " + filter)
                            .containsExactlyElementsOf(expected);
                }
            }
            // a cursor is the client's to send: a JPM above any sum gives the first page, one below zero nothing
            MobilityRecords.SearchFilter onlyC = new MobilityRecords.SearchFilter(
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null,
                    List.of(c));
            assertThat(search.search(
                            a,
                            onlyC,
                            null,
                            null,
                            standards.getFirst(),
                            Map.of("agency", c, "nip", "0", "jpm", "1E+30"),
                            7))
                    .hasSize(7);
            assertThat(search.search(
                            a,
                            onlyC,
                            null,
                            null,
                            standards.getFirst(),
                            Map.of("agency", c, "nip", "0", "jpm", "-0.01"),
                            7))
                    .isEmpty();
            // the ties are real: without them the NIP order after the score would go untested
            assertThat(entries.stream()
                            .map(e -> common.stream()
                                    .mapToInt(r -> e.competencies().getOrDefault(r.competency(), 0))
                                    .sum())
                            .distinct()
                            .count())
                    .isLessThan(entries.size() / 3);
        } finally {
            index.delete(
                    c,
                    entries.stream().map(MobilityRecords.TalentIndexEntry::nip).toList());
        }
    }

    static List<JobPersonMatch.Requirement> plus(List<JobPersonMatch.Requirement> standard, String technical) {
        List<JobPersonMatch.Requirement> more = new java.util.ArrayList<>(standard);
        more.add(new JobPersonMatch.Requirement(technical, 4));
        return more;
    }

    /** Every page of 7 of a JPM ranking over agency C, following cursors made as the service makes them. */
    List<String> rankedPages(List<JobPersonMatch.Requirement> standard, List<Integer> boxes, Integer rankMin) {
        MobilityRecords.SearchFilter filter = new MobilityRecords.SearchFilter(
                null, null, List.of(), List.of(), boxes, List.of(), List.of(), null, List.of(), null, null, List.of(c));
        List<String> found = new java.util.ArrayList<>();
        Map<String, Object> after = null;
        while (true) {
            List<MobilityIndexSearch.Hit> page = search.search(a, filter, rankMin, null, standard, after, 7);
            for (MobilityIndexSearch.Hit hit : page) {
                found.add(hit.entry().nip());
                assertThat(hit.jpm())
                        .as("the JPM the service shows")
                        .isEqualByComparingTo(MobilitySearchService.match(hit.entry(), standard)
                                .percent());
            }
            if (page.size() < 7) {
                return found;
            }
            var last = page.getLast();
            after = Map.of(
                    "agency",
                    last.entry().agency(),
                    "nip",
                    last.entry().nip(),
                    "jpm",
                    MobilitySearchService.match(last.entry(), standard)
                            .percent()
                            .toPlainString());
        }
    }

    /**
     * The planner can use the indexes only if the query's expressions are exactly theirs (the common_level column of
     * platform-005-mobility-common-level.sql, MobilityRanking.TECHNICAL against platform-003-mobility-jpm.sql).
     * With sorting and sequential scans priced out, the
     * only way to read the common set's ranking without a Sort node is the common-sum index: a drift of either text
     * shows here (a full scan of the index followed by a sort would not pass).
     */
    @Test
    void the_ranked_query_uses_the_common_sum_and_technical_indexes() {
        List<JobPersonMatch.Requirement> common = MobilityRanking.COMMON.stream()
                .map(name -> new JobPersonMatch.Requirement(name, 4))
                .toList();
        assertThat(plan(common))
                .contains("Index Scan using mobility_index_common_level_idx")
                .doesNotContain("Sort");
        assertThat(plan(plus(common, "teknis_x")))
                .contains("mobility_index_common_level_idx", "mobility_index_technical_idx");
    }

    String plan(List<JobPersonMatch.Requirement> standard) {
        String sql = dsl.renderInlined(ranking.ranked(
                org.jooq.impl.DSL.noCondition(),
                standard,
                Map.of("agency", c, "nip", "199001012020020001", "jpm", "75.00"),
                21));
        return transactions.execute(t -> {
            dsl.execute("SET LOCAL enable_seqscan = off");
            dsl.execute("SET LOCAL enable_sort = off");
            return String.join("\n", dsl.fetch("EXPLAIN " + sql).getValues(0, String.class));
        });
    }

    List<String> committeeFinds(String filter) {
        return committee(b)
                .document(search(filter, null))
                .execute()
                .path("talentIndex.edges[*].node.entry.nip")
                .entityList(String.class)
                .get();
    }
}
