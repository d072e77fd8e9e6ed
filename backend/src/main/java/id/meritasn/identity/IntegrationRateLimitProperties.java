package id.meritasn.identity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request limits of machine clients (client-credentials tokens of government systems), per client id.
 *
 * @param enabled          limit machine clients at all
 * @param defaultPerMinute requests per minute of a client not listed in {@code clients}
 * @param clients          requests per minute by client id, e.g. {@code meritasn-integration-medan: 600}
 */
@ConfigurationProperties("meritasn.integration.rate-limit")
record IntegrationRateLimitProperties(Boolean enabled, int defaultPerMinute, Map<String, Integer> clients) {

    IntegrationRateLimitProperties {
        enabled = enabled == null || enabled;
        defaultPerMinute = defaultPerMinute > 0 ? defaultPerMinute : 120;
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    int perMinute(String clientId) {
        return clients.getOrDefault(clientId, defaultPerMinute);
    }
}
