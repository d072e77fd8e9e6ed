package id.meritasn.assessment;

import id.meritasn.employee.PersonalDataSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The employee's own published results, one per period, for the download of their data. */
@Component
class OwnResultsData implements PersonalDataSource {

    record PeriodOwnResult(String period, String asOf, CalibrationService.OwnResult result) {}

    private final CalibrationService calibration;

    OwnResultsData(CalibrationService calibration) {
        this.calibration = calibration;
    }

    @Override
    public String section() {
        return "hasilPemetaanTalenta";
    }

    /** Published periods only: a result the committee has not published is not yet the employee's result. */
    @Override
    public List<PeriodOwnResult> ownData(String agency, String nip) {
        return calibration.publishedPeriods(agency).stream()
                .flatMap(period -> calibration
                        .ownResult(agency, period.id())
                        .map(result -> new PeriodOwnResult(period.name(), String.valueOf(period.asOf()), result))
                        .stream())
                .toList();
    }
}
