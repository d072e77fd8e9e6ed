package id.meritasn.shared.graphql;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.HandlerMethod;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Reads run on the request's own thread; only mutations go to the application task executor. On Java 21+ Spring for
 * GraphQL hands every controller method that does not return an async type to that executor (a design for virtual
 * threads); with the platform threads we run, each query field and batch mapping became a hand-over to another
 * thread and back, visible under load on the employees page (two cores, a dozen threads). Reads are short and
 * bounded by the page size; mutations (computing a period, upgrades) keep their own threads.
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreadingConfiguration {

    @Bean
    static BeanPostProcessor readsOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer controllers) {
                    controllers.setBlockingMethodPredicate(ControllerThreadingConfiguration::isMutation);
                }
                return bean;
            }
        };
    }

    static boolean isMutation(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), MutationMapping.class);
    }
}
