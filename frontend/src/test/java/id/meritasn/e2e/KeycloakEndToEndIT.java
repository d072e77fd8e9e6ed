package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.assessment.AssessmentService;
import id.meritasn.assessment.CommunityFeedbackService;
import id.meritasn.assessment.TieredValidation;
import id.meritasn.employee.EmployeeService;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.succession.Eligibility;
import id.meritasn.succession.SuccessionPlanningService;
import id.meritasn.succession.SuccessionRecords.Candidate;
import id.meritasn.succession.SuccessionRecords.TargetPosition;
import id.meritasn.succession.SuccessionService;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import id.meritasn.ui.BrowserScript;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The platform against a real Keycloak (ops/keycloak/meritasn-realm.json): machine clients with client-credentials
 * tokens, people logging in through Keycloak's pages in Chromium, and provisioning that creates (and on failure
 * removes) the agency's Keycloak organization.
 */
class KeycloakEndToEndIT extends KeycloakPlatformTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    Keycloak keycloakAdmin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CommunityFeedbackService community;

    @Autowired
    EmployeeService employees;

    @Autowired
    SuccessionPlanningService planning;

    @Autowired
    SuccessionService succession;

    @Autowired
    id.meritasn.employee.OrganizationService organization;

    @Autowired
    TieredValidation tiers;

    @Autowired
    id.meritasn.succession.NationalFairness nationalFairness;

    @Test
    void an_agency_integration_client_reads_its_agency_and_nothing_else() throws Exception {
        String token = clientToken("meritasn-integration-medan", "medan-integration-local-secret");

        HttpResponse<String> response =
                graphql(token, null, "{ me { name roles agencies selectedAgency } myAgency { key displayName } }");
        JsonNode data = json.readTree(response.body()).get("data");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(data.get("me").get("name").asString()).isEqualTo("client:meritasn-integration-medan");
        assertThat(data.get("me").get("roles").toString()).contains("agency-integration");
        assertThat(data.get("myAgency").get("displayName").asString()).isEqualTo("Pemerintah Kota Medan");
        assertThat(graphql(token, "tangerang", "{ myAgency { key } }").statusCode())
                .isEqualTo(403);
        assertThat(json.readTree(graphql(token, null, "{ tenants(first: 5) { edges { node { key } } } }")
                                .body())
                        .get("errors")
                        .get(0)
                        .get("extensions")
                        .get("classification")
                        .asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void the_national_read_client_lists_agencies_but_acts_for_none() throws Exception {
        String token = clientToken("meritasn-integration-national", "national-integration-local-secret");

        JsonNode tenants = json.readTree(graphql(token, null, "{ tenants(first: 200) { edges { node { key } } } }")
                        .body())
                .get("data")
                .get("tenants");
        JsonNode myAgency =
                json.readTree(graphql(token, null, "{ myAgency { key } }").body());

        assertThat(tenants.toString()).contains("\"medan\"").contains("\"kemnaker\"");
        assertThat(myAgency.get("errors")
                        .get(0)
                        .get("extensions")
                        .get("classification")
                        .asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void a_tenant_admin_logs_in_through_keycloak_and_sees_only_their_agency() throws Exception {
        BrowserScript.Result medan = BrowserScript.run(
                "login.mjs", APP, "medan.admin", "Pemerintah Kota Medan", "Pemerintah Kota Tangerang");
        assertThat(medan.exitCode()).as(medan.output()).isZero();
        assertThat(medan.output()).contains("login as medan.admin: OK");

        BrowserScript.Result tangerang = BrowserScript.run(
                "login.mjs", APP, "tangerang.admin", "Pemerintah Kota Tangerang", "Pemerintah Kota Medan");
        assertThat(tangerang.exitCode()).as(tangerang.output()).isZero();
    }

    @Test
    void a_user_of_two_agencies_switches_the_agency_they_act_for_in_the_browser() throws Exception {
        // the demo's operator.dua belongs to Medan and Tangerang (the realm file lists the memberships for ops/run;
        // here the organizations are the ones the platform provisioned, so the memberships are added)
        var realm = keycloakAdmin.realm(AgencyArchiveEndToEndIT.REALM);
        String user = AgencyArchiveEndToEndIT.userId(realm, "operator.dua");
        for (String agency : List.of("medan", "tangerang")) {
            if (!AgencyArchiveEndToEndIT.members(realm, agency).contains("operator.dua")) {
                AgencyArchiveEndToEndIT.organization(realm, agency)
                        .members()
                        .addMember(user)
                        .close();
            }
        }
        BrowserScript.Result result = BrowserScript.run("agency-switch.mjs", APP);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("agency switch for operator.dua: OK");
    }

    @Test
    void a_tenant_admin_browses_employees_and_imports_a_file_in_the_browser() throws Exception {
        BrowserScript.Result result = BrowserScript.run("employees.mjs", APP);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("employee pages: OK");
    }

    @Test
    void the_public_pages_and_a_tenant_admin_s_pages_pass_axe_for_wcag_2_1_a_and_aa() throws Exception {
        BrowserScript.Result result = BrowserScript.run("a11y.mjs", APP, "medan.admin", "medan");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("accessibility: OK");
    }

    @Test
    void national_oversight_s_home_counts_the_agencies_of_the_registry_and_the_national_figures() throws Exception {
        int agencies = jdbc.queryForObject("SELECT count(*) FROM platform.tenant", Integer.class);
        // the figures as the fairness report adds them up now: employees mapped and in the pool, by gender
        var genders = SystemActor.callAsPlatform(() -> nationalFairness.report()).groups().stream()
                .filter(g -> g.dimension() == id.meritasn.succession.Fairness.Dimension.GENDER && !g.suppressed())
                .toList();
        int mapped = genders.stream().mapToInt(g -> g.population()).sum();
        int pool = genders.stream().mapToInt(g -> g.pool()).sum();
        assertThat(mapped).as("the demo has published maps").isPositive();
        BrowserScript.Result result = BrowserScript.run(
                "platform-home.mjs",
                APP,
                "bkn.pengawas",
                String.valueOf(agencies),
                String.valueOf(mapped),
                String.valueOf(pool));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("platform home: OK");
    }

    @Test
    void the_talent_committee_sees_the_demo_talent_map_and_a_talent_card() throws Exception {
        BrowserScript.Result result = BrowserScript.run("talent-map.mjs", APP);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("talent map: OK");
    }

    @Test
    void the_assessor_enters_an_input_with_evidence_and_uploads_a_bulk_file_in_the_browser() throws Exception {
        BrowserScript.Result result = BrowserScript.run("assessment-entry.mjs", APP);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("assessment entry: OK");
    }

    @Test
    void jakarta_pusat_s_tier_holder_validates_an_input_and_the_open_map_follows_without_a_reload() throws Exception {
        String agency = "jakarta_pusat";
        // the demo's example employee for tiered validation, whose tier holder the demo's atasan1 account is
        // (DemoEmployeeAccounts); Jakarta Pusat validates in one tier, the unit head's declaration confirms after it
        assertThat(SystemActor.callForAgency(agency, () -> tiers.tiers(agency))).isEqualTo(1);
        String nip = SystemActor.callForAgency(agency, () -> tiers.firstWithHolders(agency, 1));
        assertThat(nip)
                .as("an employee with a tier holder in Jakarta Pusat's demo structure")
                .isNotNull();
        BrowserScript.Result result = BrowserScript.run("tiered-realtime.mjs", APP, nip, agency + ".atasan1");

        assertThat(result.exitCode())
                .as(result.output() + "\ninput now: "
                        + jdbc.queryForList(
                                "SELECT state, tiers_done," + " entered_by FROM t_" + agency
                                        + ".assessment_input WHERE nip = ? AND kind = 'POTENTIAL'",
                                nip)
                        + "\nsteps: "
                        + jdbc.queryForList(
                                "SELECT tier, decision, decided_by FROM t_" + agency
                                        + ".assessment_validation WHERE nip = ?",
                                nip))
                .isZero();
        assertThat(result.output()).contains("tiered realtime: OK");
    }

    @Test
    void a_tenant_admin_breaks_and_fixes_an_axis_sum_and_saves_a_new_rubric_version_in_the_browser() throws Exception {
        BrowserScript.Result result = BrowserScript.run("rubric.mjs", APP);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("rubric editor: OK");
    }

    @Test
    void a_tenant_admin_approves_and_rejects_community_input_in_the_browser() throws Exception {
        String agency = "jakarta_pusat";
        // two submissions from a verified channel, as the agency's PERMATA system would send them
        List<String> ids = SystemActor.callForAgency(agency, () -> {
            long period = assessments.periods(agency).stream()
                    .filter(p -> p.status() == PeriodStatus.OPEN)
                    .findFirst()
                    .orElseThrow()
                    .id();
            List<String> nips = employees.activeNips(agency);
            return List.of(
                            community
                                    .submit(
                                            agency,
                                            period,
                                            nips.get(0),
                                            "3171011501900001",
                                            "Aplikasi PERMATA",
                                            5,
                                            "Pelayanan cepat dan ramah",
                                            "e2e")
                                    .orElseThrow(),
                            community
                                    .submit(
                                            agency,
                                            period,
                                            nips.get(1),
                                            "3171015502910002",
                                            "Loket pelayanan",
                                            1,
                                            "Iklan produk",
                                            "e2e")
                                    .orElseThrow())
                    .stream()
                    .map(s -> String.valueOf(s.id()))
                    .toList();
        });

        BrowserScript.Result result = BrowserScript.run("community.mjs", APP, ids.get(0), ids.get(1));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("community moderation: OK");
    }

    @Test
    void the_succession_flow_runs_from_the_published_map_to_the_appointment_in_the_browser() throws Exception {
        String agency = "palangka_raya";
        record Choice(String position, List<String> nips) {}
        // a vacant target position of the demo (an appointment to a held one waits for the holder to leave) whose
        // pool has eligible candidates on the published period, in rank order
        Choice choice = SystemActor.callForAgency(agency, () -> {
            long period = assessments.periods(agency).stream()
                    .filter(p -> p.status() == PeriodStatus.PUBLISHED)
                    .findFirst()
                    .orElseThrow()
                    .id();
            StringBuilder seen = new StringBuilder();
            for (TargetPosition target : planning.targetPositions(agency, 60)) {
                if (target.caseId() != null || target.incumbent() != null) {
                    continue;
                }
                List<Candidate> pool =
                        succession.preview(agency, target.position().code(), period);
                // the committee settles the manual checks of these in the browser before it names them
                List<String> eligible = pool.stream()
                        .filter(c -> c.eligibility() != Eligibility.Outcome.NOT_MET)
                        .map(Candidate::nip)
                        .limit(3)
                        .toList();
                if (!eligible.isEmpty()) {
                    return new Choice(target.position().code(), eligible);
                }
                seen.append(' ')
                        .append(target.position().code())
                        .append(": ")
                        .append(pool.size())
                        .append(" in the pool;");
            }
            throw new IllegalStateException("No vacant target position of the demo has an eligible candidate:" + seen);
        });
        String nips = String.join(",", choice.nips());

        BrowserScript.Result announced =
                BrowserScript.run("succession.mjs", APP, "announce", agency, choice.position(), nips, "new");
        assertThat(announced.exitCode()).as(announced.output()).isZero();
        assertThat(announced.output()).contains("succession announced: OK");

        // the objection window passes (seven days in Palangka Raya): the announcement is moved into the past
        Matcher opened = Pattern.compile("CASE /suksesi/(\\d+)").matcher(announced.output());
        assertThat(opened.find()).as(announced.output()).isTrue();
        assertThat(jdbc.update(
                        "UPDATE t_" + agency + ".succession_announcement SET announced_on = current_date - 10,"
                                + " objection_deadline = current_date - 3 WHERE status = 'ACTIVE' AND case_id = ?",
                        Long.parseLong(opened.group(1))))
                .isEqualTo(1);
        BrowserScript.Result finalized =
                BrowserScript.run("succession.mjs", APP, "finalize", agency, choice.position(), nips, opened.group(1));
        assertThat(finalized.exitCode()).as(finalized.output()).isZero();
        assertThat(finalized.output()).contains("succession finalized: OK");

        // the appointed employee's record holds the position now
        SystemActor.callForAgency(agency, () -> {
            long positionId = organization.positions(agency, null).stream()
                    .filter(p -> p.code().equals(choice.position()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            assertThat(employees
                            .findAll(agency, List.of(choice.nips().getFirst()))
                            .getFirst()
                            .positionId())
                    .isEqualTo(positionId);
            return null;
        });
    }

    @Test
    void an_employee_sees_their_own_published_result_and_career_roadmap_in_the_browser() throws Exception {
        String agency = "palangka_raya";
        // the demo account is linked to the agency's lowest demo NIP at startup (identity/DemoEmployeeAccounts)
        String nip = SystemActor.callForAgency(
                agency,
                () -> employees.activeNips(agency).stream().sorted().findFirst().orElseThrow());

        BrowserScript.Result result = BrowserScript.run("employee-self.mjs", APP, agency, nip);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("employee self-service: OK");
    }

    @Test
    void an_employee_of_one_agency_moves_to_another_through_consent_release_and_acceptance_in_the_browser()
            throws Exception {
        String from = "kemnaker";
        String to = "medan";
        var employee = SystemActor.callForAgency(
                from,
                () -> employees
                        .findAll(
                                from,
                                List.of(employees.activeNips(from).stream()
                                        .sorted()
                                        .findFirst()
                                        .orElseThrow()))
                        .getFirst());

        BrowserScript.Result result =
                BrowserScript.run("mobility.mjs", APP, from, to, employee.nip(), employee.fullName());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("mobility: OK");
        // the record is in the receiving agency now, and the sending agency keeps it as transferred out
        assertThat(SystemActor.callForAgency(to, () -> employees.findAll(to, List.of(employee.nip()))))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "SELECT status FROM t_" + from + ".employee WHERE nip = ?", String.class, employee.nip()))
                .isEqualTo("TRANSFERRED_OUT");
    }

    @Test
    void provisioning_creates_the_agency_s_keycloak_organization() {
        String key = UniqueKeys.next("kc");

        SystemActor.callAsPlatform(() -> provisioning.provision(command(key, "Pemerintah Kabupaten " + key), "e2e"));

        assertThat(organizationAliases()).contains(key);
    }

    @Test
    void a_failure_after_the_organization_was_created_removes_it_again() {
        String key = UniqueKeys.next("gagal");

        assertThatThrownBy(() -> SystemActor.callAsPlatform(
                        () -> provisioning.provision(command(key, "Pemerintah Kabupaten " + key), "e2e")))
                .hasMessageContaining("Injected failure");

        assertThat(organizationAliases()).doesNotContain(key);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                .isZero();
    }

    @Test
    void the_realm_locks_out_password_guessing_and_ends_idle_sessions() {
        var realm = keycloakAdmin.realm("meritasn").toRepresentation();
        assertThat(realm.isBruteForceProtected()).isTrue();
        assertThat(realm.getFailureFactor()).isEqualTo(5);
        assertThat(realm.isPermanentLockout()).isFalse();
        assertThat(realm.getSsoSessionIdleTimeout()).isEqualTo(1800);
        assertThat(realm.getSsoSessionMaxLifespan()).isEqualTo(36000);
    }

    @Test
    void keycloak_refusing_the_organization_rolls_the_tenant_back() {
        String key = UniqueKeys.next("kcdup");

        // Keycloak refuses a second organization with the name of an existing one: a typed problem of the field
        var outcome =
                SystemActor.callAsPlatform(() -> provisioning.provision(command(key, "Pemerintah Kota Medan"), "e2e"));
        assertThat(outcome).isInstanceOf(id.meritasn.shared.outcome.Outcome.Refused.class);
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("displayName");
            assertThat(p.message()).contains("Keycloak refused", "exists already");
        });

        assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?",
                        Integer.class,
                        "t_" + key))
                .isZero();
    }

    static ProvisionTenantCommand command(String key, String name) {
        return new ProvisionTenantCommand(key, name, TenantKind.KABUPATEN, "Jawa Barat", null, Map.of());
    }

    List<String> organizationAliases() {
        return keycloakAdmin.realm("meritasn").organizations().list(0, 1000).stream()
                .map(OrganizationRepresentation::getAlias)
                .toList();
    }
}
