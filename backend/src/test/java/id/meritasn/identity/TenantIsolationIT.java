package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.development.DevelopmentPlanService;
import id.meritasn.development.PoolReviewService;
import id.meritasn.document.DocumentRequest;
import id.meritasn.document.DocumentService;
import id.meritasn.inbox.InboxService;
import id.meritasn.notification.NotificationSettingsService;
import id.meritasn.shared.security.AgencySelection;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.AgencyService;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantLifecycleService;
import id.meritasn.tenancy.TenantProvisioningService;
import id.meritasn.tenancy.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A user of agency A tries to read and write agency B by every path that exists, and gets nothing; B's data is the
 * same afterwards. Later features add their paths here.
 */
class TenantIsolationIT extends PlatformIntegrationTest {

    static final String READ_B = "{ myAgency { key displayName policies { name valueJson } } }";
    static final String WRITE = "mutation { setAgencyPolicy(input: {name: \"stolen\", valueJson: \"1\", reason: \"x\"})"
            + " { agency { key } errors { __typename } } }";

    @Autowired
    DocumentService documents;

    @Autowired
    InboxService inboxes;

    @Autowired
    PoolReviewService poolReviews;

    @Autowired
    DevelopmentPlanService plans;

    @Autowired
    NotificationSettingsService notificationSettings;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    TenantLifecycleService lifecycle;

    @Autowired
    AgencyService agencies;

    @Autowired
    id.meritasn.succession.SuccessionService succession;

    @Autowired
    id.meritasn.succession.AppointmentService appointments;

    @Autowired
    id.meritasn.succession.CommitteeService committee;

    @Autowired
    id.meritasn.succession.SuccessionLedger ledger;

    @Autowired
    id.meritasn.succession.SuccessionPlanningService planning;

    @Autowired
    id.meritasn.succession.CareerRoadmapService roadmaps;

    @Autowired
    id.meritasn.assessment.CalibrationMoveService calibrationMoves;

    @Autowired
    id.meritasn.assessment.CalibrationBoardService calibrationBoard;

    @LocalServerPort
    int port;

    String a;
    String b;
    List<Map<String, Object>> bPoliciesBefore;

    @BeforeEach
    void twoAgencies() {
        a = UniqueKeys.next("iso_a");
        b = UniqueKeys.next("iso_b");
        for (String key : List.of(a, b)) {
            SystemActor.callAsPlatform(() -> provisioning.provision(
                    new ProvisionTenantCommand(
                            key, "Instansi " + key, TenantKind.KOTA, "Bali", null, Map.of("secret", key)),
                    "test"));
        }
        bPoliciesBefore = bPolicies();
    }

    @AfterEach
    void bIsUnchanged() {
        assertThat(bPolicies()).isEqualTo(bPoliciesBefore);
    }

    List<Map<String, Object>> bPolicies() {
        return jdbc.queryForList("SELECT name, value::text FROM t_" + b + ".tenant_policy ORDER BY name");
    }

    String adminOf(String... agencies) {
        return Tokens.builder("admin_" + agencies[0], "tenant-admin")
                .claims(Map.of("organization", List.of(agencies)))
                .mint();
    }

    WebTestClient.ResponseSpec post(String token, String header, String query) {
        var request = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .build()
                .post()
                .uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (header != null) {
            request = request.header(AgencySelection.HEADER, header);
        }
        return request.bodyValue(Map.of("query", query)).exchange();
    }

    @Test
    void a_member_of_a_reads_a_and_only_a() {
        post(adminOf(a), null, READ_B)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.myAgency.key")
                .isEqualTo(a)
                .jsonPath("$.data.myAgency.policies[0].valueJson")
                .isEqualTo("\"" + a + "\"");
    }

    @Test
    void naming_b_in_the_agency_header_is_refused_with_403_for_reads_and_writes() {
        post(adminOf(a), b, READ_B)
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("FORBIDDEN");
        post(adminOf(a), b, WRITE).expectStatus().isForbidden();
        // a document of B's data, asked for through A's membership
        post(adminOf(a), b, "mutation { issueDocument(input: {kind: \"EMPLOYEES\"}) { document { code } } }")
                .expectStatus()
                .isForbidden();
        post(adminOf(a), b, "{ inbox { total } }").expectStatus().isForbidden();
        post(adminOf(a), b, "{ talentPoolReview { members } }").expectStatus().isForbidden();
        post(adminOf(a), b, "{ groupDevelopmentPlans { nip } }").expectStatus().isForbidden();
        post(adminOf(a), b, "{ myNotifications { kind } }").expectStatus().isForbidden();
        post(
                        adminOf(a),
                        b,
                        "mutation { proposeDevelopmentPlan(input: {nip: \"199001012015031999\"}) { errors"
                                + " { reason } } }")
                .expectStatus()
                .isForbidden();
    }

    static Stream<String> badTokens() {
        return Stream.of(
                Tokens.builder("x", "tenant-admin")
                        .expiresAt(Instant.now().minusSeconds(120))
                        .mint(),
                Tokens.builder("x", "tenant-admin").signedByAnotherKey().mint(),
                Tokens.builder("x", "tenant-admin")
                        .issuer("https://other.example/realms/meritasn")
                        .mint(),
                Tokens.builder("x", "tenant-admin").audience("other-api").mint());
    }

    @ParameterizedTest
    @MethodSource("badTokens")
    void expired_wrongly_signed_foreign_issuer_and_foreign_audience_tokens_get_nothing(String token) {
        // the tokens claim membership of B: they must still not get in
        String claimingB = token;
        post(claimingB, b, READ_B).expectStatus().isUnauthorized();
        post(claimingB, b, WRITE).expectStatus().isUnauthorized();
    }

    @Test
    void a_token_without_any_organization_acts_for_no_agency() {
        String none = Tokens.forUser("lost", "tenant-admin");

        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + none)
                .build()
                .document(READ_B)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(e.getMessage()).contains("belongs to none");
                }));
        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + none)
                .build()
                .document(WRITE)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
    }

    @Test
    void a_member_of_both_must_choose_and_then_reads_the_chosen_one() {
        String both = adminOf(a, b);

        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + both)
                .build()
                .document(READ_B)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("several agencies")));
        post(both, a, READ_B)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.myAgency.key")
                .isEqualTo(a);
    }

    @Test
    void a_tenant_admin_cannot_reach_b_through_the_platform_operations() {
        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminOf(a))
                .build()
                .document("query($key: ID!) { tenant(key: $key) { key } }")
                .variable("key", b)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminOf(a))
                .build()
                .document("mutation($key: ID!) { suspendTenant(input: {key: $key, reason: \"x\"}) { tenant { key } } }")
                .variable("key", b)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        assertThat(jdbc.queryForObject("SELECT status FROM platform.tenant WHERE key = ?", String.class, b))
                .isEqualTo("active");
    }

    @Test
    void the_service_refuses_b_even_if_a_path_handed_it_b_s_key() {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("admin_a", null, "ROLE_TENANT_ADMIN", "AGENCY_" + a));
        try {
            assertThatThrownBy(() -> agencies.profile(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agencies.setPolicy(b, "stolen", "1", "x", "admin_a"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(agencies.profile(a).key()).isEqualTo(a);
            assertThatThrownBy(() -> documents.issue(
                            b,
                            "EMPLOYEES",
                            new DocumentRequest(null, null, null, null, null, null, null),
                            "id",
                            "admin_a"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> inboxes.inbox(b)).as("the inbox of b").isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> poolReviews.review(b))
                    .as("b's talent pool")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> plans.propose(b, "199001012015031999", "admin_a"))
                    .as("a plan in b")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notificationSettings.sentToMe(b, 10))
                    .as("b's messages")
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> agencies.policyOnPlatformServer("secret", List.of(a, b)))
                    .as("reading a policy across agencies is the platform's own")
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_committee_member_of_a_neither_calibrates_nor_reads_the_calibration_board_of_b() {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        new TestingAuthenticationToken("komite_a", null, "ROLE_TALENT_COMMITTEE", "AGENCY_" + a));
        try {
            assertThatThrownBy(() -> calibrationMoves.propose(
                            b, 1, 1, "198001152005031001", 9, "alasan yang cukup panjang sekali", "komite_a"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calibrationMoves.agree(b, 1, 1, "komite_a"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> calibrationBoard.board(b, 1)).isInstanceOf(AccessDeniedException.class);
            assertThat(calibrationMoves.agree(a, 999999, 1, "komite_a").problems())
                    .extracting(r -> r.rule())
                    .containsExactly("MOVE_NOT_FOUND");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void an_employee_of_b_is_not_found_by_a_and_cannot_be_written_through_a() {
        String nip = "198609262015051001";
        post(
                        adminOf(b),
                        null,
                        "mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"Pegawai B\", golongan: "
                                + "\"III/a\", golonganTmt: \"2020-01-01\"}) { employee { nip } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.createEmployee.employee.nip")
                .isEqualTo(nip);
        bPoliciesBefore = bPolicies();
        String bEmployeesBefore = jdbc.queryForObject(
                "SELECT string_agg(nip || name || golongan, ',') FROM t_" + b + ".employee", String.class);

        post(adminOf(a), null, "{ employee(nip: \"" + nip + "\") { name } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.employee")
                .isEmpty();
        post(adminOf(a), b, "{ employee(nip: \"" + nip + "\") { name } }")
                .expectStatus()
                .isForbidden();
        post(
                        adminOf(a),
                        null,
                        "mutation { updateEmployee(input: {nip: \"" + nip + "\", name: \"Diubah\", golongan: "
                                + "\"IV/e\", golonganTmt: \"2020-01-01\"}) { errors { __typename } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.updateEmployee.errors[0].__typename")
                .isEqualTo("EmployeeNotFound");
        post(
                        adminOf(a),
                        b,
                        "mutation { addHistoryEntry(input: {nip: \"" + nip + "\", kind: AWARD, name: \"x\", "
                                + "date: \"2024-01-01\"}) { errors { __typename } } }")
                .expectStatus()
                .isForbidden();

        assertThat(jdbc.queryForObject(
                        "SELECT string_agg(nip || name || golongan, ',') FROM t_" + b + ".employee", String.class))
                .isEqualTo(bEmployeesBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM t_" + b + ".award", Integer.class))
                .isZero();
    }

    @Autowired
    id.meritasn.mobility.MobilitySearchService mobilitySearch;

    @Autowired
    id.meritasn.mobility.MobilityProfileService mobilityProfiles;

    String employeeOf(String agency, String nip) {
        return Tokens.builder("pegawai_" + nip, "employee")
                .claims(Map.of("organization", List.of(agency), "nip", nip))
                .mint();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void through_mobility_a_reads_only_the_index_entries_b_shared_and_cannot_act_for_b() {
        id.meritasn.mobility.MobilityIndexing.enable(context, true);
        try {
            mobilityPaths();
        } finally {
            id.meritasn.mobility.MobilityIndexing.enable(context, false);
        }
    }

    void mobilityPaths() {
        String shared = "198609262015051001";
        String kept = "198702142012012002";
        post(
                        adminOf(b),
                        null,
                        "mutation { setAgencyPolicy(input: {name: \"mobility.participates\", valueJson: \"true\","
                                + " reason: \"ikut mobilitas\"}) { errors { __typename } } }")
                .expectStatus()
                .isOk();
        for (String nip : List.of(shared, kept)) {
            post(
                            adminOf(b),
                            null,
                            "mutation { createEmployee(input: {nip: \"" + nip + "\", name: \"Pegawai "
                                    + nip.substring(14)
                                    + "\", golongan: \"III/a\", golonganTmt: \"2020-01-01\"}) { employee { nip } } }")
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.data.createEmployee.employee.nip")
                    .isEqualTo(nip);
            post(
                            adminOf(b),
                            null,
                            "mutation { addHistoryEntry(input: {nip: \"" + nip + "\", kind: AWARD, name: \"Rahasia B\","
                                    + " date: \"2024-01-01\"}) { errors { __typename } } }")
                    .expectStatus()
                    .isOk();
        }
        post(
                        employeeOf(b, shared),
                        null,
                        "mutation { setMobilityConsent(input: {consent: true}) { profile { consented } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.setMobilityConsent.profile.consented")
                .isEqualTo(true);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM platform.mobility_index WHERE agency = ?", Integer.class, b)
                        == 1);
        bPoliciesBefore = bPolicies();
        String bBefore = jdbc.queryForObject(
                        "SELECT string_agg(nip || name || golongan || status, ',' ORDER BY nip) FROM t_" + b
                                + ".employee",
                        String.class)
                + jdbc.queryForObject("SELECT count(*) FROM t_" + b + ".mobility_consent_log", Integer.class);

        // A finds what B shared, and only that: the non-consenting employee is not there, by any filter
        String search = "{ talentIndex(first: 10, filter: {agencies: [\"" + b
                + "\"]%s}) { edges { node { entry { nip name agency } } } } }";
        post(adminOf(a), null, search.formatted(""))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.talentIndex.edges.length()")
                .isEqualTo(1)
                .jsonPath("$.data.talentIndex.edges[0].node.entry.nip")
                .isEqualTo(shared);
        post(adminOf(a), null, search.formatted(", text: \"" + kept.substring(14) + "\""))
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.talentIndex.edges.length()")
                .isEqualTo(0);
        // a history B keeps is not a field of the index at all
        post(adminOf(a), null, "{ talentIndex(first: 1) { edges { node { entry { awards { name } } } } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.errors[0].extensions.classification")
                .isEqualTo("ValidationError");
        // B's employees are not A's: no consent, no request about one B did not share
        post(
                        employeeOf(a, shared),
                        null,
                        "mutation { setMobilityConsent(input: {consent: false}) { errors { ... on MobilityRefusal { code } } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.setMobilityConsent.errors[0].code")
                .isEqualTo("NO_OWN_RECORD");
        post(adminOf(a), null, "mutation { saveUnit(input: {code: \"U\", name: \"U\"}) { unit { code } } }")
                .expectStatus()
                .isOk();
        post(
                        adminOf(a),
                        null,
                        "mutation { savePosition(input: {code: \"P\", name: \"P\", level: \"PELAKSANA\", unitCode: \"U\"}) "
                                + "{ position { code } } }")
                .expectStatus()
                .isOk();
        post(
                        adminOf(a),
                        null,
                        "mutation { requestMobility(input: {fromAgency: \"" + b + "\", nip: \"" + kept + "\", "
                                + "targetPositionCode: \"P\"}) { errors { ... on FieldInvalid { message } } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.requestMobility.errors[0].message")
                .value(m -> assertThat((String) m).contains("not in the national talent index"));
        String requestId = post(
                        adminOf(a),
                        null,
                        "mutation { requestMobility(input: {fromAgency: \"" + b + "\", nip: \"" + shared
                                + "\", targetPositionCode: \"P\"}) { request { id } } }")
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .toString()
                .replaceAll(".*id=([0-9a-f-]{36}).*", "$1");
        // A's PPK cannot release for B, nor A's admin decide B's employee's answer
        String ppkA = Tokens.builder("ppk_a", "ppk")
                .claims(Map.of("organization", List.of(a)))
                .mint();
        post(
                        ppkA,
                        null,
                        "mutation { releaseForMobility(input: {requestId: \"" + requestId + "\", approve: true}) "
                                + "{ errors { ... on MobilityRefusal { code } } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.releaseForMobility.errors[0].code")
                .isEqualTo("NOT_FOUND");
        post(adminOf(a), b, "{ mobilityRequests { edges { node { id } } } }")
                .expectStatus()
                .isForbidden();

        // the services refuse B's key from a member of A, whatever path handed it over
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(
                        "admin_a", null, "ROLE_TENANT_ADMIN", "ROLE_EMPLOYEE", "AGENCY_" + a));
        try {
            assertThatThrownBy(() -> mobilitySearch.search(
                            b, id.meritasn.mobility.MobilityRecords.SearchFilter.none(), null, null, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> mobilityProfiles.giveConsent(b, "admin_a"))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(jdbc.queryForObject(
                                "SELECT string_agg(nip || name || golongan || status, ',' ORDER BY nip) FROM t_" + b
                                        + ".employee",
                                String.class)
                        + jdbc.queryForObject("SELECT count(*) FROM t_" + b + ".mobility_consent_log", Integer.class))
                .isEqualTo(bBefore);
    }

    @Test
    void a_suspended_agency_cannot_be_read_or_written_even_by_its_own_admin() {
        SystemActor.callAsPlatform(() -> lifecycle.changeStatus(b, TenantStatus.SUSPENDED, "audit", "test"));

        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminOf(b))
                .build()
                .document(WRITE)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
                    assertThat(e.getMessage()).contains("suspended");
                }));
        graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + adminOf(b))
                .build()
                .document(READ_B)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("suspended")));
    }

    String committeeOf(String agency) {
        return Tokens.builder("komite_" + agency, "talent-committee")
                .claims(Map.of("organization", List.of(agency)))
                .mint();
    }

    @Test
    void succession_records_of_b_are_neither_read_nor_written_through_a() {
        String session = "mutation { createCommitteeSession(input: {title: \"Sidang B\", heldOn: \"2026-12-01\","
                + " members: [{username: \"komite_%s\", name: \"Ketua\", role: CHAIR}]}) { session { id } } }";
        String bSession = post(committeeOf(b), null, session.formatted(b))
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody()
                .replaceAll(".*\"id\":\"(\\d+)\".*", "$1");
        String bLedger = jdbc.queryForObject(
                "SELECT string_agg(hash, ',' ORDER BY id) FROM t_" + b + ".succession_ledger", String.class);
        String bSessions = jdbc.queryForObject(
                "SELECT string_agg(id || title || coalesce(minutes, ''), ',') FROM t_" + b + ".committee_session",
                String.class);

        // A's committee sees none of B's sessions and cannot write minutes into B's session by its id
        post(
                        committeeOf(a),
                        null,
                        "{ committeeSessions { id } successionCases { id } verifySuccessionLedger { entries } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.committeeSessions")
                .isEmpty()
                .jsonPath("$.data.successionCases")
                .isEmpty()
                .jsonPath("$.data.verifySuccessionLedger.entries")
                .isEqualTo(0);
        post(
                        committeeOf(a),
                        null,
                        "mutation { recordMinutes(input: {sessionId: " + bSession + ", minutes: \"disusupkan\"})"
                                + " { errors { __typename } } }")
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.data.recordMinutes.errors[0].__typename")
                .isEqualTo("SuccessionNotFound");
        post(committeeOf(a), b, "{ committeeSessions { id } }").expectStatus().isForbidden();
        post(
                        committeeOf(a),
                        b,
                        "mutation { recordMinutes(input: {sessionId: " + bSession + ", minutes: \"x\"}) { errors"
                                + " { __typename } } }")
                .expectStatus()
                .isForbidden();

        // the services refuse B to A's caller whatever path handed them B's key
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(
                        "komite_a", null, "ROLE_TALENT_COMMITTEE", "ROLE_TENANT_ADMIN", "ROLE_PPK", "AGENCY_" + a));
        try {
            assertThatThrownBy(() -> committee.sessions(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> committee.recordMinutes(b, Long.parseLong(bSession), "x", "komite_a"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> succession.cases(b, null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> appointments.finalizeAppointment(b, 1, null, "komite_a"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> ledger.verify(b)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> planning.targetPositions(b, 12)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> roadmaps.roadmap(b, "198609262015051001"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(committee.sessions(a)).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT string_agg(hash, ',' ORDER BY id) FROM t_" + b + ".succession_ledger", String.class))
                .isEqualTo(bLedger);
        assertThat(jdbc.queryForObject(
                        "SELECT string_agg(id || title || coalesce(minutes, ''), ',') FROM t_" + b
                                + ".committee_session",
                        String.class))
                .isEqualTo(bSessions);
    }
}
