package id.meritasn.shared.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorEncoder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.pagination.EncodingCursorStrategy;
import org.springframework.graphql.data.query.ScrollPositionCursorStrategy;

/**
 * Replaces Spring Boot's cursor strategy (same Base64 envelope and K_/O_ prefixes) with the compact keyset form. The
 * declared type is Boot's ({@code EncodingCursorStrategy}): its conditional-on-missing-bean matches on it, and two
 * strategies would leave the pages' {@code ScrollSubrange} arguments without a resolver.
 */
@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

    @Bean
    EncodingCursorStrategy<ScrollPosition> compactCursorStrategy() {
        return CursorStrategy.withEncoder(
                new ScrollPositionCursorStrategy(new CompactKeysetCursorStrategy()), CursorEncoder.base64());
    }
}
