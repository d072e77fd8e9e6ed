package id.meritasn.succession;

import id.meritasn.assessment.JobPersonMatch;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a candidate may succeed to a target position, rule by rule, each with its reason and (when not met) what
 * would close the gap. Missing data never passes or fails silently: it is a manual check for the committee.
 * <ul>
 *   <li>RANK: golongan at most one level below the position's minimum (one below met, two below not met).</li>
 *   <li>POSITION_LEVEL: current position at most one level below the target's level (level rank of the national
 *       reference; a functional Ahli Madya ranks with an Administrator).</li>
 *   <li>JPM: job-person match against the target's competency standard at least "masih memenuhi syarat" (68%).</li>
 *   <li>DISCIPLINE: no discipline sanction in force on the date.</li>
 *   <li>EDUCATION, EXPERIENCE, PRIOR_POSITION, AGE: the legal conditions of the target level in force on the date
 *       ({@link LegalConditions}); PRIOR_POSITION replaces POSITION_LEVEL where the law names the route.</li>
 * </ul>
 */
public final class Eligibility {

    /** A regular rank promotion (kenaikan pangkat reguler) comes at the earliest every four years. */
    static final int YEARS_PER_PROMOTION = 4;

    /** The first four are the platform's; the rest are legal conditions of the target level ({@link LegalRule}). */
    public enum Rule { RANK, POSITION_LEVEL, JPM, DISCIPLINE, EDUCATION, EXPERIENCE, PRIOR_POSITION, AGE }

    /** In this order candidates are ranked: eligible, then manual checks, then not eligible. */
    public enum Outcome { MET, NEEDS_MANUAL_CHECK, NOT_MET }

    public record Golongan(String code, int rankOrder) {
    }

    public record Level(String code, String name, int rankOrder) {
    }

    public record Sanction(String level, LocalDate start, @Nullable LocalDate end) {
        boolean inForceOn(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    /**
     * What the target position asks for: the agency's minimum golongan and competency standard, and the legal
     * conditions of its level in force on the date of the check (with the education ranks and level names they read).
     */
    public record Target(@Nullable Golongan minGolongan, Level level, List<JobPersonMatch.Requirement> standard,
                         List<LegalRule> legal, Map<String, Integer> educationRanks, Map<String, String> levelNames) {

        public Target(@Nullable Golongan minGolongan, Level level, List<JobPersonMatch.Requirement> standard) {
            this(minGolongan, level, standard, List.of(), Map.of(), Map.of());
        }
    }

    /** The records the legal conditions read: birth date, education, position history. */
    public record Record(@Nullable LocalDate birthDate, List<LegalConditions.Education> education,
                         List<LegalConditions.Spell> spells) {
        static final Record NONE = new Record(null, List.of(), List.of());
    }

    /** What is known of a candidate; null means not on record. */
    public record Candidate(@Nullable Golongan golongan, @Nullable LocalDate golonganTmt, @Nullable Level position,
                            @Nullable Map<String, Integer> achievedLevels, List<Sanction> sanctions, Record record) {

        public Candidate(@Nullable Golongan golongan, @Nullable LocalDate golonganTmt, @Nullable Level position,
                         @Nullable Map<String, Integer> achievedLevels, List<Sanction> sanctions) {
            this(golongan, golonganTmt, position, achievedLevels, sanctions, Record.NONE);
        }
    }

    /** {@code evidence}: what on record the outcome rests on; {@code source}: the legal source of a legal condition. */
    public record Check(Rule rule, Outcome outcome, String reason, @Nullable String gap, @Nullable String evidence,
                        @Nullable String source) {

        public Check(Rule rule, Outcome outcome, String reason, @Nullable String gap) {
            this(rule, outcome, reason, gap, null, null);
        }

        /** The same check settled by the committee's recorded decision on a manual check. */
        Check resolved(Outcome settled, String how) {
            return new Check(rule, settled, reason + " " + how, gap, evidence, source);
        }
    }

    public record Result(List<Check> checks, @Nullable BigDecimal jpmPercent,
                         JobPersonMatch.@Nullable Filling jpmCategory) {

        /** Not met if any rule is not met; a manual check if any needs one; met only when all are met. */
        public Outcome overall() {
            if (checks.stream().anyMatch(c -> c.outcome() == Outcome.NOT_MET)) {
                return Outcome.NOT_MET;
            }
            return checks.stream().anyMatch(c -> c.outcome() == Outcome.NEEDS_MANUAL_CHECK)
                    ? Outcome.NEEDS_MANUAL_CHECK : Outcome.MET;
        }

        public Check check(Rule rule) {
            return checks.stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
        }
    }

    private Eligibility() {
    }

    public static Result assess(Target target, Candidate candidate, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        checks.add(rank(target, candidate));
        // a level with a legal prior-position condition is reached by that condition, not by the one-level ladder
        // (Pelaksana to Pengawas is the normal route, four rank steps apart)
        if (target.legal().stream().noneMatch(r -> r.condition() == LegalRule.Condition.PRIOR_POSITION)) {
            checks.add(level(target, candidate));
        }
        JobPersonMatch jpm = null;
        Check jpmCheck;
        if (target.standard().isEmpty()) {
            jpmCheck = manual(Rule.JPM, "The target position has no competency standard to match against.");
        } else if (candidate.achievedLevels() == null) {
            jpmCheck = manual(Rule.JPM, "No competency assessment of the candidate in the period.");
        } else {
            String missing = target.standard().stream().map(JobPersonMatch.Requirement::competency)
                    .filter(c -> !candidate.achievedLevels().containsKey(c)).findFirst().orElse(null);
            if (missing != null) {
                jpmCheck = manual(Rule.JPM, "No assessed level for '" + missing + "' of the target's standard.");
            } else {
                jpm = JobPersonMatch.of(candidate.achievedLevels(), target.standard());
                jpmCheck = jpm(jpm, target, candidate.achievedLevels());
            }
        }
        checks.add(jpmCheck);
        checks.add(discipline(candidate, on));
        target.legal().stream().filter(r -> r.inForceOn(on)).forEach(r -> checks.add(LegalConditions.evaluate(r,
                candidate.record(), target.educationRanks(), target.levelNames(), on)));
        return new Result(List.copyOf(checks), jpm == null ? null : jpm.percent(), jpm == null ? null : jpm.filling());
    }

    private static Check rank(Target target, Candidate candidate) {
        Golongan required = target.minGolongan();
        Golongan has = candidate.golongan();
        if (required == null) {
            return manual(Rule.RANK, "The target position names no minimum golongan.");
        }
        if (has == null) {
            return manual(Rule.RANK, "The candidate's golongan is not on record.");
        }
        int below = required.rankOrder() - has.rankOrder();
        if (below <= 1) {
            return met(Rule.RANK, "Golongan " + has.code() + (below == 1 ? " is one level below " : " meets ")
                    + "the required " + required.code() + ".");
        }
        int promotions = below - 1;
        String earliest = candidate.golonganTmt() == null ? ""
                : ", at the earliest about " + candidate.golonganTmt().plusYears((long) YEARS_PER_PROMOTION * promotions)
                + " (a regular promotion every " + YEARS_PER_PROMOTION + " years)";
        return new Check(Rule.RANK, Outcome.NOT_MET, "Golongan " + has.code() + " is " + below
                + " levels below the required " + required.code() + "; at most one level below is allowed.",
                promotions + " more rank promotion(s)" + earliest + ".");
    }

    private static Check level(Target target, Candidate candidate) {
        Level position = candidate.position();
        if (position == null) {
            return manual(Rule.POSITION_LEVEL, "The candidate has no current position on record.");
        }
        int below = target.level().rankOrder() - position.rankOrder();
        if (below <= 1) {
            return met(Rule.POSITION_LEVEL, "Current level " + position.name() + (below == 1 ? " is one level below "
                    : " is at or above ") + target.level().name() + ".");
        }
        return new Check(Rule.POSITION_LEVEL, Outcome.NOT_MET, "Current level " + position.name() + " is " + below
                + " levels below " + target.level().name() + "; at most one level below is allowed.",
                "Time in a position " + (below - 1) + " level(s) higher than now first (one level below "
                        + target.level().name() + ").");
    }

    private static Check jpm(JobPersonMatch jpm, Target target, Map<String, Integer> achieved) {
        String category = jpm.filling() == JobPersonMatch.Filling.MEMENUHI_SYARAT ? "memenuhi syarat"
                : jpm.filling() == JobPersonMatch.Filling.MASIH_MEMENUHI_SYARAT ? "masih memenuhi syarat"
                : "kurang memenuhi syarat";
        String reason = "JPM " + jpm.percent().stripTrailingZeros().toPlainString() + "% against the target's standard ("
                + category + ").";
        if (jpm.filling() != JobPersonMatch.Filling.KURANG_MEMENUHI_SYARAT) {
            return met(Rule.JPM, reason);
        }
        List<String> below = target.standard().stream().filter(r -> achieved.get(r.competency()) < r.requiredLevel())
                .map(r -> r.competency() + " " + achieved.get(r.competency()) + " to " + r.requiredLevel()).toList();
        return new Check(Rule.JPM, Outcome.NOT_MET, reason + " At least 68% is needed.",
                "Competency development (training) to raise " + String.join(", ", below) + ".");
    }

    private static Check discipline(Candidate candidate, LocalDate on) {
        return candidate.sanctions().stream().filter(s -> s.inForceOn(on)).findFirst()
                .map(s -> new Check(Rule.DISCIPLINE, Outcome.NOT_MET, "A " + s.level().toLowerCase(java.util.Locale.ROOT)
                        + " discipline sanction is in force since " + s.start()
                        + (s.end() == null ? " without an end date." : " until " + s.end() + "."),
                        s.end() == null ? "The sanction must end first." : "Eligible again from " + s.end().plusDays(1) + "."))
                .orElseGet(() -> met(Rule.DISCIPLINE, "No discipline sanction in force on " + on + "."));
    }

    private static Check met(Rule rule, String reason) {
        return new Check(rule, Outcome.MET, reason, null);
    }

    private static Check manual(Rule rule, String reason) {
        return new Check(rule, Outcome.NEEDS_MANUAL_CHECK, reason, null);
    }
}
