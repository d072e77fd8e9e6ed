package id.meritasn.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The UI's session cookie is guarded against CSRF, and endpoints refuse callers their annotations do not admit. */
class UiSessionSecurityIT extends UiIntegrationTest {

    @LocalServerPort
    int port;

    final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    HttpResponse<String> call(String endpoint, String csrfHeader, String csrfToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/connect/" + endpoint))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (csrfToken != null) {
            request.header(csrfHeader, csrfToken);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String meta(String page, String name) {
        Matcher m =
                Pattern.compile("name=\"" + name + "\" content=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("meta " + name + " in the page").isTrue();
        return m.group(1);
    }

    @Test
    void a_call_without_the_csrf_token_is_refused_even_with_the_session_cookie() throws Exception {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String header = meta(page, "_csrf_header");
        String token = meta(page, "_csrf");

        assertThat(call("AgencyDirectoryService/agencies", header, null).statusCode())
                .isIn(401, 403);
        assertThat(call("AgencyDirectoryService/agencies", header, "forged-" + token)
                        .statusCode())
                .isIn(401, 403);
        HttpResponse<String> withToken = call("AgencyDirectoryService/agencies", header, token);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("Pemerintah Kota Medan");
    }

    @Test
    void pages_carry_a_content_security_policy_no_framing_and_a_referrer_policy() throws Exception {
        HttpResponse<String> page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pengumuman/medan"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "object-src 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void endpoints_for_signed_in_users_and_roles_refuse_a_visitor() throws Exception {
        String page = browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String header = meta(page, "_csrf_header");
        String token = meta(page, "_csrf");

        assertThat(call("PlatformService/tenants", header, token).statusCode()).isEqualTo(401);
        assertThat(call("MyAgencyService/myAgency", header, token).statusCode()).isEqualTo(401);
        assertThat(call("UserInfoService/me", header, token).body()).isEqualTo("null");
    }
}
