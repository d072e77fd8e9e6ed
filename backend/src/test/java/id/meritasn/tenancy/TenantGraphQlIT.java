package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.support.PlatformIntegrationTest;
import id.meritasn.support.Tokens;
import id.meritasn.support.UniqueKeys;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

class TenantGraphQlIT extends PlatformIntegrationTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    JdbcTemplate jdbc;

    HttpGraphQlTester as(String user, String... roles) {
        return graphQl.mutate()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + Tokens.forUser(user, roles))
                .build();
    }

    HttpGraphQlTester admin() {
        return as("platform_admin", "platform-admin");
    }

    static final String PROVISION = """
            mutation($input: ProvisionTenantInput!) {
              provisionTenant(input: $input) {
                tenant { key displayName kind region status schemaVersion shardId createdAt }
                errors {
                  __typename
                  ... on UserError { message }
                  ... on TenantKeyInvalid { key rule }
                  ... on FieldInvalid { field }
                }
              }
            }""";

    @Test
    void a_platform_admin_provisions_an_agency_and_finds_it_in_the_list() {
        String key = UniqueKeys.next("gql");

        admin().document(PROVISION)
                .variable(
                        "input",
                        java.util.Map.of(
                                "key",
                                key,
                                "displayName",
                                "Pemerintah Provinsi Uji",
                                "kind",
                                "PROVINSI",
                                "region",
                                "Bali",
                                "policyJson",
                                "{\"succession.slateSize\": 4}"))
                .execute()
                .path("provisionTenant.errors")
                .entityList(Object.class)
                .hasSize(0)
                .path("provisionTenant.tenant.key")
                .entity(String.class)
                .isEqualTo(key)
                .path("provisionTenant.tenant.kind")
                .entity(String.class)
                .isEqualTo("PROVINSI")
                .path("provisionTenant.tenant.status")
                .entity(String.class)
                .isEqualTo("ACTIVE");

        admin().document("query($key: ID!) { tenant(key: $key) { key displayName region } }")
                .variable("key", key)
                .execute()
                .path("tenant.displayName")
                .entity(String.class)
                .isEqualTo("Pemerintah Provinsi Uji");
    }

    @Test
    void bad_input_comes_back_as_typed_errors_naming_the_rule_and_the_field() {
        admin().document(PROVISION)
                .variable(
                        "input",
                        java.util.Map.of(
                                "key",
                                "9X",
                                "displayName",
                                "Uji",
                                "kind",
                                "KOTA",
                                "region",
                                "Bali",
                                "policyJson",
                                "[1,2"))
                .execute()
                .path("provisionTenant.tenant")
                .valueIsNull()
                .path("provisionTenant.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("FieldInvalid")
                .path("provisionTenant.errors[0].field")
                .entity(String.class)
                .isEqualTo("policyJson");

        admin().document(PROVISION)
                .variable(
                        "input", java.util.Map.of("key", "9X", "displayName", "Uji", "kind", "KOTA", "region", "Bali"))
                .execute()
                .path("provisionTenant.errors[*].rule")
                .entityList(String.class)
                .containsExactly("LENGTH", "CHARACTERS", "FIRST_CHARACTER")
                .path("provisionTenant.errors[0].message")
                .entity(String.class)
                .satisfies(m -> assertThat(m).contains("'9X'").contains("3 to 40 characters"));
    }

    @Test
    void tenants_are_a_keyset_paginated_relay_connection() {
        for (int i = 0; i < 3; i++) {
            admin().document(PROVISION)
                    .variable(
                            "input",
                            java.util.Map.of(
                                    "key",
                                    UniqueKeys.next("page"),
                                    "displayName",
                                    "Uji " + i,
                                    "kind",
                                    "KOTA",
                                    "region",
                                    "Bali"))
                    .execute();
        }
        String page = "query($after: String) { tenants(first: 2, after: $after) { edges { cursor node { key } } "
                + "pageInfo { hasNextPage endCursor } } }";

        var first = admin().document(page).execute();
        List<String> firstKeys = first.path("tenants.edges[*].node.key")
                .entityList(String.class)
                .hasSize(2)
                .get();
        String cursor =
                first.path("tenants.pageInfo.endCursor").entity(String.class).get();
        first.path("tenants.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);

        List<String> secondKeys = admin().document(page)
                .variable("after", cursor)
                .execute()
                .path("tenants.edges[*].node.key")
                .entityList(String.class)
                .get();

        assertThat(secondKeys).isNotEmpty().doesNotContainAnyElementsOf(firstKeys);
        assertThat(secondKeys.getFirst()).isGreaterThan(firstKeys.getLast());
        List<String> all = jdbc.queryForList("SELECT key FROM platform.tenant ORDER BY key", String.class);
        assertThat(firstKeys).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(secondKeys).containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
    }

    @Test
    void suspend_and_resume_through_the_api_with_a_reason() {
        String key = UniqueKeys.next("sus");
        admin().document(PROVISION)
                .variable("input", java.util.Map.of("key", key, "displayName", "Uji", "kind", "KOTA", "region", "Bali"))
                .execute();
        String suspend = "mutation($key: ID!, $reason: String!) { suspendTenant(input: {key: $key, reason: $reason}) "
                + "{ tenant { status } errors { __typename ... on UserError { message } } } }";

        admin().document(suspend)
                .variable("key", key)
                .variable("reason", "pemeriksaan")
                .execute()
                .path("suspendTenant.tenant.status")
                .entity(String.class)
                .isEqualTo("SUSPENDED");
        admin().document(suspend)
                .variable("key", key)
                .variable("reason", "lagi")
                .execute()
                .path("suspendTenant.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("TenantStatusUnchanged");
        admin().document(suspend)
                .variable("key", "tidak_ada")
                .variable("reason", "x")
                .execute()
                .path("suspendTenant.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("TenantNotFound");
        admin().document(suspend)
                .variable("key", key)
                .variable("reason", " ")
                .execute()
                .path("suspendTenant.errors[0].__typename")
                .entity(String.class)
                .isEqualTo("FieldInvalid");
        admin().document(
                        "mutation($key: ID!) { resumeTenant(input: {key: $key, reason: \"selesai\"}) { tenant { status } } }")
                .variable("key", key)
                .execute()
                .path("resumeTenant.tenant.status")
                .entity(String.class)
                .isEqualTo("ACTIVE");
    }

    @Test
    void national_oversight_reads_agencies_but_may_not_change_them() {
        String key = UniqueKeys.next("ovs");
        admin().document(PROVISION)
                .variable("input", java.util.Map.of("key", key, "displayName", "Uji", "kind", "KOTA", "region", "Bali"))
                .execute();
        HttpGraphQlTester bkn = as("pengawas_bkn", "national-oversight");

        bkn.document("query($key: ID!) { tenant(key: $key) { key } }")
                .variable("key", key)
                .execute()
                .path("tenant.key")
                .entity(String.class)
                .isEqualTo(key);
        bkn.document("mutation($key: ID!) { suspendTenant(input: {key: $key, reason: \"x\"}) { tenant { status } } }")
                .variable("key", key)
                .execute()
                .errors()
                .satisfy(errors -> assertThat(errors)
                        .singleElement()
                        .satisfies(e -> assertThat(e.getErrorType()).isEqualTo(ErrorType.FORBIDDEN)));
        assertThat(jdbc.queryForObject("SELECT status FROM platform.tenant WHERE key = ?", String.class, key))
                .isEqualTo("active");
    }

    @Test
    void the_api_version_answers_any_authenticated_caller() {
        as("pegawai", "employee")
                .document("{ apiVersion }")
                .execute()
                .path("apiVersion")
                .entity(String.class)
                .isEqualTo("2026-11");
    }
}
