package id.meritasn.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token that cannot be verified because the issuer cannot be reached (Keycloak down while the platform needs its
 * keys: first start, or a key it has not seen) is an outage, not a server error: the bearer-token filter rethrows it
 * (as an AuthenticationServiceException, or the lazy decoder's initialisation failure), and this answers 503 with Retry-After and the API's UNAVAILABLE classification, as for a database outage.
 */
class IdentityOutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 5;
    static final String BODY = "{\"errors\":[{\"message\":\"The identity provider (Keycloak) cannot be reached, so the"
            + " token cannot be verified now. Retry after " + RETRY_AFTER_SECONDS + " seconds.\",\"extensions\":"
            + "{\"classification\":\"UNAVAILABLE\",\"retryAfterSeconds\":" + RETRY_AFTER_SECONDS + "}}]}";

    private static final Logger log = LoggerFactory.getLogger(IdentityOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException | JwtDecoderInitializationException unavailable) {
            if (response.isCommitted()) {
                throw unavailable;
            }
            log.warn("Token not verified, the identity provider is unavailable: {}", unavailable.getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write(BODY);
        }
    }
}
