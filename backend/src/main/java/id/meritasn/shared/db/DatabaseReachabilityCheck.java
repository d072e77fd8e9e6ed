package id.meritasn.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Opens one connection as soon as the DataSource exists, before Liquibase or anything else uses it, so that a wrong or
 * unreachable database URL stops startup with one message that names the URL instead of a chain of bean errors.
 */
@Component
class DatabaseReachabilityCheck implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            try (Connection ignored = dataSource.getConnection()) {
                return bean;
            } catch (SQLException | RuntimeException e) {
                throw new DatabaseUnreachableException(urlOf(dataSource), e);
            }
        }
        return bean;
    }

    private static String urlOf(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
            return hikari.getJdbcUrl();
        }
        return dataSource.toString();
    }
}
