package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** From employee records and assessment inputs to a mapped, explained, versioned box, through the API. */
class AssessmentGraphQlIT extends PlatformIntegrationTest {

    static final String NIP = "198001152005031001";
    static final String RESULT = "{ nip version mapped missing potential performance box recommendedActions "
            + "explanation { indicator raw scaled weight contribution evidence } }";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    tools.jackson.databind.ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PeriodComputeResumer resumer;

    @Autowired
    TalentMapService talentMaps;

    TalentFixture fixture;
    String agency;
    String period;

    HttpGraphQlTester as(String user, String role) {
        return fixture.as(user, role);
    }

    @BeforeEach
    void employeeWithRecords() {
        fixture = TalentFixture.provision(graphQl, provisioning, "asm");
        agency = fixture.agency;
        period = fixture.period;
    }

    String input(String fields) {
        return fixture.input(fields);
    }

    @Test
    void inputs_one_at_a_time_update_the_result_at_once_until_the_employee_is_mapped_and_explained() {
        HttpGraphQlTester assessor = as("penilai", "assessor");

        assessor.document("mutation { recordSkp(input: "
                        + input("hasilKerja: DI_ATAS_EKSPEKTASI, perilakuKerja: "
                                + "DI_ATAS_EKSPEKTASI, evidence: \"e-Kinerja 2026\"")
                        + ") { result " + RESULT + " errors { code message } } }")
                .execute()
                .path("recordSkp.result.mapped")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("recordSkp.result.box")
                .valueIsNull()
                .path("recordSkp.result.missing")
                .entityList(String.class)
                .hasSize(5);
        assessor.document("mutation { declareNoSanction(input: " + input("evidence: \"Surat pernyataan kepala bagian\"")
                        + ") { result { missing } errors { code message } } }")
                .execute()
                .path("declareNoSanction.result.missing")
                .entityList(String.class)
                .hasSize(4);
        assessor.document("mutation { recordCompetency(input: "
                        + input("levels: [{competency: \"integritas\", level: 4}, "
                                + "{competency: \"kerja_sama\", level: 4}, {competency: \"perekat_bangsa\", level: 2}], "
                                + "evidence: \"Laporan asesmen 2026\"")
                        + ") { result { version } errors { code message } } }")
                .execute();
        assessor.document("mutation { recordPotential(input: " + input("score: 85, evidence: \"Profiling ASN 2026\"")
                        + ") { result { version } errors { code message } } }")
                .execute();
        assessor.document("mutation { recordFieldFit(input: "
                        + input("fits: true, evidence: \"ijazah \\\"S2\\\"\\tC:\\\\arsip\"")
                        + ") { result { version } errors { code message } } }")
                .execute();
        peersRate(4);

        var result = as("komite", "talent-committee")
                .document("{ talentResults(periodId: " + period + ", nip: \"" + NIP + "\") " + RESULT + " }")
                .execute();

        result.path("talentResults[0].mapped")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("talentResults[0].box")
                .entity(Integer.class)
                .isEqualTo(9)
                // Sangat Baik: row di atas from 80; awards 70, teams 70, 360 80 fill 72.5% of the 20-point band
                .path("talentResults[0].performance")
                .entity(Double.class)
                .isEqualTo(94.5)
                .path("talentResults[0].potential")
                .entity(Double.class)
                .isEqualTo(92.25)
                .path("talentResults[0].recommendedActions[0]")
                .entity(String.class)
                .isEqualTo("Dipromosikan dan dipertahankan")
                .path("talentResults[*].version")
                .entityList(Integer.class)
                .hasSizeGreaterThan(4);
        List<String> indicators = result.path("talentResults[0].explanation[*].indicator")
                .entityList(String.class)
                .get();
        List<String> evidence = result.path("talentResults[0].explanation[*].evidence")
                .entityList(String.class)
                .get();
        assertThat(evidence.get(indicators.indexOf("AWARDS"))).isEqualTo("penghargaan: Satyalancana");
        // a quote, a tab and a backslash survive JSON and COPY's text format, both of which escape them
        assertThat(evidence.get(indicators.indexOf("FIELD_FIT"))).isEqualTo("ijazah \"S2\"\tC:\\arsip");
        assertThat(evidence).noneMatch(e -> e.contains("19910101201503100"));
    }

    @Test
    void a_new_rubric_version_recomputes_into_a_new_version_and_the_old_one_stays_visible() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        String compute = "mutation { computeAssessmentPeriod(input: {periodId: " + period
                + "}) { changed errors { code message } } }";
        // Andi is current; the three colleagues who rated him get their first (not mapped) results
        admin.document(compute)
                .execute()
                .path("computeAssessmentPeriod.changed")
                .entity(Integer.class)
                .isEqualTo(3);
        String grid = "{ talentMap(periodId: " + period + ") { notMapped boxes { box count } } }";
        // read (and kept) before the new version: the grid below must not be this one again
        admin.document(grid)
                .execute()
                .path("talentMap.boxes[8].count")
                .entity(Integer.class)
                .isEqualTo(1);

        String payload =
                " { rubric { version performanceHighCutoff performance { model } } errors { field rule value message } } }";
        admin.document(
                        "mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\", weights: [{indicator: \"POTENTIAL\","
                                + " weight: 20}]})" + payload)
                .execute()
                .path("saveRubric.rubric")
                .valueIsNull()
                .path("saveRubric.errors[0].field")
                .entity(String.class)
                .isEqualTo("axis.POTENTIAL")
                .path("saveRubric.errors[0].rule")
                .entity(String.class)
                .isEqualTo("AXIS_SUM")
                .path("saveRubric.errors[0].value")
                .entity(String.class)
                .isEqualTo("95");
        // the agency clock's today is 2026-12-01: a version may not start before it
        admin.document("mutation { saveRubric(input: {effectiveFrom: \"2026-11-30\"})" + payload)
                .execute()
                .path("saveRubric.errors[*].rule")
                .entityList(String.class)
                .containsExactly("PAST");
        admin.document("mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\", performanceModel: WEIGHTED,"
                        + " middleCutoff: 70, highCutoff: 90, performanceMiddleCutoff: 70, performanceHighCutoff: 90})"
                        + payload)
                .execute()
                .path("saveRubric.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("saveRubric.rubric.version")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("saveRubric.rubric.performance.model")
                .entity(String.class)
                .isEqualTo("WEIGHTED");
        // every result names the rubric version it was computed under: all four get a new version
        admin.document(compute)
                .execute()
                .path("computeAssessmentPeriod.changed")
                .entity(Integer.class)
                .isEqualTo(4);

        admin.document("{ talentResults(periodId: " + period + ", nip: \"" + NIP + "\") { version box } }")
                .execute()
                .path("talentResults[0].box")
                .entity(Integer.class)
                .isEqualTo(8)
                .path("talentResults[1].box")
                .entity(Integer.class)
                .isEqualTo(9);
        admin.document(grid)
                .execute()
                .path("talentMap.boxes[7].count")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("talentMap.boxes[8].count")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void a_period_computed_in_parallel_chunks_gives_every_employee_one_result_and_a_second_run_changes_nothing() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        // ten more employees without inputs: with the tests' chunk size of 3, four chunk transactions run side by side
        for (int i = 0; i < 10; i++) {
            admin.document(
                            "mutation { createEmployee(input: {nip: \"19900101201503" + (1100 + i)
                                    + "\", name: \"Pegawai " + i
                                    + "\", golongan: \"III/a\", golonganTmt: \"2020-04-01\", unitCode: \"SETDA\"}) { employee { nip } } }")
                    .execute()
                    .path("createEmployee.employee.nip")
                    .hasValue();
        }
        String compute = "mutation { computeAssessmentPeriod(input: {periodId: " + period
                + "}) { changed errors { code message } } }";

        // Andi's result is current already (his inputs recomputed him); the ten new employees and the three who
        // rated him get their first one
        admin.document(compute)
                .execute()
                .path("computeAssessmentPeriod.changed")
                .entity(Integer.class)
                .isEqualTo(13);
        admin.document(compute)
                .execute()
                .path("computeAssessmentPeriod.changed")
                .entity(Integer.class)
                .isEqualTo(0);
        admin.document("{ talentMap(periodId: " + period + ") { notMapped members { nip } } }")
                .execute()
                .path("talentMap.notMapped")
                .entity(Integer.class)
                .isEqualTo(13)
                .path("talentMap.members[*].nip")
                .entityList(String.class)
                .hasSize(14);
    }

    @Test
    void a_rubric_weighing_lhkpn_asks_for_it_and_explains_it_once_recorded() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        admin.document(
                        "mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\", weights: [{indicator: \"DISCIPLINE\","
                                + " weight: 10}, {indicator: \"LHKPN\", weight: 5}]}) { rubric { version } } }")
                .execute()
                .path("saveRubric.rubric.version")
                .entity(Integer.class)
                .isEqualTo(1);
        String compute = "mutation { computeAssessmentPeriod(input: {periodId: " + period
                + "}) { changed errors { code message } } }";
        String read = "{ talentResults(periodId: " + period + ", nip: \"" + NIP + "\") { mapped missing "
                + "explanation { indicator raw } } }";
        HttpGraphQlTester committee = as("komite", "talent-committee");

        admin.document(compute).execute();
        committee
                .document(read)
                .execute()
                .path("talentResults[0].mapped")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("talentResults[0].missing")
                .entityList(String.class)
                .contains("LHKPN reporting status");

        admin.document("mutation { addHistoryEntry(input: {nip: \"" + NIP + "\", kind: LHKPN, code: \"REPORTED\","
                        + " number: 2026}) { errors { __typename } } }")
                .execute()
                .path("addHistoryEntry.errors")
                .entityList(Object.class)
                .hasSize(0);
        admin.document(compute).execute();
        committee
                .document(read)
                .execute()
                .path("talentResults[0].mapped")
                .entity(Boolean.class)
                .isEqualTo(true)
                .path("talentResults[0].explanation[?(@.indicator == 'LHKPN')].raw")
                .entityList(String.class)
                .containsExactly("reported");
    }

    @Test
    void an_agency_rubric_overrides_scales_within_0_to_100_and_the_rubric_shows_them() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        String save = "mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\", scales: [%s], performanceModel:"
                + " WEIGHTED}) { rubric { version scales { scale key score } } errors { field rule value } } }";

        admin.document(save.formatted("{scale: SKP, key: \"SANGAT_BAIK\", score: 120}"))
                .execute()
                .path("saveRubric.errors[0].field")
                .entity(String.class)
                .isEqualTo("skpScale.SANGAT_BAIK")
                .path("saveRubric.errors[0].rule")
                .entity(String.class)
                .isEqualTo("RANGE")
                .path("saveRubric.errors[0].value")
                .entity(String.class)
                .isEqualTo("120");
        admin.document(save.formatted("{scale: EDUCATION, key: \"S9\", score: 50}"))
                .execute()
                .path("saveRubric.errors[0].field")
                .entity(String.class)
                .isEqualTo("educationScale.S9")
                .path("saveRubric.errors[0].rule")
                .entity(String.class)
                .isEqualTo("UNKNOWN");
        admin.document(save.formatted("{scale: SKP, key: \"SANGAT_BAIK\", score: 90}"))
                .execute()
                .path("saveRubric.rubric.version")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("saveRubric.rubric.scales[?(@.scale == 'SKP' && @.key == 'SANGAT_BAIK')].score")
                .entityList(Integer.class)
                .containsExactly(90);
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + period
                        + "}) { changed errors { code message } } }")
                .execute();

        // weighted, SKP sangat baik now 90 instead of 100: performance 89 - 60% of 10 = 83
        admin.document("{ talentResults(periodId: " + period + ", nip: \"" + NIP + "\") { performance } "
                        + "rubric(asOf: \"2026-12-31\") { version scales { scale key score } } }")
                .execute()
                .path("talentResults[0].performance")
                .entity(Double.class)
                .isEqualTo(83.0)
                .path("rubric.version")
                .entity(Integer.class)
                .isEqualTo(1);
    }

    @Test
    void a_new_version_starts_from_the_version_in_force_and_its_preview_is_the_map_it_then_computes() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        admin.document(
                        "mutation { saveRubric(input: {effectiveFrom: \"2026-12-01\", weights: [{indicator: \"POTENTIAL\","
                                + " weight: 20}, {indicator: \"EDUCATION\", weight: 15}]}) { rubric { version } } }")
                .execute()
                .path("saveRubric.rubric.version")
                .entity(Integer.class)
                .isEqualTo(1);
        String draft = "{effectiveFrom: \"2026-12-02\", performanceModel: WEIGHTED, performanceMiddleCutoff: 90,"
                + " performanceHighCutoff: 95}";
        String grid = "{ talentMap(periodId: " + period + ") { notMapped boxes { box count } } }";
        List<Integer> before = admin.document(grid)
                .execute()
                .path("talentMap.boxes[*].count")
                .entityList(Integer.class)
                .get();

        var preview = admin.document(
                        "{ rubricPreview(periodId: " + period + ", input: " + draft + ") { inForceVersion"
                                + " employees changed notMappedInForce notMappedProposed boxes { box inForce proposed } errors { rule } } }")
                .execute();
        preview.path("rubricPreview.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("rubricPreview.inForceVersion")
                .entity(Integer.class)
                .isEqualTo(1)
                // Andi and the three colleagues who rated him
                .path("rubricPreview.employees")
                .entity(Integer.class)
                .isEqualTo(4)
                .path("rubricPreview.boxes[*].inForce")
                .entityList(Integer.class)
                .isEqualTo(before);
        List<Integer> proposed = preview.path("rubricPreview.boxes[*].proposed")
                .entityList(Integer.class)
                .get();
        assertThat(proposed).isNotEqualTo(before);

        admin.document("mutation { saveRubric(input: " + draft
                        + ") { rubric { version weights { indicator weight } } } }")
                .execute()
                .path("saveRubric.rubric.version")
                .entity(Integer.class)
                .isEqualTo(2)
                // the draft said nothing of weights: version 1's stay
                .path("saveRubric.rubric.weights[?(@.indicator == 'POTENTIAL')].weight")
                .entityList(Integer.class)
                .containsExactly(20);
        // the period is assessed on 2026-12-31, when version 2 is in force: the map is what the preview said
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + period
                        + "}) { changed errors { code message } } }")
                .execute();
        admin.document(grid)
                .execute()
                .path("talentMap.boxes[*].count")
                .entityList(Integer.class)
                .isEqualTo(proposed);
        // and the refused roles cannot preview either
        as("komite", "talent-committee")
                .document("{ rubricPreview(periodId: " + period + ", input: " + draft + ") { employees } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }

    @Test
    void the_map_shows_each_box_s_share_against_the_agency_guideline_and_the_profile_keeps_every_period() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        admin.document("mutation($v: String!) { setAgencyPolicy(input: {name: \"talentmap.guideline\", valueJson: $v,"
                        + " reason: \"Pedoman distribusi\"}) { errors { __typename } } }")
                .variable("v", "{\"9\": 5, \"8\": 10, \"5\": 40, \"12\": 3, \"1\": \"lima\"}")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);
        completeInputs();

        var map = as("komite", "talent-committee")
                .document("{ talentMap(periodId: " + period + ") { boxes { box count"
                        + " percent guidelinePercent } members { nip explanation { indicator evidence } } } }")
                .execute();
        // the map reads results without explanations; asking for them loads them
        map.path("talentMap.members[0].explanation[?(@.indicator == 'FIELD_FIT')].evidence")
                .entityList(String.class)
                .containsExactly("ijazah");
        map.path("talentMap.boxes[8].count")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("talentMap.boxes[8].percent")
                .entity(Double.class)
                .isEqualTo(100.0)
                .path("talentMap.boxes[8].guidelinePercent")
                .entity(Double.class)
                .isEqualTo(5.0)
                .path("talentMap.boxes[4].guidelinePercent")
                .entity(Double.class)
                .isEqualTo(40.0)
                .path("talentMap.boxes[0].percent")
                .entity(Double.class)
                .isEqualTo(0.0)
                .path("talentMap.boxes[0].guidelinePercent")
                .valueIsNull();

        String next = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2027\", asOf: \"2027-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        admin.document("mutation { recordPotential(input: {periodId: " + next + ", nip: \"" + NIP + "\", score: 70,"
                        + " evidence: \"cact 2027\"}) { result { version } errors { code message } } }")
                .execute();

        as("komite", "talent-committee")
                .document("{ talentHistory(nip: \"" + NIP + "\") { period { name } finalBox"
                        + " result { mapped box } } }")
                .execute()
                .path("talentHistory[*].period.name")
                .entityList(String.class)
                .containsExactly("2027", "2026")
                .path("talentHistory[0].result.mapped")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("talentHistory[1].finalBox")
                .entity(Integer.class)
                .isEqualTo(9);
    }

    void completeInputs() {
        fixture.completeInputs();
    }

    void peersRate(int score) {
        fixture.peersRate(score);
    }

    HttpGraphQlTester employeeWithNip(String nip) {
        return fixture.employeeWithNip(nip);
    }

    @Test
    void a_period_compute_cut_short_runs_again_at_the_next_start_and_ends_as_an_uninterrupted_one() throws Exception {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        String compute = "mutation { computeAssessmentPeriod(input: {periodId: " + period
                + "}) { changed errors { code message } } }";
        admin.document(compute).execute();
        String requested =
                "SELECT compute_requested_at IS NOT NULL FROM t_" + agency + ".assessment_period WHERE id = ?";
        assertThat(jdbc.queryForObject(requested, Boolean.class, Long.parseLong(period)))
                .isFalse();

        // a second period whose inputs are stored and whose compute was asked for, then the process died: the
        // request is still recorded and no result exists
        String second = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"Kedua\", asOf: \"2026-12-31\"})"
                                + " { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        long secondId = Long.parseLong(second);
        try (var connection = dataSource.getConnection()) {
            AssessmentData.seedInputs(connection, "t_" + agency, secondId);
        }
        jdbc.update(
                "UPDATE t_" + agency + ".assessment_period SET compute_requested_at = now(),"
                        + " compute_requested_by = 'admin' WHERE id = ?",
                secondId);
        String results = "SELECT count(DISTINCT nip) FROM t_" + agency + ".talent_result WHERE period_id = ?";
        assertThat(jdbc.queryForObject(results, Integer.class, secondId)).isZero();

        resumer.resumeInterruptedComputes();

        int active = jdbc.queryForObject(
                "SELECT count(*) FROM t_" + agency + ".employee WHERE status = 'ACTIVE'", Integer.class);
        assertThat(jdbc.queryForObject(results, Integer.class, secondId))
                .isEqualTo(active)
                .isPositive();
        assertThat(jdbc.queryForObject(requested, Boolean.class, secondId)).isFalse();
        // what the resumed compute stored is what an uninterrupted one stores: computing again changes nothing
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + second
                        + "}) { changed errors { code message } } }")
                .execute()
                .path("computeAssessmentPeriod.changed")
                .entity(Integer.class)
                .isEqualTo(0);
    }

    @Test
    void people_outside_the_mapping_scope_are_out_of_scope_not_unmapped_and_take_no_input() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        completeInputs();
        admin.document(
                        "mutation { setAgencyPolicy(input: {name: \"talentmap.scope\", valueJson: \"{\\\"golonganMin\\\":"
                                + " \\\"II\\\", \\\"golonganMax\\\": \\\"IV\\\"}\", reason: \"Kemnaker memetakan golongan II-IV\"})"
                                + " { errors { __typename } } }")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);
        String junior = "199501012020121003";
        admin.document("mutation { createEmployee(input: {nip: \"" + junior + "\", name: \"Cahya\", golongan: \"I/c\","
                        + " golonganTmt: \"2021-01-01\", unitCode: \"SETDA\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(junior);
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + period
                        + "}) { changed errors { code message } } }")
                .execute();

        var map = admin.document("{ talentMap(periodId: " + period + ") { notMapped outOfScope boxes { count }"
                        + " members { nip mapped } } }")
                .execute();
        List<String> members =
                map.path("talentMap.members[*].nip").entityList(String.class).get();
        assertThat(members).doesNotContain(junior).contains(NIP);
        map.path("talentMap.outOfScope").entity(Integer.class).isEqualTo(1);
        List<Boolean> mapped = map.path("talentMap.members[*].mapped")
                .entityList(Boolean.class)
                .get();
        map.path("talentMap.notMapped").entity(Integer.class).isEqualTo((int)
                mapped.stream().filter(m -> !m).count());
        // the grid's summary counts what the member list shows
        // (asked without members, the map is counted by the summary path)
        var summary = admin.document("{ talentMap(periodId: " + period + ") { notMapped outOfScope boxes { count } } }")
                .execute();
        summary.path("talentMap.outOfScope")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("talentMap.notMapped")
                .entity(Integer.class)
                .isEqualTo((int) mapped.stream().filter(m -> !m).count())
                .path("talentMap.boxes[*].count")
                .entityList(Integer.class)
                .isEqualTo(map.path("talentMap.boxes[*].count")
                        .entityList(Integer.class)
                        .get());
        int inUnits = admin
                .document("{ assessmentCompleteness(periodId: " + period + ") { employees } }")
                .execute()
                .path("assessmentCompleteness[*].employees")
                .entityList(Integer.class)
                .get()
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
        assertThat(inUnits).isEqualTo(members.size());
        as("penilai", "assessor")
                .document("mutation { recordPotential(input: {periodId: " + period + ", nip: \"" + junior
                        + "\", score: 70, evidence: \"Profiling\"}) { result { version } errors { code message } } }")
                .execute()
                .path("recordPotential.errors[0].code")
                .entity(String.class)
                .isEqualTo("OUT_OF_SCOPE")
                .path("recordPotential.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m)
                        .contains("outside the agency's mapping scope")
                        .contains("talentmap.scope"))
                .path("recordPotential.result")
                .valueIsNull();
    }

    @Test
    void a_scope_of_kinds_of_post_leaves_other_posts_out_of_scope_with_the_kind_named() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        admin.document("mutation { savePosition(input: {code: \"STAF\", name: \"Pengadministrasi Umum\", level:"
                        + " \"PELAKSANA\", unitCode: \"SETDA\"}) { errors { message } } }")
                .execute()
                .path("savePosition.errors")
                .entityList(Object.class)
                .hasSize(0);
        String staff = "199501012020121004";
        admin.document("mutation { createEmployee(input: {nip: \"" + staff + "\", name: \"Dewi\", golongan: \"II/c\","
                        + " golonganTmt: \"2021-01-01\", positionCode: \"STAF\"}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(staff);
        admin.document(
                        "mutation { setAgencyPolicy(input: {name: \"talentmap.scope\", valueJson: \"{\\\"positionKinds\\\":"
                                + " [\\\"JPT\\\", \\\"ADMINISTRATOR\\\", \\\"PENGAWAS\\\"]}\", reason: \"Pemetaan jabatan"
                                + " struktural lebih dahulu\"}) { errors { __typename } } }")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + period
                        + "}) { changed errors { code message } } }")
                .execute();

        var map = admin.document("{ talentMap(periodId: " + period + ") { outOfScope members { nip } } }")
                .execute();
        List<String> members =
                map.path("talentMap.members[*].nip").entityList(String.class).get();
        assertThat(members).contains(NIP).doesNotContain(staff);
        // everyone outside holds a post of another kind: the count is the active people not in a structural post
        int structural = jdbc.queryForObject(
                "SELECT count(*) FROM t_" + agency + ".employee e JOIN t_" + agency
                        + ".jabatan j ON j.id = e.jabatan_id JOIN platform.jabatan_level l ON l.code = j.level WHERE e.status ="
                        + " 'ACTIVE' AND l.kind IN ('JPT', 'ADMINISTRATOR', 'PENGAWAS')",
                Integer.class);
        int active = jdbc.queryForObject(
                "SELECT count(*) FROM t_" + agency + ".employee e WHERE e.status = 'ACTIVE'"
                        + " AND e.jabatan_id IS NOT NULL",
                Integer.class);
        map.path("talentMap.outOfScope").entity(Integer.class).isEqualTo(active - structural);
        as("penilai", "assessor")
                .document("mutation { recordPotential(input: {periodId: " + period + ", nip: \"" + staff
                        + "\", score: 70, evidence: \"Profiling\"}) { result { version } errors { code message } } }")
                .execute()
                .path("recordPotential.errors[0].code")
                .entity(String.class)
                .isEqualTo("OUT_OF_SCOPE")
                .path("recordPotential.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("A PELAKSANA post is outside the agency's mapping scope"));
    }

    @Test
    void the_map_revision_moves_with_every_stored_result_and_realtime_follows_the_agency_policy() {
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        long periodId = Long.parseLong(period);
        assertThat(SystemActor.callForAgency(agency, () -> talentMaps.realtime(agency)))
                .isFalse();
        long before = SystemActor.callForAgency(agency, () -> talentMaps.revision(agency, periodId));
        as("penilai", "assessor")
                .document("mutation { recordPotential(input: " + input("score: 70, evidence: \"CACT\"")
                        + ") { result { version } errors { code message } } }")
                .execute()
                .path("recordPotential.result.version")
                .hasValue();
        long after = SystemActor.callForAgency(agency, () -> talentMaps.revision(agency, periodId));
        assertThat(after).isGreaterThan(before);
        // nothing changed: the revision stays, so an open view does not reload
        assertThat(SystemActor.callForAgency(agency, () -> talentMaps.revision(agency, periodId)))
                .isEqualTo(after);

        admin.document("mutation { setAgencyPolicy(input: {name: \"talentmap.realtime\", valueJson: \"true\", reason:"
                        + " \"penilaian berjenjang, tampil langsung\"}) { errors { __typename } } }")
                .execute()
                .path("setAgencyPolicy.errors")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(SystemActor.callForAgency(agency, () -> talentMaps.realtime(agency)))
                .isTrue();
    }

    @Test
    void the_map_filters_by_unit_and_the_completeness_report_names_what_each_unit_lacks() {
        completeInputs();
        HttpGraphQlTester admin = as("admin", "tenant-admin");
        admin.document("mutation { saveUnit(input: {code: \"DINKES\", name: \"Dinas Kesehatan\"}) { unit { code } } }")
                .execute();
        admin.document(
                        "mutation { createEmployee(input: {nip: \"199001012015031002\", name: \"Bela\", golongan: \"III/a\","
                                + " golonganTmt: \"2020-04-01\", unitCode: \"DINKES\"}) { employee { nip } } }")
                .execute();
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + period
                        + "}) { changed errors { code message } } }")
                .execute();
        String map = "query($unit: String) { talentMap(periodId: " + period + ", filter: {unitCode: $unit}) "
                + "{ notMapped boxes { box count } members { nip } } }";

        var dinkes = admin.document(map).variable("unit", "DINKES").execute();
        dinkes.path("talentMap.notMapped")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("talentMap.members[*].nip")
                .entityList(String.class)
                .containsExactly("199001012015031002");
        assertThat(dinkes.path("talentMap.boxes[*].count")
                        .entityList(Integer.class)
                        .get())
                .containsOnly(0);
        admin.document(map)
                .variable("unit", "SETDA")
                .execute()
                .path("talentMap.boxes[8].count")
                .entity(Integer.class)
                .isEqualTo(1)
                // the three colleagues who rated Andi work in SETDA too, without inputs of their own
                .path("talentMap.notMapped")
                .entity(Integer.class)
                .isEqualTo(3);
        var report = admin.document("{ assessmentCompleteness(periodId: " + period
                        + ") { unitCode employees mapped notMapped " + "missing { item employees } } }")
                .execute();
        report.path("assessmentCompleteness[*].unitCode")
                .entityList(String.class)
                .containsExactly("DINKES", "SETDA")
                .path("assessmentCompleteness[0].notMapped")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("assessmentCompleteness[1].mapped")
                .entity(Integer.class)
                .isEqualTo(1);
        assertThat(report.path("assessmentCompleteness[0].missing[*].item")
                        .entityList(String.class)
                        .get())
                .anySatisfy(item -> assertThat(item).startsWith("SKP"));
    }

    @Test
    void employees_give_feedback_but_cannot_enter_assessments_or_read_the_map() {
        HttpGraphQlTester employee = as("pegawai", "employee");

        employee.document("mutation { recordSkp(input: "
                        + input("hasilKerja: DI_ATAS_EKSPEKTASI, perilakuKerja: "
                                + "DI_ATAS_EKSPEKTASI, evidence: \"x\"")
                        + ") { result { version } errors { code message } } }")
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        employee.document("{ talentMap(periodId: " + period + ") { notMapped } }")
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        // an account without a NIP is nobody's rater, whatever group it claims
        employee.document("mutation { recordFeedback(input: " + input("group: SUBORDINATE, score: 5")
                        + ") { recorded errors { rule } } }")
                .execute()
                .path("recordFeedback.recorded")
                .entity(Boolean.class)
                .isEqualTo(false)
                .path("recordFeedback.errors[0].rule")
                .entity(String.class)
                .isEqualTo("NO_NIP");
        as("penilai", "assessor")
                .document("mutation { recordSkp(input: "
                        + input("hasilKerja: DI_ATAS_EKSPEKTASI, "
                                + "perilakuKerja: DI_ATAS_EKSPEKTASI, evidence: \" \"")
                        + ") { result { version } errors { code message } } }")
                .execute()
                .path("recordSkp.errors[0].code")
                .entity(String.class)
                .isEqualTo("EVIDENCE_REQUIRED")
                .path("recordSkp.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("evidence"))
                .path("recordSkp.result")
                .valueIsNull();
    }

    @Test
    void explanations_are_stored_as_the_application_mapper_writes_them() {
        // ExplanationJsonTest compares with a default mapper; this compares with the one the platform runs with, so a
        // setting added to it later (inclusion, ordering) fails here instead of quietly versioning every result once
        var explanation = ScoreEngine.score(ScoreEngineTest.complete(), Rubric.nationalDefault(), ScoreEngineTest.AS_OF)
                .explanation();

        assertThat(ExplanationJson.write(json, explanation)).isEqualTo(json.writeValueAsString(explanation));
    }
}
