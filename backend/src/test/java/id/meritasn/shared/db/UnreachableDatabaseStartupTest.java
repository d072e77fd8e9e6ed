package id.meritasn.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.meritasn.TestApplication;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class UnreachableDatabaseStartupTest {

    @Test
    void startup_with_an_unreachable_database_fails_with_one_message_naming_the_url(CapturedOutput output)
            throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/meritasn";

        assertThatThrownBy(() -> new SpringApplicationBuilder(TestApplication.class)
                        .properties(
                                "spring.datasource.url=" + url,
                                "spring.datasource.username=meritasn",
                                "server.port=0",
                                "meritasn.identity.issuer-uri=http://127.0.0.1:1/realms/x")
                        .run())
                .hasRootCauseInstanceOf(java.net.ConnectException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot connect to PostgreSQL at " + url)
                .contains("remove spring.datasource.url to use the embedded PostgreSQL");
    }
}
