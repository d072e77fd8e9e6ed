package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.employee.EmployeeRecords.Employee;
import id.meritasn.employee.EmployeeRecords.EmployeeStatus;
import id.meritasn.employee.EmployeeRecords.EmployeeType;
import id.meritasn.employee.Nip;
import id.meritasn.shared.text.Text;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MappingScopeTest {

    static MappingScope scope(String json) {
        return MappingScope.parse(JsonMapper.builder().build().readTree(json));
    }

    static Employee employee(String golongan, EmployeeType type) {
        return new Employee(
                "199001012015031001",
                "Nama",
                null,
                null,
                LocalDate.of(1990, 1, 1),
                LocalDate.of(2015, 3, 1),
                Nip.Gender.MALE,
                golongan,
                "Penata",
                LocalDate.of(2020, 4, 1),
                1L,
                1L,
                EmployeeStatus.ACTIVE,
                null,
                type,
                null);
    }

    @Test
    void kinds_of_post_narrow_the_scope_and_unknown_kinds_are_ignored() {
        MappingScope structural = scope("{\"positionKinds\": [\"JPT\", \"ADMINISTRATOR\", \"PENGAWAS\", \"KEPALA\"]}");

        assertThat(structural.positionKinds()).containsExactlyInAnyOrder("JPT", "ADMINISTRATOR", "PENGAWAS");
        assertThat(structural.everyone()).isFalse();
        assertThat(structural.outside(employee("III/a", EmployeeType.PNS), "PENGAWAS"))
                .isNull();
        Text post = structural.outside(employee("III/a", EmployeeType.PNS), "PELAKSANA");
        assertThat(post).isNotNull();
        assertThat(post.english())
                .isEqualTo("A PELAKSANA post is outside the agency's mapping scope (golongan I to IV, PPPK included,"
                        + " posts ADMINISTRATOR, JPT, PENGAWAS, policy " + MappingScope.POLICY + ")");
        assertThat(post.indonesian())
                .isEqualTo("Jabatan PELAKSANA di luar cakupan pemetaan instansi (golongan I sampai IV, PPPK termasuk,"
                        + " jabatan ADMINISTRATOR, JPT, PENGAWAS; kebijakan " + MappingScope.POLICY + ")");
        // the kind of post judges PPPK too; without a post on record nobody is left out for it
        assertThat(structural.outside(employee("IX", EmployeeType.PPPK), "FUNGSIONAL_KEAHLIAN"))
                .isNotNull();
        assertThat(structural.outside(employee("III/a", EmployeeType.PNS), null))
                .isNull();
    }

    @Test
    void golongan_bounds_and_kinds_combine() {
        MappingScope scope = scope("{\"golonganMin\": \"II\", \"positionKinds\": [\"PELAKSANA\"]}");

        Text golongan = scope.outside(employee("I/d", EmployeeType.PNS), "PELAKSANA");
        assertThat(golongan).isNotNull();
        assertThat(golongan.english())
                .isEqualTo("Golongan I/d is outside the agency's mapping scope (golongan II to IV, PPPK included,"
                        + " posts PELAKSANA, policy " + MappingScope.POLICY + ")");
        assertThat(golongan.indonesian()).startsWith("Golongan I/d di luar cakupan pemetaan instansi");
        assertThat(scope("{\"pppk\": false}").outside(employee("IX", EmployeeType.PPPK), null))
                .extracting(Text::indonesian)
                .isEqualTo("PPPK di luar cakupan pemetaan instansi (kebijakan " + MappingScope.POLICY + ")");
        assertThat(scope.outside(employee("II/a", EmployeeType.PNS), "PELAKSANA"))
                .isNull();
        assertThat(MappingScope.EVERYONE.everyone()).isTrue();
        assertThat(scope("{}").positionKinds()).isEqualTo(Set.of());
    }
}
