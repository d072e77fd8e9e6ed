package id.meritasn.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    ApplicationContextRunner platform() {
        return new ApplicationContextRunner()
                .withUserConfiguration(EmbeddedDatabaseConfiguration.class)
                .withPropertyValues("meritasn.db.embedded.data-dir=" + dataDir, "meritasn.db.embedded.port=0");
    }

    @Test
    void without_a_configured_url_a_real_postgresql_17_starts_and_its_data_survives_a_restart() {
        platform().run(context -> {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
            assertThat(jdbc.queryForObject("SELECT current_database()", String.class))
                    .isEqualTo("meritasn");
            jdbc.execute("CREATE TABLE survives (note text)");
            jdbc.update("INSERT INTO survives VALUES ('masih ada')");
        });

        platform().run(context -> {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            assertThat(jdbc.queryForObject("SELECT note FROM survives", String.class))
                    .isEqualTo("masih ada");
        });
        assertThat(dataDir.resolve("PG_VERSION")).content().startsWith("17");
    }

    @Test
    void the_embedded_server_is_durable_so_an_acknowledged_commit_survives_a_crash() {
        platform().run(context -> {
            JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
            for (String setting : EmbeddedDatabaseConfiguration.DURABLE.keySet()) {
                assertThat(jdbc.queryForObject("SHOW " + setting, String.class))
                        .as(setting)
                        .isEqualTo("on");
            }
        });
    }

    @Test
    void with_a_configured_url_nothing_is_started() {
        platform()
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/meritasn")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).doesNotHaveBean(DataSource.class);
                });
    }
}
