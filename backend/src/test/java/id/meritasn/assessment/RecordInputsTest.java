package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.EmployeeRecords.LhkpnEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordInputsTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void lhkpn_compliance_comes_from_the_latest_year_up_to_the_assessment_year() {
        assertThat(RecordInputs.lhkpn(List.of(), AS_OF)).isNull();
        assertThat(RecordInputs.lhkpn(
                        List.of(new LhkpnEntry(2025, "REPORTED"), new LhkpnEntry(2026, "NOT_REPORTED")), AS_OF))
                .isFalse();
        assertThat(RecordInputs.lhkpn(
                        List.of(new LhkpnEntry(2025, "NOT_REPORTED"), new LhkpnEntry(2026, "REPORTED")), AS_OF))
                .isTrue();
        // a later year does not count for this period; not required for the position counts as compliant
        assertThat(RecordInputs.lhkpn(
                        List.of(new LhkpnEntry(2025, "NOT_REQUIRED"), new LhkpnEntry(2027, "NOT_REPORTED")), AS_OF))
                .isTrue();
    }
}
