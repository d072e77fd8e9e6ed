package id.meritasn.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds each machine client (a client-credentials token: Keycloak's service account, {@code azp} = client id) to its
 * request limit. Over the limit the request is refused with HTTP 429, a Retry-After header and a GraphQL-shaped error
 * that names the client, the limit and when to retry; people signed in through the UI or with their own tokens are not
 * limited here.
 */
class IntegrationRateLimitFilter extends OncePerRequestFilter {

    private final ClientRateLimiter limiter;

    IntegrationRateLimitFilter(ClientRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = machineClient(SecurityContextHolder.getContext().getAuthentication());
        if (client == null || !limiter.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        ClientRateLimiter.Decision decision = limiter.tryAcquire(client);
        response.setHeader("X-RateLimit-Limit", decision.limitPerMinute() + ";w=60");
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter()
                .write("{\"errors\":[{\"message\":\"Rate limit exceeded for client '" + client
                        + "': at most " + decision.limitPerMinute() + " requests per minute. Retry after "
                        + decision.retryAfterSeconds()
                        + " s.\",\"extensions\":{\"classification\":\"TOO_MANY_REQUESTS\","
                        + "\"client\":\"" + client + "\",\"limitPerMinute\":" + decision.limitPerMinute()
                        + ",\"retryAfterSeconds\":" + decision.retryAfterSeconds() + "}}]}");
    }

    /** The client id of a client-credentials token, or null for a person's token. */
    static @Nullable String machineClient(@Nullable Authentication caller) {
        if (!(caller instanceof JwtAuthenticationToken jwt)) {
            return null;
        }
        String username = jwt.getToken().getClaimAsString("preferred_username");
        String azp = jwt.getToken().getClaimAsString("azp");
        boolean serviceAccount = username == null || username.startsWith("service-account-");
        return serviceAccount && azp != null && azp.matches("[A-Za-z0-9._-]{1,100}") ? azp : null;
    }
}
