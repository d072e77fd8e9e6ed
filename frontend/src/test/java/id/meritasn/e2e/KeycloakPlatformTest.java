package id.meritasn.e2e;

import id.meritasn.Application;
import id.meritasn.support.TestDatabase;
import id.meritasn.tenancy.Tenant;
import id.meritasn.tenancy.TenantProvisioningStep;
import org.jooq.DSLContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform with the demo agencies on a fixed port against a real Keycloak (ops/keycloak/meritasn-realm.json):
 * one application context shared by every end-to-end test class (same configuration, so Spring caches it once).
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + KeycloakPlatformTest.APP_PORT, "meritasn.tenancy.seed-demo-agencies=true"})
@Import(KeycloakPlatformTest.LateFailure.class)
abstract class KeycloakPlatformTest {

    static final int APP_PORT = 18080;
    static final String APP = "http://localhost:" + APP_PORT;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        KeycloakTestServer.start();
        TestDatabase.Coordinates db = TestDatabase.get();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("meritasn.identity.issuer-uri", () -> KeycloakTestServer.ISSUER);
        registry.add("meritasn.identity.keycloak-admin.server-url", () -> "http://127.0.0.1:" + KeycloakTestServer.HTTP_PORT);
    }

    /** Fails provisioning of "gagal_" keys after the Keycloak organization step ran. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LateFailure {
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        TenantProvisioningStep failsAfterKeycloak() {
            return (Tenant tenant, DSLContext tenantDsl) -> {
                if (tenant.key().startsWith("gagal_")) {
                    throw new IllegalStateException("Injected failure after the Keycloak organization was created");
                }
            };
        }
    }
}
