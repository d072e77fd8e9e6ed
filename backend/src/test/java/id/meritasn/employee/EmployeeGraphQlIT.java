package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.QueryCounter;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

class EmployeeGraphQlIT extends PlatformIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    QueryCounter queries;

    @Autowired
    JdbcTemplate jdbc;

    String agency;

    HttpGraphQlTester as(String role) {
        return graphQl.mutate()
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer "
                                + Tokens.builder("u_" + role, role)
                                        .claims(Map.of("organization", List.of(agency)))
                                        .mint())
                .build();
    }

    HttpGraphQlTester admin() {
        return as("tenant-admin");
    }

    /** A valid NIP: born 1980 + i years, appointed in March 2005 + i, male for even i. */
    static String nip(int i) {
        return String.format("%04d0115%04d03%d%03d", 1970 + i, 2000 + i, i % 2 == 0 ? 1 : 2, i + 1);
    }

    static final String CREATE = """
            mutation($input: EmployeeInput!) {
              createEmployee(input: $input) {
                employee { nip fullName birthDate gender golongan pangkat retirementDate position { code } unit { code } }
                errors {
                  __typename ... on UserError { message } ... on NipInvalid { rules }
                  ... on FieldInvalid { field text { code indonesian english } }
                }
              }
            }""";

    @BeforeEach
    void agencyWithUnitsAndPositions() {
        agency = UniqueKeys.next("emp");
        SystemActor.callAsPlatform(() -> provisioning.provision(
                new ProvisionTenantCommand(agency, "Instansi " + agency, TenantKind.KOTA, "Bali", null, Map.of()),
                "test"));
        admin().document(
                        "mutation { saveUnit(input: {code: \"SETDA\", name: \"Sekretariat Daerah\"}) { unit { code } } }")
                .execute()
                .path("saveUnit.unit.code")
                .entity(String.class)
                .isEqualTo("SETDA");
        admin().document(
                        "mutation { saveUnit(input: {code: \"BKPSDM\", name: \"BKPSDM\", parentCode: \"SETDA\"}) { unit { code parentCode } } }")
                .execute()
                .path("saveUnit.unit.parentCode")
                .entity(String.class)
                .isEqualTo("SETDA");
        admin().document("""
                mutation { savePosition(input: {code: "KABAN", name: "Kepala BKPSDM", level: "JPT_PRATAMA", unitCode: "BKPSDM",
                  minGolongan: "IV/a", critical: true, standard: [
                    {competency: "integritas", kind: MANAGERIAL, requiredLevel: 4},
                    {competency: "perekat_bangsa", kind: SOCIO_CULTURAL, requiredLevel: 3}]}) {
                  position { code kind standard { competency requiredLevel } } errors { field } } }""")
                .execute()
                .path("savePosition.position.kind")
                .entity(String.class)
                .isEqualTo("JPT");
    }

    Map<String, Object> employee(int i, String name, String golongan, String unit) {
        return Map.of("nip", nip(i), "name", name, "golongan", golongan, "golonganTmt", "2020-04-01", "unitCode", unit);
    }

    @Test
    void creating_an_employee_derives_birth_date_gender_and_retirement_from_the_nip_and_the_position() {
        var input = new java.util.HashMap<>(employee(10, "Siti Rahma", "IV/a", "BKPSDM"));
        input.put("frontTitle", "Dr.");
        input.put("backTitle", "M.Si.");
        input.put("positionCode", "KABAN");

        var result = admin().document(CREATE).variable("input", input).execute();

        result.path("createEmployee.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("createEmployee.employee.fullName")
                .entity(String.class)
                .isEqualTo("Dr. Siti Rahma, M.Si.")
                .path("createEmployee.employee.birthDate")
                .entity(String.class)
                .isEqualTo("1980-01-15")
                .path("createEmployee.employee.gender")
                .entity(String.class)
                .isEqualTo("MALE")
                .path("createEmployee.employee.pangkat")
                .entity(String.class)
                .isEqualTo("Pembina")
                // JPT: BUP 60, so the pension starts the month after the 60th birthday
                .path("createEmployee.employee.retirementDate")
                .entity(String.class)
                .isEqualTo("2040-02-01")
                .path("createEmployee.employee.position.code")
                .entity(String.class)
                .isEqualTo("KABAN");
        assertThat(jdbc.queryForList(
                        "SELECT action FROM t_" + agency + ".employee_audit WHERE nip = ?", String.class, nip(10)))
                .containsExactly("employee.created");
    }

    @Test
    void a_pppk_loads_with_the_ni_pppk_a_grade_and_the_agreement_end_which_is_when_their_service_ends() {
        String pppk = "199003152022212001";
        var input = new java.util.HashMap<String, Object>(Map.of(
                "nip",
                "19900315 2022 21 2 001",
                "name",
                "Dewi Lestari",
                "golongan",
                "IX",
                "golonganTmt",
                "2022-03-01",
                "unitCode",
                "SETDA",
                "employeeType",
                "PPPK"));
        String read = "{ employee(nip: \"" + pppk
                + "\") { nip employeeType golongan pangkat agreementEnd retirementDate" + " appointmentMonth } }";

        // without the agreement's end, or with a PNS golongan, it is refused naming the field
        admin().document(CREATE)
                .variable("input", input)
                .execute()
                .path("createEmployee.errors[*].field")
                .entityList(String.class)
                .containsExactly("agreementEnd");
        input.put("agreementEnd", "2027-02-28");
        input.put("golongan", "III/a");
        admin().document(CREATE)
                .variable("input", input)
                .execute()
                .path("createEmployee.errors[*].field")
                .entityList(String.class)
                .containsExactly("golongan");
        input.put("golongan", "IX");
        admin().document(CREATE)
                .variable("input", input)
                .execute()
                .path("createEmployee.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("createEmployee.employee.nip")
                .entity(String.class)
                .isEqualTo(pppk);
        admin().document(read)
                .execute()
                .path("employee.employeeType")
                .entity(String.class)
                .isEqualTo("PPPK")
                .path("employee.pangkat")
                .entity(String.class)
                .isEqualTo("Golongan IX (PPPK)")
                .path("employee.appointmentMonth")
                .entity(String.class)
                .isEqualTo("2022-01-01")
                .path("employee.retirementDate")
                .entity(String.class)
                .isEqualTo("2027-02-28");
        // a PNS rank range never lists a PPPK grade
        admin().document("{ employees(first: 10, filter: {golonganMax: \"IV/e\"}) { edges { node { nip } } } }")
                .execute()
                .path("employees.edges[*].node.nip")
                .entityList(String.class)
                .doesNotContain(pppk);
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_refused_naming_the_field() {
        var input = new java.util.HashMap<>(employee(13, "=HYPERLINK(\"http://x\",\"y\")", "III/a", "SETDA"));
        admin().document(CREATE)
                .variable("input", input)
                .execute()
                .path("createEmployee.employee")
                .valueIsNull()
                .path("createEmployee.errors[*].field")
                .entityList(String.class)
                .containsExactly("name");
        admin().document("mutation { saveUnit(input: {code: \"X1\", name: \"@SUM(A1)\"}) { errors { field } } }")
                .execute()
                .path("saveUnit.errors[*].field")
                .entityList(String.class)
                .containsExactly("name");
    }

    @Test
    void a_teacher_retires_at_the_age_the_teachers_law_sets_not_at_the_level_s_bup() {
        admin().document("""
                mutation { savePosition(input: {code: "GURU", name: "Guru Ahli Pertama", level: "AHLI_PERTAMA",
                  unitCode: "SETDA", retirementRule: "GURU", standard: []}) { position { retirementRule } errors { field } } }""")
                .execute()
                .path("savePosition.position.retirementRule")
                .entity(String.class)
                .isEqualTo("GURU");
        admin().document("mutation { savePosition(input: {code: \"X\", name: \"X\", level: \"AHLI_PERTAMA\", unitCode:"
                        + " \"SETDA\", retirementRule: \"PENYAIR\"}) { errors { field } } }")
                .execute()
                .path("savePosition.errors[*].field")
                .entityList(String.class)
                .containsExactly("retirementRule");
        admin().document("{ referenceData { retirementRules { code retirementAge legalSource } } }")
                .execute()
                .path("referenceData.retirementRules[?(@.code == 'GURU')].retirementAge")
                .entityList(Integer.class)
                .containsExactly(60);
        var input = new java.util.HashMap<>(employee(12, "Bu Guru", "III/a", "SETDA"));
        input.put("positionCode", "GURU");

        // born 1982-01-15: a teacher retires at 60 (an Ahli Pertama at 58)
        admin().document(CREATE)
                .variable("input", input)
                .execute()
                .path("createEmployee.employee.retirementDate")
                .entity(String.class)
                .isEqualTo("2042-02-01");
    }

    @Test
    void an_invalid_nip_and_bad_fields_are_refused_with_the_rule_and_nothing_is_stored() {
        admin().document(CREATE)
                .variable(
                        "input",
                        Map.of(
                                "nip",
                                "198602302015053001",
                                "name",
                                " ",
                                "golongan",
                                "V/a",
                                "golonganTmt",
                                "kemarin",
                                "unitCode",
                                "TIDAK_ADA"))
                .execute()
                .path("createEmployee.employee")
                .valueIsNull()
                .path("createEmployee.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("NipInvalid")
                .path("createEmployee.errors[0].rules")
                .entityList(String.class)
                .containsExactly("BIRTH_DATE", "GENDER")
                .path("createEmployee.errors[*].field")
                .entityList(String.class)
                .containsExactly("name", "golongan", "golonganTmt", "unitCode")
                .path("createEmployee.errors[*].text.code")
                .entityList(String.class)
                .containsExactly(
                        "employee.field.NAME_LENGTH",
                        "employee.field.GOLONGAN_PNS",
                        "employee.field.TMT_FORMAT",
                        "employee.field.NO_UNIT")
                .path("createEmployee.errors[4].text.indonesian")
                .entity(String.class)
                .isEqualTo("Tidak ada unit dengan kode 'TIDAK_ADA' di instansi ini.")
                .path("createEmployee.errors[4].message")
                .entity(String.class)
                .isEqualTo("No unit with code 'TIDAK_ADA' in this agency.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".employee", Integer.class))
                .isZero();
    }

    @Test
    void an_update_is_audited_with_before_and_after_and_an_identical_update_changes_nothing() {
        admin().document(CREATE)
                .variable("input", employee(1, "Budi", "III/a", "SETDA"))
                .execute();
        admin().document(CREATE)
                .variable("input", employee(1, "Budi", "III/a", "SETDA"))
                .execute()
                .path("createEmployee.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("EmployeeAlreadyExists");
        String update = "mutation($input: EmployeeInput!) { updateEmployee(input: $input) { employee { name golongan } "
                + "errors { __typename } } }";

        admin().document(update)
                .variable("input", employee(1, "Budi Santoso", "III/b", "SETDA"))
                .execute()
                .path("updateEmployee.employee.golongan")
                .entity(String.class)
                .isEqualTo("III/b");
        admin().document(update)
                .variable("input", employee(1, "Budi Santoso", "III/b", "SETDA"))
                .execute();
        admin().document(update)
                .variable("input", employee(2, "Tidak Ada", "III/b", "SETDA"))
                .execute()
                .path("updateEmployee.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("EmployeeNotFound");

        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT action, before->>'name' AS before, after->>'name' AS after" + " FROM t_" + agency
                        + ".employee_audit WHERE nip = ? ORDER BY id",
                nip(1));
        assertThat(audit).extracting(r -> r.get("action")).containsExactly("employee.created", "employee.updated");
        assertThat(audit.get(1)).containsEntry("before", "Budi").containsEntry("after", "Budi Santoso");
    }

    @Test
    void history_entries_are_checked_per_kind_and_added_once() {
        admin().document(CREATE)
                .variable("input", employee(3, "Ani", "III/c", "SETDA"))
                .execute();
        String add = "mutation($input: HistoryEntryInput!) { addHistoryEntry(input: $input) { employee { nip "
                + "educationHistory { level field } rankHistory { golongan tmt } } errors { __typename ... on FieldInvalid { field } } } }";
        Map<String, Object> education = Map.of(
                "nip",
                nip(3),
                "kind",
                "EDUCATION",
                "code",
                "S2",
                "name",
                "Administrasi Publik",
                "detail",
                "Universitas Indonesia",
                "number",
                2012);

        admin().document(add)
                .variable("input", education)
                .execute()
                .path("addHistoryEntry.employee.educationHistory[0].level")
                .entity(String.class)
                .isEqualTo("S2");
        admin().document(add).variable("input", education).execute();
        admin().document(add)
                .variable("input", Map.of("nip", nip(3), "kind", "RANK", "code", "III/z"))
                .execute()
                .path("addHistoryEntry.errors[*].field")
                .entityList(String.class)
                .containsExactly("code", "date");
        admin().document(add)
                .variable(
                        "input",
                        Map.of(
                                "nip",
                                nip(3),
                                "kind",
                                "DISCIPLINE",
                                "code",
                                "LIGHT",
                                "name",
                                "Teguran lisan",
                                "date",
                                "2025-02-01",
                                "endDate",
                                "2024-01-01"))
                .execute()
                .path("addHistoryEntry.errors[*].field")
                .entityList(String.class)
                .containsExactly("endDate");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + agency + ".education_history", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void the_employee_list_filters_by_unit_subtree_rank_and_text_and_pages_by_keyset() {
        admin().document(CREATE)
                .variable("input", employee(4, "Dewi", "III/a", "BKPSDM"))
                .execute();
        admin().document(CREATE)
                .variable("input", employee(5, "Citra", "IV/b", "BKPSDM"))
                .execute();
        admin().document(CREATE)
                .variable("input", employee(6, "Bayu", "II/c", "SETDA"))
                .execute();
        admin().document(CREATE)
                .variable("input", employee(7, "Agus", "III/d", "SETDA"))
                .execute();
        String list =
                "query($filter: EmployeeFilter, $after: String, $first: Int) { employees(first: $first, after: $after, filter: $filter) "
                        + "{ edges { node { name } } pageInfo { hasNextPage endCursor } } }";

        assertThat(names(admin().document(list).variable("first", 10).variable("filter", Map.of("unitCode", "SETDA"))))
                .containsExactly("Agus", "Bayu", "Citra", "Dewi");
        assertThat(names(admin().document(list).variable("first", 10).variable("filter", Map.of("unitCode", "BKPSDM"))))
                .containsExactly("Citra", "Dewi");
        assertThat(names(admin().document(list)
                        .variable("first", 10)
                        .variable("filter", Map.of("golonganMin", "III/a", "golonganMax", "III/d"))))
                .containsExactly("Agus", "Dewi");
        assertThat(names(admin().document(list).variable("first", 10).variable("filter", Map.of("text", "ayu"))))
                .containsExactly("Bayu");

        var first = admin().document(list).variable("first", 3).execute();
        String cursor =
                first.path("employees.pageInfo.endCursor").entity(String.class).get();
        assertThat(first.path("employees.edges[*].node.name")
                        .entityList(String.class)
                        .get())
                .containsExactly("Agus", "Bayu", "Citra");
        assertThat(names(admin().document(list).variable("first", 3).variable("after", cursor)))
                .containsExactly("Dewi");

        String byRank =
                "{ employees(first: 10, sort: {field: GOLONGAN, descending: true}) { edges { node { golongan } } } }";
        assertThat(admin().document(byRank)
                        .execute()
                        .path("employees.edges[*].node.golongan")
                        .entityList(String.class)
                        .get())
                .containsExactly("IV/b", "III/d", "III/a", "II/c");
    }

    @Test
    void a_page_with_positions_units_and_histories_costs_the_same_number_of_queries_for_5_or_50_employees() {
        for (int i = 0; i < 50; i++) {
            String nip = String.format("%04d0601201503%d%03d", 1975 + i % 20, 1 + i % 2, i + 1);
            admin().document(CREATE)
                    .variable(
                            "input",
                            Map.of(
                                    "nip",
                                    nip,
                                    "name",
                                    "Pegawai " + i,
                                    "golongan",
                                    "III/a",
                                    "golonganTmt",
                                    "2020-04-01",
                                    "unitCode",
                                    "BKPSDM",
                                    "positionCode",
                                    "KABAN"))
                    .execute()
                    .path("createEmployee.errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
        String page = "query($n: Int) { employees(first: $n) { edges { node { nip position { code } unit { code name } "
                + "rankHistory { golongan } educationHistory { level } } } } }";

        queries.reset();
        admin().document(page)
                .variable("n", 5)
                .execute()
                .path("employees.edges")
                .entityList(Object.class)
                .hasSize(5);
        int forFive = queries.count();
        queries.reset();
        admin().document(page)
                .variable("n", 50)
                .execute()
                .path("employees.edges")
                .entityList(Object.class)
                .hasSize(50);
        int forFifty = queries.count();

        assertThat(forFifty).isEqualTo(forFive);
        // per field: entering the tenant (registry check + search_path) and one select
        assertThat(forFifty).isLessThanOrEqualTo(10);
    }

    @Test
    void a_list_showing_positions_and_units_reads_them_with_the_page_in_one_transaction() {
        for (int i = 0; i < 3; i++) {
            admin().document(CREATE)
                    .variable(
                            "input",
                            Map.of(
                                    "nip",
                                    String.format("19800601201503%d%03d", 1 + i % 2, i + 1),
                                    "name",
                                    "Pegawai " + i,
                                    "golongan",
                                    "III/a",
                                    "golonganTmt",
                                    "2020-04-01",
                                    "unitCode",
                                    "BKPSDM",
                                    "positionCode",
                                    "KABAN"))
                    .execute()
                    .path("createEmployee.errors")
                    .entityList(Object.class)
                    .hasSize(0);
        }
        String page = "{ employees(first: 10) { edges { node { nip position { code name } unit { code name } } } } }";

        queries.reset();
        var list = admin().document(page).execute();
        int read = queries.count();

        list.path("employees.edges[*].node.position.code")
                .entityList(String.class)
                .containsExactly("KABAN", "KABAN", "KABAN")
                .path("employees.edges[*].node.unit.code")
                .entityList(String.class)
                .containsExactly("BKPSDM", "BKPSDM", "BKPSDM");
        // entering the tenant (registry check + search_path), the page, its positions, its units: not three
        // transactions each entering the tenant again
        assertThat(read).isLessThanOrEqualTo(4);
        // a single employee's position and unit come through the id-keyed data loaders
        admin().document("{ employee(nip: \"198006012015031001\") { position { code } unit { code } } }")
                .execute()
                .path("employee.position.code")
                .entity(String.class)
                .isEqualTo("KABAN")
                .path("employee.unit.code")
                .entity(String.class)
                .isEqualTo("BKPSDM");
    }

    @Test
    void a_unit_cannot_become_its_own_ancestor_and_a_position_standard_is_checked() {
        admin().document(
                        "mutation { saveUnit(input: {code: \"SETDA\", name: \"Setda\", parentCode: \"BKPSDM\"}) { unit { code } errors { field message } } }")
                .execute()
                .path("saveUnit.errors[0].field")
                .entity(String.class)
                .isEqualTo("parentCode");
        admin().document("""
                mutation { savePosition(input: {code: "X", name: "X", level: "MENTERI", unitCode: "SETDA",
                  standard: [{competency: "integritas", kind: MANAGERIAL, requiredLevel: 6}]}) { position { code } errors { field } } }""")
                .execute()
                .path("savePosition.errors[*].field")
                .entityList(String.class)
                .containsExactly("level", "standard[0].requiredLevel");
    }

    @Test
    void assessors_read_employees_but_only_tenant_admins_write_and_plain_employees_read_neither() {
        admin().document(CREATE)
                .variable("input", employee(8, "Eka", "III/a", "SETDA"))
                .execute();

        as("assessor")
                .document("query($nip: String!) { employee(nip: $nip) { name } }")
                .variable("nip", nip(8))
                .execute()
                .path("employee.name")
                .entity(String.class)
                .isEqualTo("Eka");
        as("assessor")
                .document(CREATE)
                .variable("input", employee(9, "Fajar", "III/a", "SETDA"))
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        as("employee")
                .document("query($nip: String!) { employee(nip: $nip) { name } }")
                .variable("nip", nip(8))
                .execute()
                .errors()
                .satisfy(e -> assertThat(e)
                        .singleElement()
                        .satisfies(x -> assertThat(x.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        as("employee")
                .document("{ unitTree { code children { code } } }")
                .execute()
                .path("unitTree[0].children[0].code")
                .entity(String.class)
                .isEqualTo("BKPSDM");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM t_" + agency + ".employee WHERE nip = ?", Integer.class, nip(9)))
                .isZero();
    }

    private static List<String> names(HttpGraphQlTester.Request<?> request) {
        return request.execute()
                .path("employees.edges[*].node.name")
                .entityList(String.class)
                .get();
    }
}
