package id.meritasn.identity;

import id.meritasn.shared.security.AgencySelection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A valid token with an agency header naming an agency the caller does not belong to is refused outright (HTTP 403)
 * before any GraphQL runs: a spoofed header must not even reach a resolver.
 */
class ForeignAgencyHeaderFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        String header = request.getHeader(AgencySelection.HEADER);
        if (caller != null && caller.isAuthenticated() && AgencySelector.headerIsForeign(caller, header)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter()
                    .write("{\"errors\":[{\"message\":\"You are not a member of the agency named in the "
                            + AgencySelection.HEADER
                            + " header.\",\"extensions\":{\"classification\":\"FORBIDDEN\"}}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
