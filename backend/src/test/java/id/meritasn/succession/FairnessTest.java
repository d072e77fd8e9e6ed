package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.succession.Fairness.Dimension;
import id.meritasn.succession.Fairness.Person;
import id.meritasn.succession.Fairness.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four-fifths rule and the suppression of small groups, on constructed people. */
class FairnessTest {

    static List<Person> group(String gender, int size, int inPool, String band) {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            boolean pool = i < inPool;
            people.add(new Person(
                    pool ? 8 : 5,
                    pool,
                    pool && i % 2 == 0,
                    false,
                    Map.of(
                            Dimension.AGENCY,
                            "Instansi",
                            Dimension.GENDER,
                            gender,
                            Dimension.AGE_BAND,
                            band,
                            Dimension.UNIT,
                            "Dinas",
                            Dimension.RANK,
                            "Golongan III")));
        }
        return people;
    }

    static Fairness.Group find(List<Fairness.Group> groups, Dimension dimension, String name) {
        return groups.stream()
                .filter(g -> g.dimension() == dimension && g.group().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_group_selected_under_four_fifths_of_the_best_rate_is_flagged_and_one_just_at_it_is_not() {
        List<Person> people = new ArrayList<>(group("Laki-laki", 50, 20, "40-49"));
        people.addAll(group("Perempuan", 40, 12, "30-39"));
        var groups = Fairness.groups(people);

        // 12 of 40 is 30%, under four fifths of 40% (32%)
        var women = find(groups, Dimension.GENDER, "Perempuan");
        var men = find(groups, Dimension.GENDER, "Laki-laki");
        assertThat(women.poolRate()).isEqualTo(30.0);
        assertThat(men.poolRate()).isEqualTo(40.0);
        assertThat(women.flags()).contains(Stage.POOL);
        assertThat(men.flags()).isEmpty();
        // the whole agency is the yardstick, never flagged; its counts are the sum of the groups'
        var agency = find(groups, Dimension.AGENCY, "Instansi");
        assertThat(agency.flags()).isEmpty();
        assertThat(agency.population()).isEqualTo(men.population() + women.population());
        assertThat(agency.pool()).isEqualTo(men.pool() + women.pool());
        assertThat(agency.boxes().get(7)).isEqualTo(32);

        List<Person> atTheLine = new ArrayList<>(group("Laki-laki", 50, 20, "40-49"));
        atTheLine.addAll(group("Perempuan", 40, 13, "30-39"));
        // 13 of 40 is 32.5%, not under 32%
        assertThat(find(Fairness.groups(atTheLine), Dimension.GENDER, "Perempuan")
                        .flags())
                .doesNotContain(Stage.POOL);
    }

    @Test
    void a_group_of_fewer_than_ten_is_suppressed_and_neither_flagged_nor_the_yardstick() {
        List<Person> people = new ArrayList<>(group("Laki-laki", 20, 10, "40-49"));
        people.addAll(group("Perempuan", 20, 9, "40-49"));
        // nine people under 30, none in the pool: too few to show, and their 0% sets no one's yardstick
        people.addAll(group("Laki-laki", 9, 9, "< 30"));
        var groups = Fairness.groups(people);

        var young = find(groups, Dimension.AGE_BAND, "< 30");
        assertThat(young.suppressed()).isTrue();
        assertThat(young.population()).isNull();
        assertThat(young.poolRate()).isNull();
        assertThat(young.flags()).isEmpty();
        // the 40-49 band is the only one shown: nobody to compare it with, nothing flagged
        assertThat(find(groups, Dimension.AGE_BAND, "40-49").flags()).isEmpty();
    }

    @Test
    void tallies_of_two_agencies_add_up_to_the_tally_of_both() {
        var a = Fairness.tallies(group("Perempuan", 12, 3, "30-39"))
                .get(Dimension.GENDER)
                .get("Perempuan");
        var b = Fairness.tallies(group("Perempuan", 15, 6, "30-39"))
                .get(Dimension.GENDER)
                .get("Perempuan");
        var both = new ArrayList<>(group("Perempuan", 12, 3, "30-39"));
        both.addAll(group("Perempuan", 15, 6, "30-39"));
        var expected = Fairness.tallies(both).get(Dimension.GENDER).get("Perempuan");
        var sum = a.plus(b);
        assertThat(sum.population()).isEqualTo(expected.population());
        assertThat(sum.pool()).isEqualTo(expected.pool());
        assertThat(sum.slate()).isEqualTo(expected.slate());
        assertThat(sum.boxes()).containsExactly(expected.boxes());
        assertThat(Fairness.ageBand(29)).isEqualTo("< 30");
        assertThat(Fairness.ageBand(50)).isEqualTo(">= 50");
    }
}
