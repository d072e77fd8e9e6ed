package id.meritasn.national;

import id.meritasn.TestApplication;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ops/generate small|agency|national}: generates a scale into its own database ({@link ScaleDatabase}), or
 * continues an interrupted run. Seed: {@code -Dmeritasn.generate.seed} (default 2026).
 */
public final class GenerateMain {

    private GenerateMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ops/generate small|agency|national");
        }
        Scale scale = Scale.valueOf(args[0].toUpperCase(Locale.ROOT));
        long seed = Long.getLong("meritasn.generate.seed", 2026);
        ScaleDatabase.Coordinates db = ScaleDatabase.start(scale);
        try (ConfigurableApplicationContext context = start(db)) {
            List<AgencyPlan> plan = scale.plan(seed, "");
            NationalGenerator.Run run = new NationalGenerator(
                            context, Runtime.getRuntime().availableProcessors(), true)
                    .generate(plan, scale.key());
            System.out.printf(
                    "Scale %s (seed %d): %d agencies (%d were already complete), %,d employees, took %d s%n",
                    scale.key(),
                    seed,
                    run.agencies(),
                    run.skipped(),
                    run.employees(),
                    run.took().toSeconds());
        }
        System.exit(0);
    }

    /** The platform without a web server, Keycloak or the mobility indexer, over the scale's database. */
    static ConfigurableApplicationContext start(ScaleDatabase.Coordinates db) {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--logging.level.root=WARN",
                        "--meritasn.identity.issuer-uri=http://127.0.0.1:1/unused",
                        "--meritasn.identity.keycloak-admin.enabled=false",
                        "--meritasn.mobility.indexer-enabled=false");
    }
}
