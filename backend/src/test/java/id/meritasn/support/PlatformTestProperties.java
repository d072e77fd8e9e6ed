package id.meritasn.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's application at the test PostgreSQL and makes it accept the tokens {@link Tokens} mints. */
public final class PlatformTestProperties {

    private PlatformTestProperties() {}

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, TestDatabase.get());
    }

    /** The same on a PostgreSQL of the test's own. */
    public static void register(DynamicPropertyRegistry registry, TestDatabase.Coordinates db) {
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        registry.add("meritasn.identity.issuer-uri", () -> Tokens.ISSUER);
        registry.add("meritasn.identity.public-key-location", () -> "file:" + Tokens.publicKeyPem());
        // No Keycloak here: the end-to-end tests (frontend module) run against a real one.
        registry.add("meritasn.identity.keycloak-admin.enabled", () -> "false");
        // small chunks, so a demo agency's full recompute runs several chunk transactions in parallel in every test
        registry.add("meritasn.assessment.compute-chunk", () -> "3");
        // The mobility indexer's passes are held by the tests' checkpoints (PlatformIntegrationTest) until a test opens
        // them (MobilityIndexing); then every 200 ms (1 s by default), and a rebuild of two entries already commits in
        // chunks, the path of a published period.
        registry.add("meritasn.mobility.indexer-interval", () -> "200");
        registry.add("meritasn.mobility.commit-chunk", () -> "1");
        // One machine client with a small limit, for IntegrationRateLimitIT; every other client has the default.
        registry.add("meritasn.integration.rate-limit.clients.test-limited-client", () -> "3");
    }
}
