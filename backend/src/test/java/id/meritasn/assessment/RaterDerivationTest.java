package id.meritasn.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.meritasn.assessment.AssessmentInputs.RaterGroup;
import id.meritasn.assessment.RaterDerivation.Assignment;
import id.meritasn.employee.EmployeeRecords.RosterEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaterDerivationTest {

    // Dinas (1) with a Kepala Dinas; Bidang A (2) and Bidang B (3) under it, each with a Kepala Bidang and staff
    static final Map<Long, Long> PARENTS = new HashMap<>(Map.of(2L, 1L, 3L, 1L));

    static {
        PARENTS.put(1L, null);
    }

    static RosterEntry head(String nip, long unit, String level, int rank) {
        return new RosterEntry(nip, unit, level, rank, true);
    }

    static RosterEntry staff(String nip, long unit, String level) {
        return new RosterEntry(nip, unit, level, 2, false);
    }

    static List<RosterEntry> dinas() {
        List<RosterEntry> roster = new ArrayList<>(List.of(
                head("kadis", 1, "JPT_PRATAMA", 7),
                head("kabid-a", 2, "ADMINISTRATOR", 6),
                head("kabid-b", 3, "ADMINISTRATOR", 6)));
        for (int i = 0; i < 8; i++) {
            roster.add(staff("a-" + i, 2, "PELAKSANA"));
        }
        roster.add(staff("b-analis", 3, "AHLI_PERTAMA"));
        return roster;
    }

    static List<Assignment> of(List<Assignment> all, String ratee, RaterGroup group) {
        return all.stream()
                .filter(a -> a.ratee().equals(ratee) && a.group() == group)
                .toList();
    }

    @Test
    void the_superior_is_the_unit_head_and_a_head_answers_to_the_head_above() {
        List<Assignment> all = RaterDerivation.derive(dinas(), PARENTS, 5, 5);

        assertThat(of(all, "a-3", RaterGroup.SUPERIOR))
                .extracting(Assignment::rater)
                .containsExactly("kabid-a");
        assertThat(of(all, "kabid-a", RaterGroup.SUPERIOR))
                .extracting(Assignment::rater)
                .containsExactly("kadis");
        assertThat(of(all, "kadis", RaterGroup.SUPERIOR)).isEmpty();
        assertThat(all).noneMatch(a -> a.ratee().equals(a.rater()));
    }

    @Test
    void peers_share_unit_and_level_capped_and_the_same_every_time_and_subordinates_are_those_who_answer_to_one() {
        List<Assignment> all = RaterDerivation.derive(dinas(), PARENTS, 5, 5);

        List<Assignment> peers = of(all, "a-0", RaterGroup.PEER);
        assertThat(peers)
                .hasSize(5)
                .allSatisfy(p -> assertThat(p.rater()).startsWith("a-").isNotEqualTo("a-0"));
        assertThat(RaterDerivation.derive(dinas(), PARENTS, 5, 5)).isEqualTo(all);
        // the analis is alone at their level in Bidang B: no peers, rather than peers from elsewhere
        assertThat(of(all, "b-analis", RaterGroup.PEER)).isEmpty();
        // the two Kepala Bidang are each other's peers (heads of sibling units, same level)
        assertThat(of(all, "kabid-a", RaterGroup.PEER))
                .extracting(Assignment::rater)
                .containsExactly("kabid-b");
        // Kepala Bidang A is rated by five of the eight who answer to them; Kepala Dinas by both Kepala Bidang
        assertThat(of(all, "kabid-a", RaterGroup.SUBORDINATE))
                .hasSize(5)
                .allSatisfy(s -> assertThat(s.rater()).startsWith("a-"));
        assertThat(of(all, "kadis", RaterGroup.SUBORDINATE))
                .extracting(Assignment::rater)
                .containsExactlyInAnyOrder("kabid-a", "kabid-b");
        // every subordinate assignment mirrors a superior one
        all.stream()
                .filter(a -> a.group() == RaterGroup.SUBORDINATE)
                .forEach(a -> assertThat(all).contains(new Assignment(a.rater(), a.ratee(), RaterGroup.SUPERIOR)));
    }
}
