package id.meritasn.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before the browser is sent to Keycloak to sign in, checks that Keycloak answers; when it does not, the person gets
 * a page that says so (503, in Bahasa Indonesia and English, retrying by itself) instead of the browser's own error
 * page for an unreachable address. Signed-in sessions are not affected: they do not need Keycloak until they end.
 * The answer is remembered for a few seconds, so a crowd at the login page asks Keycloak once.
 */
public class LoginOutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 15;
    private static final long REMEMBER_NANOS = Duration.ofSeconds(5).toNanos();
    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="id"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%1$d">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Layanan masuk tidak tersedia - MeritASN</title></head>
            <body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">
            <main id="login-unavailable"><h1>Layanan masuk sedang tidak tersedia</h1>
            <p>Penyedia identitas (Keycloak) tidak dapat dihubungi, sehingga Anda belum dapat masuk. Tidak ada data yang
            hilang. Halaman ini mencoba lagi dengan sendirinya setiap %1$d detik.</p>
            <p lang="en">Sign-in is unavailable: the identity provider (Keycloak) cannot be reached. No data is lost. This
            page retries by itself every %1$d seconds.</p>
            <p><a href="/">Coba lagi sekarang / Try again now</a></p></main></body></html>
            """.formatted(RETRY_AFTER_SECONDS);

    private final URI discovery;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long checkedAt = System.nanoTime() - REMEMBER_NANOS;
    private volatile boolean available = true;

    public LoginOutageFilter(String issuerUri) {
        this.discovery = URI.create(issuerUri + "/.well-known/openid-configuration");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keycloakAnswers()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getWriter().write(PAGE);
    }

    private boolean keycloakAnswers() {
        if (System.nanoTime() - checkedAt < REMEMBER_NANOS) {
            return available;
        }
        boolean answers;
        try {
            answers = http.send(
                                    HttpRequest.newBuilder(discovery)
                                            .timeout(Duration.ofSeconds(2))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException unreachable) {
            answers = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answers = false;
        }
        available = answers;
        checkedAt = System.nanoTime();
        return answers;
    }
}
