package id.meritasn.shared.db;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Makes the platform's {@code dataSource} (embedded, or Spring Boot's from {@code spring.datasource.*}) the default
 * shard of a routing DataSource: transactions begin without a connection and fetch it, on first use, from the pool of
 * the shard {@link ShardRouting} says. Everything built on the DataSource (jOOQ, the transaction manager, Liquibase
 * for the platform schema) keeps working unchanged; without a bound shard it is the default server.
 */
@Configuration(proxyBeanMethods = false)
class ShardConfiguration {

    @Bean
    static BeanPostProcessor shardRoutingDataSourcePostProcessor() {
        return new RoutingPostProcessor();
    }

    @Bean
    Shards shards(DataSource dataSource) throws SQLException {
        return dataSource.unwrap(ShardRoutingDataSource.class).shards();
    }

    @Bean
    ShardTransactions shardTransactions(org.springframework.transaction.PlatformTransactionManager transactionManager) {
        return new ShardTransactions(transactionManager);
    }

    static final class RoutingPostProcessor implements BeanPostProcessor, EnvironmentAware {

        private @Nullable Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!"dataSource".equals(beanName) || !(bean instanceof DataSource target) || bean instanceof Routing) {
                return bean;
            }
            Map<String, ShardSettings> settings = Binder.get(
                            Objects.requireNonNull(environment, "set by Spring before post-processing"))
                    .bind("meritasn.shards", Bindable.mapOf(String.class, ShardSettings.class))
                    .orElse(Map.of());
            return new Routing(new Shards(target, settings));
        }
    }

    /** The DataSource bean: lazy connections over the routing DataSource; closing it closes every pool. */
    static final class Routing extends LazyConnectionDataSourceProxy implements AutoCloseable {

        private final Shards shards;

        Routing(Shards shards) {
            super(new ShardRoutingDataSource(shards));
            this.shards = shards;
        }

        Shards shards() {
            return shards;
        }

        @Override
        public void close() throws Exception {
            shards.close();
        }
    }
}
