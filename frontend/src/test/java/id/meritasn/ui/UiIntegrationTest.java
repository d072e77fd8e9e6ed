package id.meritasn.ui;

import id.meritasn.Application;
import id.meritasn.support.PlatformTestProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application with its production UI bundle on a random port, the demo agencies seeded; one shared context. */
@SpringBootTest(
        classes = Application.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "meritasn.tenancy.seed-demo-agencies=true")
abstract class UiIntegrationTest {

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        PlatformTestProperties.register(registry);
    }
}
