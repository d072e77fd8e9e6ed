package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkpTest {

    @ParameterizedTest(name = "hasil {0} x perilaku {1} = {2}")
    @CsvSource({
        "DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
        "DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
        "DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, SANGAT_BAIK",
        "SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, KURANG",
        "SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, BAIK",
        "SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BAIK",
        "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
        "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, BUTUH_PERBAIKAN",
        "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI, BUTUH_PERBAIKAN"
    })
    void all_nine_cells_of_the_permenpanrb_6_2022_matrix(Skp.Rating hasil, Skp.Rating perilaku, Skp.Predikat predikat) {
        assertThat(Skp.predikat(hasil, perilaku)).isEqualTo(predikat);
    }
}
