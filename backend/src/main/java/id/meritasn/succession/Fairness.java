package id.meritasn.succession;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How the map and the succession steps treat groups of employees: per group, the employees mapped, their boxes, and
 * the share that reached the pool, a slate and an appointment. A group selected at under four fifths of the best
 * group's rate (the four-fifths rule of adverse-impact analysis) is flagged; a group of fewer than ten people is
 * suppressed (no counts), so no one can be singled out. Gender and age come from the NIP and never enter a score.
 */
public final class Fairness {

    /** Fewer people than this and a group's figures are not shown. */
    public static final int MINIMUM_GROUP = 10;
    /** Under this share of the best group's rate a group is flagged. */
    public static final double RATIO = 0.8;

    public enum Dimension {
        AGENCY,
        GENDER,
        AGE_BAND,
        UNIT,
        RANK
    }

    public enum Stage {
        POOL,
        SLATE,
        APPOINTED
    }

    /** A mapped employee: final box, how far they got, and the group they count in per dimension. */
    record Person(int box, boolean pool, boolean slate, boolean appointed, Map<Dimension, String> groups) {}

    /** One group; every count and rate is null when the group is suppressed. Rates are percent of the group. */
    public record Group(
            Dimension dimension,
            String group,
            boolean suppressed,
            @Nullable Integer population,
            @Nullable List<Integer> boxes,
            @Nullable Integer pool,
            @Nullable Double poolRate,
            @Nullable Integer slate,
            @Nullable Double slateRate,
            @Nullable Integer appointed,
            @Nullable Double appointedRate,
            List<Stage> flags) {}

    private Fairness() {}

    /** What a group adds up to: people, boxes 1-9 and how many reached each stage. Tallies of agencies add up. */
    record Tally(int population, int[] boxes, int pool, int slate, int appointed) {

        static Tally of(List<Person> members) {
            int[] boxes = new int[9];
            members.forEach(p -> boxes[p.box() - 1]++);
            return new Tally(
                    members.size(),
                    boxes,
                    (int) members.stream().filter(Person::pool).count(),
                    (int) members.stream().filter(Person::slate).count(),
                    (int) members.stream().filter(Person::appointed).count());
        }

        Tally plus(Tally other) {
            int[] sum = boxes.clone();
            for (int i = 0; i < 9; i++) {
                sum[i] += other.boxes[i];
            }
            return new Tally(
                    population + other.population,
                    sum,
                    pool + other.pool,
                    slate + other.slate,
                    appointed + other.appointed);
        }

        int count(Stage stage) {
            return switch (stage) {
                case POOL -> pool;
                case SLATE -> slate;
                case APPOINTED -> appointed;
            };
        }

        double rate(Stage stage) {
            return population == 0 ? 0 : (double) count(stage) / population;
        }

        double percent(Stage stage) {
            return population == 0
                    ? 0
                    : BigDecimal.valueOf(count(stage) * 100L)
                            .divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP)
                            .doubleValue();
        }
    }

    /** Each mapped employee counted once per dimension, in the group they belong to. */
    static Map<Dimension, Map<String, Tally>> tallies(List<Person> people) {
        Map<Dimension, Map<String, Tally>> tallies = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            Map<String, List<Person>> byGroup = new TreeMap<>();
            people.forEach(p -> byGroup.computeIfAbsent(p.groups().get(dimension), k -> new ArrayList<>())
                    .add(p));
            Map<String, Tally> groups = new TreeMap<>();
            byGroup.forEach((name, members) -> groups.put(name, Tally.of(members)));
            tallies.put(dimension, groups);
        }
        return tallies;
    }

    static List<Group> groups(List<Person> people) {
        return groups(tallies(people));
    }

    /** The groups with their rates, small ones suppressed, and the four-fifths flags within each dimension. */
    static List<Group> groups(Map<Dimension, Map<String, Tally>> tallies) {
        List<Group> groups = new ArrayList<>();
        tallies.forEach((dimension, byGroup) -> {
            Map<Stage, Double> best = new EnumMap<>(Stage.class);
            byGroup.values().stream()
                    .filter(t -> t.population() >= MINIMUM_GROUP)
                    .forEach(t -> {
                        for (Stage stage : Stage.values()) {
                            best.merge(stage, t.rate(stage), Math::max);
                        }
                    });
            byGroup.forEach((name, tally) -> groups.add(group(dimension, name, tally, best)));
        });
        return groups;
    }

    private static Group group(Dimension dimension, String name, Tally tally, Map<Stage, Double> best) {
        if (tally.population() < MINIMUM_GROUP) {
            return new Group(dimension, name, true, null, null, null, null, null, null, null, null, List.of());
        }
        List<Stage> flags = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            double top = best.getOrDefault(stage, 0.0);
            if (dimension != Dimension.AGENCY && top > 0 && tally.rate(stage) < RATIO * top) {
                flags.add(stage);
            }
        }
        return new Group(
                dimension,
                name,
                false,
                tally.population(),
                java.util.Arrays.stream(tally.boxes()).boxed().toList(),
                tally.pool(),
                tally.percent(Stage.POOL),
                tally.slate(),
                tally.percent(Stage.SLATE),
                tally.appointed(),
                tally.percent(Stage.APPOINTED),
                List.copyOf(flags));
    }

    /** Age bands as of the period's date: under 30, 30-39, 40-49, 50 and over. */
    static String ageBand(int age) {
        return age < 30 ? "< 30" : age < 40 ? "30-39" : age < 50 ? "40-49" : ">= 50";
    }
}
