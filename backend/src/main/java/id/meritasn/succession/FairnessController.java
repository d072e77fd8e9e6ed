package id.meritasn.succession;

import id.meritasn.shared.graphql.CurrentAgency;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The fairness monitor of an agency's period, and the national aggregates. */
@Controller
class FairnessController {

    private final FairnessMonitor monitor;
    private final NationalFairness national;

    FairnessController(FairnessMonitor monitor, NationalFairness national) {
        this.monitor = monitor;
        this.national = national;
    }

    @QueryMapping
    FairnessMonitor.Report fairness(@Argument long periodId, @CurrentAgency String agency) {
        return monitor.report(agency, periodId);
    }

    @QueryMapping
    NationalFairness.Report nationalFairness() {
        return national.report();
    }
}
