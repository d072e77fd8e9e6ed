package id.meritasn.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.mock.env.MockEnvironment;

class ShardsTest {

    static Shards bind(org.springframework.core.env.Environment environment) {
        ShardConfiguration.RoutingPostProcessor processor = new ShardConfiguration.RoutingPostProcessor();
        processor.setEnvironment(environment);
        Object routing = processor.postProcessAfterInitialization(new SimpleDriverDataSource(), "dataSource");
        return ((ShardConfiguration.Routing) routing).shards();
    }

    @Test
    void shards_come_from_properties_and_from_environment_variables() {
        MockEnvironment properties = new MockEnvironment()
                .withProperty("meritasn.shards.kedua.url", "jdbc:postgresql://db2/meritasn")
                .withProperty("meritasn.shards.kedua.pool-size", "4");
        assertThat(bind(properties).names()).containsExactly("kedua", "primary");

        StandardEnvironment environment = new StandardEnvironment();
        // as the process environment is seen by Spring Boot (the source's name selects its name mapping)
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "MERITASN_SHARDS_KETIGA_URL", "jdbc:postgresql://db3/meritasn",
                                        "MERITASN_SHARDS_KETIGA_POOL_SIZE", "6")));
        Shards shards = bind(environment);
        assertThat(shards.names()).contains("ketiga", "primary");
        assertThat(shards.settings("ketiga").poolSize()).isEqualTo(6);
    }

    @Test
    void an_unknown_shard_is_named_with_the_known_ones() {
        Shards shards = bind(new MockEnvironment().withProperty("meritasn.shards.kedua.url", "jdbc:postgresql://x/y"));

        assertThat(shards.isKnown("primary")).isTrue();
        assertThat(shards.isKnown("ketiga")).isFalse();
        assertThatThrownBy(() -> shards.dataSource("ketiga"))
                .isInstanceOf(UnknownShardException.class)
                .hasMessageContaining("'ketiga'")
                .hasMessageContaining("kedua, primary");
    }

    @Test
    void the_default_shard_cannot_be_configured_and_a_shard_needs_a_url() {
        assertThatThrownBy(() -> bind(new MockEnvironment().withProperty("meritasn.shards.primary.url", "jdbc:x")))
                .hasMessageContaining("main datasource");
        assertThatThrownBy(() -> bind(new MockEnvironment().withProperty("meritasn.shards.kedua.pool-size", "3")))
                .hasMessageContaining("meritasn.shards.kedua.url is required");
    }
}
