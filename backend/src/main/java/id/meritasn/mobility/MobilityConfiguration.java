package id.meritasn.mobility;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The indexer runs on Spring's scheduler (see MobilityIndexer.tick). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MobilityProperties.class)
class MobilityConfiguration {}
