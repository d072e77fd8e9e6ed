package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.EmployeeRecords.TrainingEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadershipTrainingTest {

    static TrainingEntry training(String name) {
        return new TrainingEntry("TRAINING", name, null, LocalDate.of(2020, 3, 1), 100);
    }

    @Test
    void the_older_diklatpim_counts_as_its_equivalent_and_names_match_whole_words_only() {
        assertThat(LeadershipTraining.of("PENGAWAS", List.of(training("DIKLATPIM Tingkat IV angkatan 3")))
                        .onRecord())
                .isTrue();
        assertThat(LeadershipTraining.of("ADMINISTRATOR", List.of(training("Diklat PIM III")))
                        .onRecord())
                .isTrue();
        // PKN II is not PKN I, and a PKAP course is not PKA
        assertThat(LeadershipTraining.of("JPT_MADYA", List.of(training("PKN II"))))
                .satisfies(n -> {
                    assertThat(n.onRecord()).isFalse();
                    assertThat(n.evidence()).isNull();
                });
        assertThat(LeadershipTraining.of("ADMINISTRATOR", List.of(training("PKAP keuangan")))
                        .onRecord())
                .isFalse();
        assertThat(LeadershipTraining.of(
                                "JPT_PRATAMA",
                                List.of(
                                        training("Pelatihan Kepemimpinan Nasional Tingkat II"),
                                        training("Bimtek SIASN")))
                        .evidence())
                .isEqualTo("Pelatihan Kepemimpinan Nasional Tingkat II (2020-03-01)");
    }

    @Test
    void functional_and_pelaksana_posts_expect_no_leadership_training() {
        assertThat(LeadershipTraining.of("AHLI_MUDA", List.of(training("PKP")))).isNull();
        assertThat(LeadershipTraining.of("PELAKSANA", List.of())).isNull();
    }
}
