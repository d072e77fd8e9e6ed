package id.meritasn.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The demo's data runs from one place, in the seeds' order, and never outside the demo profile. */
class DemoSeedsTest {

    final List<String> ran = new ArrayList<>();

    DemoSeed seed(String name) {
        return () -> ran.add(name);
    }

    @Test
    void outside_the_demo_no_seed_runs() {
        new DemoSeeds(new TenancyProperties("changelog", true, false), List.of(seed("employees"), seed("periods")))
                .run(new DefaultApplicationArguments());

        assertThat(ran).isEmpty();
    }

    @Test
    void in_the_demo_every_seed_runs_once_in_order() {
        new DemoSeeds(new TenancyProperties("changelog", true, true), List.of(seed("employees"), seed("periods")))
                .run(new DefaultApplicationArguments());

        assertThat(ran).containsExactly("employees", "periods");
    }
}
