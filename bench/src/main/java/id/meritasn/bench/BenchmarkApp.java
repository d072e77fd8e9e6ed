package id.meritasn.bench;

import id.meritasn.TestApplication;
import id.meritasn.shared.checkpoint.Checkpoints;
import id.meritasn.support.TestDatabase;
import id.meritasn.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** The platform as benchmarks run it: the test database, minted-token identity, no Keycloak, quiet logs, any port. */
public final class BenchmarkApp {

    private BenchmarkApp() {}

    public static ConfigurableApplicationContext start(String... extraArgs) {
        TestDatabase.Coordinates db = TestDatabase.get();
        return startOn(db.url(), db.username(), db.password(), extraArgs);
    }

    /** The same over another database, e.g. a data set of ops/generate. */
    public static ConfigurableApplicationContext startOn(
            String url, String username, String password, String... extraArgs) {
        return builder().run(args(url, username, password, extraArgs));
    }

    /** The same with the benchmark's own checkpoints in place of the platform's (to hold a background worker). */
    public static ConfigurableApplicationContext startOn(
            Checkpoints checkpoints, String url, String username, String password, String... extraArgs) {
        return builder()
                .initializers((GenericApplicationContext context) -> context.registerBean(
                        Checkpoints.class, () -> checkpoints, definition -> definition.setPrimary(true)))
                .run(args(url, username, password, extraArgs));
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(TestApplication.class);
    }

    private static String[] args(String url, String username, String password, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--logging.level.root=WARN",
                "--server.port=0",
                "--meritasn.identity.issuer-uri=" + Tokens.ISSUER,
                "--meritasn.identity.public-key-location=file:" + Tokens.publicKeyPem(),
                "--meritasn.identity.keycloak-admin.enabled=false"));
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }
}
