package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tiered assessment as Jakarta Pusat runs it (policy assessment.tiers = 2): the Kepala Seksi enters an input of their
 * staff; it is provisional until the Kepala Bidang (tier 1) and then the Kepala Dinas (tier 2) validate it; a holder
 * may send it back with a reason; nobody validates their own entry or another tier's; and a period with inputs not
 * validated can be neither declared complete nor calibrated, so they never reach a published map.
 */
class TieredValidationIT extends PlatformIntegrationTest {

    static final String KADIS = "197001152000031001";
    static final String KABID = "197501152002031002";
    static final String KASI = "198001152005031003";
    static final String STAF = "199001152015031004";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TalentMapService talentMaps;

    String agency;
    String period;

    HttpGraphQlTester as(String user, String role, String nip) {
        Map<String, Object> claims = new HashMap<>(Map.of("organization", List.of(agency)));
        if (nip != null) {
            claims.put("nip", nip);
        }
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + Tokens.builder(user, role).claims(claims).mint())
                .build();
    }

    @BeforeEach
    void dinas() {
        agency = UniqueKeys.next("berjenjang");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(
                        agency,
                        "Instansi " + agency,
                        TenantKind.KOTA,
                        "DKI Jakarta",
                        null,
                        Map.of("assessment.tiers", 2)),
                "test"));
        HttpGraphQlTester admin = as("admin", "tenant-admin", null);
        for (String unit : List.of(
                "{code: \"DINAS\", name: \"Dinas\"}",
                "{code: \"BIDANG\", name: \"Bidang\", parentCode: \"DINAS\"}",
                "{code: \"SEKSI\", name: \"Seksi\", parentCode: \"BIDANG\"}")) {
            admin.document("mutation { saveUnit(input: " + unit + ") { unit { code } } }")
                    .execute()
                    .path("saveUnit.unit.code")
                    .hasValue();
        }
        for (String[] p : List.of(
                new String[] {"KADIS", "JPT_PRATAMA", "DINAS"},
                new String[] {"KABID", "ADMINISTRATOR", "BIDANG"},
                new String[] {"KASI", "PENGAWAS", "SEKSI"},
                new String[] {"STAF", "PELAKSANA", "SEKSI"})) {
            admin.document("mutation { savePosition(input: {code: \"" + p[0] + "\", name: \"" + p[0] + "\", level: \""
                            + p[1]
                            + "\", unitCode: \"" + p[2]
                            + "\", standard: [{competency: \"integritas\", kind: MANAGERIAL,"
                            + " requiredLevel: 3}]}) { position { code } } }")
                    .execute()
                    .path("savePosition.position.code")
                    .hasValue();
        }
        for (String[] e : List.of(
                new String[] {KADIS, "KADIS"},
                new String[] {KABID, "KABID"},
                new String[] {KASI, "KASI"},
                new String[] {STAF, "STAF"})) {
            admin.document("mutation { createEmployee(input: {nip: \"" + e[0] + "\", name: \"" + e[1] + "\", golongan:"
                            + " \"III/a\", golonganTmt: \"2022-04-01\", positionCode: \"" + e[1]
                            + "\"}) { employee { nip } } }")
                    .execute()
                    .path("createEmployee.employee.nip")
                    .entity(String.class)
                    .isEqualTo(e[0]);
        }
        period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
    }

    String enter(String kind, String fields) {
        return as("kasi", "assessor", KASI)
                .document("mutation { " + kind + "(input: {periodId: " + period + ", nip: \"" + STAF + "\", " + fields
                        + "}) { result { version } errors { code message } } }")
                .execute()
                .path(kind + ".result.version")
                .entity(String.class)
                .get();
    }

    GraphQlResult decide(HttpGraphQlTester who, String kind, boolean approve, String reason) {
        var response = who.document(
                        "mutation { validateAssessmentInput(input: {periodId: " + period + ", nip: \"" + STAF
                                + "\", kind: \"" + kind + "\", approve: " + approve
                                + (reason == null ? "" : ", reason: \"" + reason + "\"")
                                + "}) { done errors { code message } } }")
                .execute();
        return new GraphQlResult(
                response.path("validateAssessmentInput.done")
                        .entity(Boolean.class)
                        .get(),
                response.path("validateAssessmentInput.errors[*].code")
                        .entityList(String.class)
                        .get());
    }

    record GraphQlResult(boolean done, List<String> codes) {}

    /** The input's state as the talent card reads it (query inputValidation), checked against the stored row. */
    String state(String kind) {
        var states = as("admin", "tenant-admin", null)
                .document("{ inputValidation(periodId: " + period + ", nip: \"" + STAF
                        + "\") { kind state tiersDone tiers reason } }")
                .execute();
        List<String> kinds =
                states.path("inputValidation[*].kind").entityList(String.class).get();
        int i = kinds.indexOf(kind);
        String shown = states.path("inputValidation[" + i + "].state")
                        .entity(String.class)
                        .get() + "/"
                + states.path("inputValidation[" + i + "].tiersDone")
                        .entity(Integer.class)
                        .get();
        assertThat(shown)
                .isEqualTo(jdbc.queryForObject(
                        "SELECT state || '/' || tiers_done FROM t_" + agency
                                + ".assessment_input WHERE nip = ? AND kind = ?",
                        String.class,
                        STAF,
                        kind));
        return shown;
    }

    List<String> provisionalOnMap() {
        return as("admin", "tenant-admin", null)
                .document("{ talentMap(periodId: " + period + ") { provisional members { nip } } }")
                .execute()
                .path("talentMap.provisional")
                .entityList(String.class)
                .get();
    }

    @Test
    void an_input_is_validated_tier_by_tier_by_the_holders_only_and_then_leaves_the_provisional_list() {
        enter("recordPotential", "score: 70, evidence: \"Profiling ASN 2026\"");
        assertThat(state("POTENTIAL")).isEqualTo("PROVISIONAL/0");
        assertThat(provisionalOnMap()).containsExactly(STAF);
        HttpGraphQlTester kabid = as("kabid", "employee", KABID);
        HttpGraphQlTester kadis = as("kadis", "employee", KADIS);
        long revision = SystemActor.callForAgency(agency, () -> talentMaps.revision(agency, Long.parseLong(period)));

        // the one who entered it, and the tier above the next one, are refused; nothing changes
        assertThat(decide(as("kasi", "assessor", KASI), "POTENTIAL", true, null).codes())
                .containsExactly("SELF");
        assertThat(decide(kadis, "POTENTIAL", true, null).codes()).containsExactly("NOT_YOUR_TIER");
        assertThat(state("POTENTIAL")).isEqualTo("PROVISIONAL/0");
        // the Kepala Bidang's queue holds it at tier 1 of 2; the Kepala Dinas's does not yet
        as("kabid", "employee", KABID)
                .document("{ assessmentValidationQueue(periodId: " + period + ") { nip kind tier tiers"
                        + " enteredBy } }")
                .execute()
                .path("assessmentValidationQueue[0].nip")
                .entity(String.class)
                .isEqualTo(STAF)
                .path("assessmentValidationQueue[0].tier")
                .entity(Integer.class)
                .isEqualTo(1)
                .path("assessmentValidationQueue[0].tiers")
                .entity(Integer.class)
                .isEqualTo(2)
                .path("assessmentValidationQueue[0].enteredBy")
                .entity(String.class)
                .isEqualTo("kasi");
        kadis.document("{ assessmentValidationQueue(periodId: " + period + ") { nip } }")
                .execute()
                .path("assessmentValidationQueue")
                .entityList(Object.class)
                .hasSize(0);

        assertThat(decide(kabid, "POTENTIAL", true, null).done()).isTrue();
        assertThat(state("POTENTIAL")).isEqualTo("PROVISIONAL/1");
        assertThat(provisionalOnMap()).containsExactly(STAF);
        assertThat(decide(kadis, "POTENTIAL", false, "kurang").codes()).containsExactly("REASON_REQUIRED");
        assertThat(decide(kadis, "POTENTIAL", true, null).done()).isTrue();

        assertThat(state("POTENTIAL")).isEqualTo("VALIDATED/2");
        assertThat(provisionalOnMap()).isEmpty();
        assertThat(SystemActor.callForAgency(agency, () -> talentMaps.revision(agency, Long.parseLong(period))))
                .isGreaterThan(revision);
        assertThat(jdbc.queryForList(
                        "SELECT action FROM platform.audit_event WHERE tenant_key = ? AND action LIKE"
                                + " 'assessment.input-%' ORDER BY id",
                        String.class, agency))
                .containsExactly("assessment.input-validated", "assessment.input-validated");
    }

    @Test
    void a_sent_back_input_names_its_reason_and_keeps_the_period_from_being_declared_or_calibrated() {
        enter("recordSkp", "hasilKerja: DI_ATAS_EKSPEKTASI, perilakuKerja: SESUAI_EKSPEKTASI, evidence: \"e-Kinerja\"");
        String reason = "Bukti SKP belum dilampirkan";
        assertThat(decide(as("kabid", "employee", KABID), "SKP", false, reason).done())
                .isTrue();
        assertThat(state("SKP")).isEqualTo("SENT_BACK/0");
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM t_" + agency + ".assessment_validation WHERE nip = ?", String.class, STAF))
                .isEqualTo(reason);
        // the talent card shows the reason beside the mark; the employee role reads no one's input states
        as("admin", "tenant-admin", null)
                .document("{ inputValidation(periodId: " + period + ", nip: \"" + STAF + "\") { kind reason tiers } }")
                .execute()
                .path("inputValidation[0].reason")
                .entity(String.class)
                .isEqualTo(reason)
                .path("inputValidation[0].tiers")
                .entity(Integer.class)
                .isEqualTo(2);
        as("staf", "employee", STAF)
                .document("{ inputValidation(periodId: " + period + ", nip: \"" + STAF + "\") { kind } }")
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        HttpGraphQlTester admin = as("admin", "tenant-admin", null);

        admin.document("mutation { declareUnitsComplete(input: {periodId: " + period + ", unitCodes: [\"SEKSI\"]})"
                        + " { errors { rule } } }")
                .execute()
                .path("declareUnitsComplete.errors[*].rule")
                .entityList(String.class)
                .contains("NOT_VALIDATED");
        admin.document("mutation { startCalibration(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("startCalibration.errors[0].code")
                .entity(String.class)
                .isEqualTo("INPUTS_NOT_VALIDATED")
                .path("startCalibration.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("not yet validated"));

        // entered again, it starts over at tier 1
        enter(
                "recordSkp",
                "hasilKerja: DI_ATAS_EKSPEKTASI, perilakuKerja: SESUAI_EKSPEKTASI, evidence: \"e-Kinerja, SKP terlampir\"");
        assertThat(state("SKP")).isEqualTo("PROVISIONAL/0");
    }

    @Test
    void where_nobody_is_that_high_the_tenant_admins_hold_the_tier_one_person_one_tier() {
        // an employee of the Dinas itself: the Kepala Dinas enters; nobody above holds tier 1 or 2
        HttpGraphQlTester admin = as("admin", "tenant-admin", null);
        String direct = "199201152018031005";
        admin.document(
                        "mutation { savePosition(input: {code: \"STAFDINAS\", name: \"Staf Dinas\", level: \"PELAKSANA\","
                                + " unitCode: \"DINAS\", standard: [{competency: \"integritas\", kind: MANAGERIAL, requiredLevel: 3}]})"
                                + " { position { code } } }")
                .execute();
        admin.document("mutation { createEmployee(input: {nip: \"" + direct
                        + "\", name: \"Staf Dinas\", golongan: \"II/c\","
                        + " golonganTmt: \"2022-04-01\", positionCode: \"STAFDINAS\"}) { employee { nip } } }")
                .execute();
        as("kadis", "assessor", KADIS)
                .document("mutation { recordPotential(input: {periodId: " + period + ", nip: \"" + direct
                        + "\", score: 66, evidence: \"CACT\"}) { result { version } errors { code message } } }")
                .execute()
                .path("recordPotential.result.version")
                .hasValue();
        String validate = "mutation { validateAssessmentInput(input: {periodId: " + period + ", nip: \"" + direct
                + "\", kind: \"POTENTIAL\", approve: true}) { done errors { code } } }";
        String queue = "{ assessmentValidationQueue(periodId: " + period + ") { nip tier } }";

        admin.document(queue)
                .execute()
                .path("assessmentValidationQueue[0].tier")
                .entity(Integer.class)
                .isEqualTo(1);
        admin.document(validate)
                .execute()
                .path("validateAssessmentInput.done")
                .entity(Boolean.class)
                .isEqualTo(true);
        // the same admin does not validate the next tier as well; another admin does
        admin.document(queue)
                .execute()
                .path("assessmentValidationQueue")
                .entityList(Object.class)
                .hasSize(0);
        admin.document(validate)
                .execute()
                .path("validateAssessmentInput.errors[0].code")
                .entity(String.class)
                .isEqualTo("ALREADY_DECIDED");
        HttpGraphQlTester other = as("admin2", "tenant-admin", null);
        other.document(queue)
                .execute()
                .path("assessmentValidationQueue[0].tier")
                .entity(Integer.class)
                .isEqualTo(2);
        other.document(validate)
                .execute()
                .path("validateAssessmentInput.done")
                .entity(Boolean.class)
                .isEqualTo(true);
        other.document(queue)
                .execute()
                .path("assessmentValidationQueue")
                .entityList(Object.class)
                .hasSize(0);
        assertThat(jdbc.queryForObject(
                        "SELECT state FROM t_" + agency + ".assessment_input WHERE nip = ?", String.class, direct))
                .isEqualTo("VALIDATED");
    }
}
