package id.meritasn.shared.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller method's {@code String} argument that is the key of the agency the request acts for: the token's
 * only membership, or the one named by the {@code X-MeritASN-Agency} header. A request without one is refused with
 * how to choose ({@link id.meritasn.shared.security.AgencySelection#require()}). Operations where the agency is
 * optional (national readers) take the {@code AgencySelection} itself.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface CurrentAgency {}
