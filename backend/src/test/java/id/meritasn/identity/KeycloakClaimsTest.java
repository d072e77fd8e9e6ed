package id.meritasn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.security.AgencyAuthorities;
import id.meritasn.shared.security.AgencySelection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class KeycloakClaimsTest {

    static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .subject("s-1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    static JwtAuthenticationToken caller(Map<String, Object> claims) {
        return (JwtAuthenticationToken) new KeycloakJwtConverter().convert(jwt(claims));
    }

    @Test
    void realm_roles_become_role_authorities_and_organizations_become_agency_authorities() {
        var caller = caller(Map.of(
                "preferred_username",
                "medan.admin",
                "realm_access",
                Map.of("roles", List.of("tenant-admin", "default-roles-meritasn")),
                "organization",
                List.of("medan")));

        assertThat(caller.getName()).isEqualTo("medan.admin");
        assertThat(AgencyAuthorities.roles(caller)).containsExactly("DEFAULT_ROLES_MERITASN", "TENANT_ADMIN");
        assertThat(AgencyAuthorities.memberships(caller)).containsExactly("medan");
    }

    @Test
    void organizations_may_come_as_a_map_keyed_by_alias_or_a_single_string() {
        assertThat(KeycloakClaims.organizations(
                        jwt(Map.of("organization", Map.of("tangerang", Map.of("id", "x"), "medan", Map.of())))))
                .containsExactly("medan", "tangerang");
        assertThat(KeycloakClaims.organizations(jwt(Map.of("organization", "kemnaker"))))
                .containsExactly("kemnaker");
        assertThat(KeycloakClaims.organizations(jwt(Map.of("other", "x")))).isEmpty();
    }

    @Test
    void a_machine_client_is_named_by_its_client_id() {
        var client = caller(Map.of(
                "azp",
                "meritasn-integration-medan",
                "preferred_username",
                "service-account-meritasn-integration-medan"));

        assertThat(client.getName()).isEqualTo("client:meritasn-integration-medan");
    }

    @Test
    void the_only_membership_is_selected_without_a_header() {
        var caller = caller(Map.of("organization", List.of("medan")));

        assertThat(AgencySelector.select(caller, null).agencyKey()).isEqualTo("medan");
        assertThat(AgencySelector.headerIsForeign(caller, null)).isFalse();
    }

    @Test
    void a_member_of_several_agencies_must_choose_with_the_header_and_only_among_them() {
        var caller = caller(Map.of("organization", List.of("medan", "tangerang")));

        AgencySelection none = AgencySelector.select(caller, null);
        assertThat(none.agencyKey()).isNull();
        assertThat(none.problem()).contains("several agencies").contains(AgencySelection.HEADER);
        assertThat(AgencySelector.select(caller, "tangerang").agencyKey()).isEqualTo("tangerang");
        assertThat(AgencySelector.headerIsForeign(caller, "kemnaker")).isTrue();
        assertThat(AgencySelector.select(caller, "kemnaker").agencyKey()).isNull();
    }

    @Test
    void a_caller_without_organizations_acts_for_no_agency() {
        var caller = caller(Map.of("realm_access", Map.of("roles", List.of("platform-admin"))));

        assertThat(AgencySelector.select(caller, null)).isEqualTo(AgencySelection.none());
        assertThat(AgencySelector.headerIsForeign(caller, "medan")).isTrue();
    }
}
