package id.meritasn.shared.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void done_carries_its_value_and_no_problems() {
        Outcome<String, String> outcome = Outcome.done("made");

        assertThat(outcome).isEqualTo(new Outcome.Done<>("made"));
        assertThat(outcome.isDone()).isTrue();
        assertThat(outcome.valueOrNull()).isEqualTo("made");
        assertThat(outcome.problems()).isEmpty();
    }

    @Test
    void refused_carries_its_problems_and_no_value() {
        Outcome<String, String> outcome = Outcome.refused(List.of("too short", "too late"));

        assertThat(outcome.isDone()).isFalse();
        assertThat(outcome.valueOrNull()).isNull();
        assertThat(outcome.problems()).containsExactly("too short", "too late");
        assertThat(Outcome.<String, String>refused("alone").problems()).containsExactly("alone");
    }

    @Test
    void a_refusal_names_at_least_one_problem_and_keeps_its_own_copy() {
        assertThatThrownBy(() -> Outcome.refused(List.of())).isInstanceOf(IllegalArgumentException.class);

        List<String> problems = new ArrayList<>(List.of("one"));
        Outcome<String, String> outcome = Outcome.refused(problems);
        problems.add("two");
        assertThat(outcome.problems()).containsExactly("one");
    }

    @Test
    void map_and_flat_map_change_a_done_value_and_pass_a_refusal_through() {
        Outcome<String, String> done = Outcome.done("abc");
        Outcome<String, String> refused = Outcome.refused("no");

        assertThat(done.map(String::length).valueOrNull()).isEqualTo(3);
        assertThat(refused.map(String::length).problems()).containsExactly("no");
        assertThat(done.flatMap(v -> Outcome.<Integer, String>refused("later")).problems())
                .containsExactly("later");
        assertThat(refused.flatMap(v -> Outcome.<Integer, String>done(1)).problems())
                .containsExactly("no");
    }

    @Test
    void map_problems_translates_only_a_refusal() {
        Outcome<String, String> refused = Outcome.refused(List.of("a", "bb"));

        assertThat(refused.mapProblems(String::length).problems()).containsExactly(1, 2);
        assertThat(Outcome.<String, String>done("v").mapProblems(String::length).valueOrNull())
                .isEqualTo("v");
    }

    @Test
    void or_else_throw_hands_the_problems_to_the_exception() {
        assertThat(Outcome.<String, String>done("v").orElseThrow(p -> new IllegalStateException(p.toString())))
                .isEqualTo("v");
        assertThatThrownBy(() -> Outcome.<String, String>refused("broken")
                        .orElseThrow(p -> new IllegalStateException("refused: " + p)))
                .hasMessage("refused: [broken]");
        assertThatThrownBy(() -> Outcome.<String, String>refused("broken").orElseThrow())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken");
    }
}
