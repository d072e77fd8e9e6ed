package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.AgencyPeople;
import id.meritasn.support.PeriodSteps;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The completeness gate: a unit's head declares their own unit (and nobody else's), the declaration keeps what was
 * still missing, an exclusion needs a reason, publishing waits for every unit, and an excluded unit's people enter no
 * pool.
 */
class CompletenessIT extends PlatformIntegrationTest {

    static final String KABAG_UMUM = "197501012000031001";
    static final String STAFF_UMUM = "198801012012031002";
    static final String KABAG_HUKUM = "197601012000031003";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    CalibrationService calibration;

    String agency;
    String period;

    AgencyPeople people;

    HttpGraphQlTester as(String role, String nip) {
        return people.as(role, nip);
    }

    @BeforeEach
    void twoBagian() {
        people = AgencyPeople.provision(graphQl, provisioning, "cmp");
        agency = people.agency();
        HttpGraphQlTester admin = as("tenant-admin", null);
        for (String unit : List.of("UMUM", "HUKUM")) {
            admin.document("mutation { saveUnit(input: {code: \"" + unit + "\", name: \"Bagian " + unit
                            + "\"}) { unit { code } } }")
                    .execute();
            admin.document("mutation { savePosition(input: {code: \"K" + unit + "\", name: \"Kepala Bagian " + unit
                            + "\", level: \"ADMINISTRATOR\", unitCode: \"" + unit
                            + "\", standard: []}) { position { code } } }")
                    .execute();
        }
        employee(admin, KABAG_UMUM, "KUMUM", "UMUM");
        employee(admin, STAFF_UMUM, null, "UMUM");
        employee(admin, KABAG_HUKUM, "KHUKUM", "HUKUM");
        period = admin.document(
                        "mutation { createAssessmentPeriod(input: {name: \"2026\", asOf: \"2026-12-31\"}) { period { id } errors { code message } } }")
                .execute()
                .path("createAssessmentPeriod.period.id")
                .entity(String.class)
                .get();
        admin.document("mutation { computeAssessmentPeriod(input: {periodId: " + period
                        + "}) { changed errors { code message } } }")
                .execute();
    }

    void employee(HttpGraphQlTester admin, String nip, String position, String unit) {
        admin.document("mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"Pegawai " + nip.substring(14)
                        + "\", golongan: \"III/a\", golonganTmt: \"2020-04-01\", unitCode: \"" + unit + "\""
                        + (position == null ? "" : ", positionCode: \"" + position + "\"")
                        + "}) { employee { nip } } }")
                .execute()
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(nip);
    }

    String declare(HttpGraphQlTester who, String unit) {
        return who
                .document("mutation { declareUnitsComplete(input: {periodId: " + period + ", unitCodes: [\"" + unit
                        + "\"]}) { unitCodes errors { rule } } }")
                .execute()
                .path("declareUnitsComplete.errors[*].rule")
                .entityList(String.class)
                .get()
                .stream()
                .findFirst()
                .orElse("DECLARED");
    }

    @Test
    void a_head_declares_their_own_unit_only_and_the_declaration_keeps_what_was_missing() {
        assertThat(declare(as("employee", STAFF_UMUM), "UMUM")).isEqualTo("NOT_HEAD");
        assertThat(declare(as("employee", KABAG_HUKUM), "UMUM")).isEqualTo("NOT_HEAD");
        assertThat(declare(as("employee", KABAG_UMUM), "UMUM")).isEqualTo("DECLARED");
        assertThat(declare(as("tenant-admin", null), "NOPE")).isEqualTo("UNKNOWN_UNIT");

        var declarations = as("tenant-admin", null)
                .document("{ unitDeclarations(periodId: " + period + ") { unitCode"
                        + " status employees notMapped declaredBy missingWhenDeclared { item employees } } }")
                .execute();
        declarations
                .path("unitDeclarations[?(@.unitCode == 'UMUM')].status")
                .entityList(String.class)
                .containsExactly("DECLARED")
                .path("unitDeclarations[?(@.unitCode == 'HUKUM')].status")
                .entityList(String.class)
                .containsExactly("UNDECLARED");
        // nobody has inputs: every one of UMUM's two employees still lacks an SKP, and the declaration says so
        assertThat(declarations
                        .path("unitDeclarations[?(@.unitCode == 'UMUM')].missingWhenDeclared[*]")
                        .entityList(Map.class)
                        .get())
                .anySatisfy(m -> {
                    assertThat((String) m.get("item")).startsWith("SKP");
                    assertThat(m.get("employees")).isEqualTo(2);
                });
    }

    @Test
    void publishing_waits_for_every_unit_and_an_excluded_unit_puts_nobody_in_the_pool() {
        HttpGraphQlTester admin = as("tenant-admin", null);
        assertThat(declare(admin, "UMUM")).isEqualTo("DECLARED");
        PeriodSteps.take(admin, period, "startCalibration", "closeCalibration");
        admin.document("mutation { publishAssessmentPeriod(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("publishAssessmentPeriod.errors[0].code")
                .entity(String.class)
                .isEqualTo("UNITS_NOT_DECLARED")
                .path("publishAssessmentPeriod.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("HUKUM").doesNotContain("UMUM"))
                .path("publishAssessmentPeriod.period")
                .valueIsNull();
        admin.document("mutation { excludeUnit(input: {periodId: " + period + ", unitCode: \"HUKUM\", reason: \"x\"}) {"
                        + " errors { rule } } }")
                .execute()
                .path("excludeUnit.errors[0].rule")
                .entity(String.class)
                .isEqualTo("REASON_REQUIRED");
        admin.document("mutation { excludeUnit(input: {periodId: " + period + ", unitCode: \"HUKUM\", reason: "
                        + "\"Data SKP belum masuk dari E-Kinerja\"}) { unitCodes errors { rule } } }")
                .execute()
                .path("excludeUnit.unitCodes")
                .entityList(String.class)
                .containsExactly("HUKUM");
        admin.document("mutation { publishAssessmentPeriod(input: {periodId: " + period
                        + "}) { period { status } errors { code message } } }")
                .execute()
                .path("publishAssessmentPeriod.period.status")
                .entity(String.class)
                .isEqualTo("PUBLISHED");
        assertThat(declare(admin, "UMUM")).isEqualTo("PUBLISHED");

        // the pool reads the period's final results: one mapped fixture per unit, only UMUM's comes through
        long id = Long.parseLong(period);
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        for (String nip : List.of(KABAG_UMUM, KABAG_HUKUM)) {
            jdbc.update(
                    "INSERT INTO t_" + agency + ".talent_result (period_id, nip, version, rubric_version, mapped,"
                            + " missing, potential, performance, box, explanation, result_hash) VALUES (?, ?, 100, 0, true, '[]',"
                            + " 90, 90, 9, '[]', 'fixture')",
                    id,
                    nip);
        }
        assertThat(SystemActor.callForAgency(agency, () -> calibration.publishedResults(agency, id)))
                .extracting(AssessmentRecords.FinalResult::nip)
                .containsExactly(KABAG_UMUM);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;
}
