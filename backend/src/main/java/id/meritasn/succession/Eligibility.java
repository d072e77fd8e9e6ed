package id.meritasn.succession;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.shared.text.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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

    /** The first four are the platform's; the rest are legal conditions of the target level ({@link LegalRule}). */
    public enum Rule {
        RANK,
        POSITION_LEVEL,
        JPM,
        DISCIPLINE,
        EDUCATION,
        EXPERIENCE,
        PRIOR_POSITION,
        AGE
    }

    /** In this order candidates are ranked: eligible, then manual checks, then not eligible. */
    public enum Outcome {
        MET,
        NEEDS_MANUAL_CHECK,
        NOT_MET
    }

    public record Golongan(String code, int rankOrder) {}

    public record Level(String code, String name, int rankOrder) {}

    public record Sanction(
            String level, LocalDate start, @Nullable LocalDate end) {
        boolean inForceOn(LocalDate date) {
            return !start.isAfter(date) && (end == null || !end.isBefore(date));
        }
    }

    /**
     * What the target position asks for: the agency's minimum golongan and competency standard, and the legal
     * conditions of its level in force on the date of the check (with the education ranks and level names they read).
     */
    public record Target(
            @Nullable Golongan minGolongan,
            Level level,
            List<JobPersonMatch.Requirement> standard,
            List<LegalRule> legal,
            Map<String, Integer> educationRanks,
            Map<String, String> levelNames) {

        public Target(@Nullable Golongan minGolongan, Level level, List<JobPersonMatch.Requirement> standard) {
            this(minGolongan, level, standard, List.of(), Map.of(), Map.of());
        }
    }

    /** The records the legal conditions read: birth date, education, position history. */
    public record Record(
            @Nullable LocalDate birthDate,
            List<LegalConditions.Education> education,
            List<LegalConditions.Spell> spells) {
        static final Record NONE = new Record(null, List.of(), List.of());
    }

    /** What is known of a candidate; null means not on record. */
    public record Candidate(
            @Nullable Golongan golongan,
            @Nullable LocalDate golonganTmt,
            @Nullable Level position,
            @Nullable Map<String, Integer> achievedLevels,
            List<Sanction> sanctions,
            Record record) {

        public Candidate(
                @Nullable Golongan golongan,
                @Nullable LocalDate golonganTmt,
                @Nullable Level position,
                @Nullable Map<String, Integer> achievedLevels,
                List<Sanction> sanctions) {
            this(golongan, golonganTmt, position, achievedLevels, sanctions, Record.NONE);
        }
    }

    /**
     * {@code evidence}: what on record the outcome rests on; {@code source}: the legal source of a legal condition;
     * {@code settledText}: the committee's settling of a manual check. Texts travel as codes ({@link EligibilityText})
     * for each user's language; {@link #reason()} and {@link #gap()} are their English, for integrators and records.
     */
    public record Check(
            Rule rule,
            Outcome outcome,
            Text reasonText,
            @Nullable Text gapText,
            @Nullable String evidence,
            @Nullable String source,
            @Nullable Text settledText) {

        public Check(Rule rule, Outcome outcome, Text reason, @Nullable Text gap) {
            this(rule, outcome, reason, gap, null, null, null);
        }

        public String reason() {
            return settledText == null ? reasonText.english() : reasonText.english() + " " + settledText.english();
        }

        public @Nullable String gap() {
            return gapText == null ? null : gapText.english();
        }

        /** The same check settled by the committee's recorded decision on a manual check. */
        Check resolved(Outcome settled, Text how) {
            return new Check(rule, settled, reasonText, gapText, evidence, source, how);
        }
    }

    public record Result(
            List<Check> checks, @Nullable BigDecimal jpmPercent, JobPersonMatch.@Nullable Filling jpmCategory) {

        /** Not met if any rule is not met; a manual check if any needs one; met only when all are met. */
        public Outcome overall() {
            if (checks.stream().anyMatch(c -> c.outcome() == Outcome.NOT_MET)) {
                return Outcome.NOT_MET;
            }
            return checks.stream().anyMatch(c -> c.outcome() == Outcome.NEEDS_MANUAL_CHECK)
                    ? Outcome.NEEDS_MANUAL_CHECK
                    : Outcome.MET;
        }

        public Check check(Rule rule) {
            return checks.stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
        }
    }

    private Eligibility() {}

    public static Result assess(Target target, Candidate candidate, LocalDate on) {
        List<Check> checks = new ArrayList<>();
        checks.add(EligibilityRules.rank(target, candidate));
        // a level with a legal prior-position condition is reached by that condition, not by the one-level ladder
        // (Pelaksana to Pengawas is the normal route, four rank steps apart)
        if (target.legal().stream().noneMatch(r -> r.condition() == LegalRule.Condition.PRIOR_POSITION)) {
            checks.add(EligibilityRules.level(target, candidate));
        }
        JobPersonMatch jpm = null;
        Check jpmCheck;
        if (target.standard().isEmpty()) {
            jpmCheck = EligibilityRules.manual(Rule.JPM, EligibilityText.JPM_NO_STANDARD.with());
        } else if (candidate.achievedLevels() == null) {
            jpmCheck = EligibilityRules.manual(Rule.JPM, EligibilityText.JPM_NOT_ASSESSED.with());
        } else {
            String missing = target.standard().stream()
                    .map(JobPersonMatch.Requirement::competency)
                    .filter(c -> !candidate.achievedLevels().containsKey(c))
                    .findFirst()
                    .orElse(null);
            if (missing != null) {
                jpmCheck = EligibilityRules.manual(
                        Rule.JPM, EligibilityText.JPM_COMPETENCY_MISSING.with("competency", missing));
            } else {
                jpm = JobPersonMatch.of(candidate.achievedLevels(), target.standard());
                jpmCheck = EligibilityRules.jpm(jpm, target, candidate.achievedLevels());
            }
        }
        checks.add(jpmCheck);
        checks.add(EligibilityRules.discipline(candidate, on));
        target.legal().stream()
                .filter(r -> r.inForceOn(on))
                .forEach(r -> checks.add(LegalConditions.evaluate(
                        r, candidate.record(), target.educationRanks(), target.levelNames(), on)));
        return new Result(List.copyOf(checks), jpm == null ? null : jpm.percent(), jpm == null ? null : jpm.filling());
    }
}
