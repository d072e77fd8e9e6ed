package id.meritasn.support;

import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Takes an assessment period through its steps over the API and checks each was taken (no refusal, new status). */
public final class PeriodSteps {

    private static final Map<String, String> STATUS_AFTER = Map.of(
            "startCalibration", "CALIBRATING",
            "closeCalibration", "CALIBRATED",
            "publishAssessmentPeriod", "PUBLISHED");

    private PeriodSteps() {}

    /** Calibrates and publishes: the steps a period takes once its inputs are in and its units declared. */
    public static void publish(GraphQlTester caller, Object periodId) {
        take(caller, periodId, "startCalibration", "closeCalibration", "publishAssessmentPeriod");
    }

    public static void take(GraphQlTester caller, Object periodId, String... steps) {
        for (String step : steps) {
            var response = caller.document("mutation { " + step + "(input: {periodId: " + periodId
                            + "}) { period { status } errors { code message } } }")
                    .execute();
            response.path(step + ".errors").entityList(Object.class).hasSize(0);
            response.path(step + ".period.status").entity(String.class).isEqualTo(STATUS_AFTER.get(step));
        }
    }
}
