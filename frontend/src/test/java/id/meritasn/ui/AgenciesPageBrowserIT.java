package id.meritasn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production UI bundle in a real Chromium: the platform page lists the demo agencies, in Indonesian or English. */
class AgenciesPageBrowserIT extends UiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_agencies_page_lists_the_demo_agencies_in_bahasa_indonesia_and_switches_to_english() throws Exception {
        // other tests in this JVM may have provisioned more agencies on the shared database
        int active = jdbc.queryForObject("SELECT count(*) FROM platform.tenant WHERE status = 'active'", Integer.class);

        BrowserScript.Result result =
                BrowserScript.run("agencies-page.mjs", "http://localhost:" + port, String.valueOf(active));

        assertThat(result.output()).contains("agencies page: OK");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }
}
