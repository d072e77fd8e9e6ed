package id.meritasn.tenancy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TenancyProperties.class)
class TenancyConfiguration {

    @Bean
    TenantSchemaMigrator tenantSchemaMigrator(TenancyProperties properties) {
        ClassLoader classLoader = TenancyConfiguration.class.getClassLoader();
        return new TenantSchemaMigrator(TenantChangelog.load(properties.changelog(), classLoader), classLoader);
    }
}
