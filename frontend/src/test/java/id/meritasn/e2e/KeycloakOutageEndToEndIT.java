package id.meritasn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.SystemActor;
import id.meritasn.support.UniqueKeys;
import id.meritasn.tenancy.DemoSeed;
import id.meritasn.tenancy.ProvisionTenantCommand;
import id.meritasn.tenancy.TenantKind;
import id.meritasn.tenancy.TenantProvisioningService;
import id.meritasn.ui.BrowserScript;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ops/faults case 3, in the suite: Keycloak stopped. Tokens already issued keep working (the issuer's keys are
 * cached), signing in shows a page that says Keycloak is unavailable, what needs Keycloak is refused with a typed
 * reason (never an internal error), and everything works again by itself once Keycloak is back.
 */
class KeycloakOutageEndToEndIT extends KeycloakPlatformTest {

    @Autowired
    TenantProvisioningService provisioning;

    @Autowired
    Keycloak keycloakAdmin;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<DemoSeed> demoSeeds;

    @Test
    void with_keycloak_stopped_issued_tokens_work_sign_in_says_why_and_service_resumes_when_it_returns()
            throws Exception {
        String issued = clientToken("meritasn-integration-medan", "medan-integration-local-secret");
        assertThat(graphql(issued, null, "{ myAgency { key } }").body()).contains("\"medan\"");

        KeycloakTestServer.stop();
        try {
            var during = graphql(issued, null, "{ myAgency { key } employees(first: 1) { edges { node { nip } } } }");
            assertThat(during.statusCode()).isEqualTo(200);
            assertThat(during.body()).contains("\"medan\"").doesNotContain("errors");

            String key = UniqueKeys.next("kcdown");
            // provisioning needs Keycloak's organization: a typed refusal saying why, nothing written
            var outcome = SystemActor.callAsPlatform(() -> provisioning.provision(
                    new ProvisionTenantCommand(key, "Instansi " + key, TenantKind.KOTA, "Bali", null, Map.of()),
                    "e2e"));
            assertThat(outcome).isInstanceOf(Outcome.Refused.class);
            assertThat(outcome.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("could not be reached"));
            assertThat(jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE key = ?", Integer.class, key))
                    .isZero();

            BrowserScript.Result page = BrowserScript.run("login-unavailable.mjs", APP);
            assertThat(page.exitCode()).as(page.output()).isZero();
            assertThat(page.output()).contains("sign-in unavailable page: OK");
        } finally {
            KeycloakTestServer.start();
            keycloakAdmin.tokenManager().grantToken(); // the restarted Keycloak does not know the old session
            // the restarted Keycloak imported the realm afresh: the demo employee accounts lost their NIP link, which
            // the platform makes at startup; make it again for the tests that run after this one
            demoSeeds.stream()
                    .filter(r -> AopUtils.getTargetClass(r).getSimpleName().equals("DemoEmployeeAccounts"))
                    .forEach(DemoSeed::seed);
        }

        // a new Keycloak (fresh keys): new tokens verify once the platform fetched the new key set by itself
        String fresh = clientToken("meritasn-integration-medan", "medan-integration-local-secret");
        assertThat(graphql(fresh, null, "{ myAgency { key } }").body()).contains("\"medan\"");
        BrowserScript.Result login = BrowserScript.run(
                "login.mjs", APP, "medan.admin", "Pemerintah Kota Medan", "Pemerintah Kota Tangerang");
        assertThat(login.exitCode()).as(login.output()).isZero();
    }
}
