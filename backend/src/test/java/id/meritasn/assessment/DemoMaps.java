package id.meritasn.assessment;

import org.springframework.context.ApplicationContext;

/** The demo's assessment data for a test agency (a published period and an open one), for other features' tests. */
public final class DemoMaps {

    public static final String PUBLISHED_PERIOD = DemoAssessmentSeeder.PUBLISHED_PERIOD;
    public static final String OPEN_PERIOD = DemoAssessmentSeeder.PERIOD;

    private DemoMaps() {}

    public static void seed(ApplicationContext context, String agency) {
        context.getBean(DemoAssessmentSeeder.class).seedAgency(agency);
    }
}
