package id.meritasn.employee;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.EmployeeRecords.PositionHistoryEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Related experience from a constructed position history (Tangerang maps by experience). */
class RelatedExperienceTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    static final PositionHistoryEntry STAF_DINKES = new PositionHistoryEntry(
            "Pengadministrasi Kesehatan",
            "PELAKSANA",
            "Dinas Kesehatan",
            LocalDate.of(2010, 1, 1),
            LocalDate.of(2014, 12, 31));
    static final PositionHistoryEntry ANALIS_BAPPEDA = new PositionHistoryEntry(
            "Perencana Ahli Pertama", "AHLI_PERTAMA", "Bappeda", LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31));
    static final PositionHistoryEntry KASI_DINKES = new PositionHistoryEntry(
            "Kepala Seksi Pelayanan",
            "PENGAWAS",
            "Dinas Kesehatan",
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2021, 12, 31));
    static final PositionHistoryEntry KABID_DINKES = new PositionHistoryEntry(
            "Kepala Bidang Pelayanan", "ADMINISTRATOR", "Dinas Kesehatan", LocalDate.of(2022, 1, 1), null);

    @Test
    void posts_of_the_same_track_or_unit_count_and_an_unrelated_post_does_not() {
        RelatedExperience experience =
                RelatedExperience.of(List.of(KABID_DINKES, ANALIS_BAPPEDA, STAF_DINKES, KASI_DINKES), AS_OF);

        // the Kabid's own years, the Kasi's (structural) and the Pelaksana's in the same unit; not the planner's
        long days =
                ChronoUnit.DAYS.between(STAF_DINKES.tmt(), STAF_DINKES.endDate().plusDays(1))
                        + ChronoUnit.DAYS.between(
                                KASI_DINKES.tmt(), KASI_DINKES.endDate().plusDays(1))
                        + ChronoUnit.DAYS.between(KABID_DINKES.tmt(), AS_OF);
        assertThat(experience.years()).isEqualTo((int) (days / 365.25)).isGreaterThan((int)
                ChronoUnit.YEARS.between(KABID_DINKES.tmt(), AS_OF));
        assertThat(experience.counted()).containsExactly(KABID_DINKES, KASI_DINKES, STAF_DINKES);
        assertThat(experience.evidence())
                .contains("Kepala Seksi Pelayanan (2019-01-01 s.d. 2021-12-31)")
                .doesNotContain("Perencana");
    }

    @Test
    void overlapping_entries_count_once_and_later_entries_not_at_all() {
        var acting = new PositionHistoryEntry(
                "Plt. Kepala Bidang",
                "ADMINISTRATOR",
                "Dinas Kesehatan",
                LocalDate.of(2021, 6, 1),
                LocalDate.of(2021, 12, 31));
        var future = new PositionHistoryEntry(
                "Sekretaris Dinas", "ADMINISTRATOR", "Dinas Kesehatan", LocalDate.of(2027, 6, 1), null);

        RelatedExperience with = RelatedExperience.of(List.of(KASI_DINKES, acting, KABID_DINKES, future), AS_OF);
        RelatedExperience without = RelatedExperience.of(List.of(KASI_DINKES, KABID_DINKES), AS_OF);

        assertThat(with.years()).isEqualTo(without.years());
        assertThat(with.counted()).doesNotContain(future);
        assertThat(RelatedExperience.of(List.of(future), AS_OF)).isNull();
    }
}
