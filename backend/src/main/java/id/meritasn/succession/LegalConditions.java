package id.meritasn.succession;

import id.meritasn.employee.RelatedExperience;
import id.meritasn.shared.text.Text;
import id.meritasn.succession.Eligibility.Check;
import id.meritasn.succession.Eligibility.Outcome;
import id.meritasn.succession.Eligibility.Rule;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The legal conditions of a target level evaluated on what is on record, each with its evidence and source. Missing
 * records are a manual check, never a pass or a fail; years of related experience count the posts of the target's
 * track, and whether other posts relate to the target's field is for the committee to confirm (a manual check once
 * the years suffice only with them).
 */
final class LegalConditions {

    private static final double DAYS_PER_YEAR = 365.25;
    private static final String NONE = "none on record";

    /** A spell in a position level: from its TMT to its end (or the date of the check). */
    record Spell(
            String level,
            String name,
            LocalDate from,
            @Nullable LocalDate to) {}

    /** An education on record: its level code and rank (higher is more), with what it was. */
    record Education(String level, int rank, String description) {}

    private LegalConditions() {}

    static Check evaluate(
            LegalRule rule,
            Eligibility.Record record,
            Map<String, Integer> educationRanks,
            Map<String, String> levelNames,
            LocalDate on) {
        return switch (rule.condition()) {
            case EDUCATION -> education(rule, record.education(), educationRanks);
            case EXPERIENCE -> experience(rule, record.spells(), on);
            case PRIOR_POSITION -> prior(rule, record.spells(), levelNames, on);
            case AGE -> age(rule, record.birthDate(), on);
        };
    }

    private static Check education(LegalRule rule, List<Education> education, Map<String, Integer> ranks) {
        String minimum = Objects.requireNonNull(rule.educationMin(), "the table requires it of an EDUCATION rule");
        int required = ranks.getOrDefault(minimum, Integer.MAX_VALUE);
        Education highest =
                education.stream().max(Comparator.comparingInt(Education::rank)).orElse(null);
        if (highest == null) {
            return check(
                    rule,
                    Rule.EDUCATION,
                    Outcome.NEEDS_MANUAL_CHECK,
                    EligibilityText.EDUCATION_NONE.with("required", minimum),
                    NONE,
                    null);
        }
        boolean met = highest.rank() >= required;
        return check(
                rule,
                Rule.EDUCATION,
                met ? Outcome.MET : Outcome.NOT_MET,
                (met ? EligibilityText.EDUCATION_MEETS : EligibilityText.EDUCATION_BELOW)
                        .with("highest", highest.level(), "required", minimum),
                highest.description(),
                met ? null : EligibilityText.EDUCATION_GAP.with("required", minimum));
    }

    /**
     * Years in posts of the target's track (structural, functional expertise, functional skills, pelaksana) count as
     * related and decide; other posts may relate to the target's field too, which is for the committee to confirm
     * when only with them the years suffice.
     */
    private static Check experience(LegalRule rule, List<Spell> spells, LocalDate on) {
        int years = rule.years() == null ? 0 : rule.years();
        if (spells.isEmpty()) {
            return check(
                    rule,
                    Rule.EXPERIENCE,
                    Outcome.NEEDS_MANUAL_CHECK,
                    EligibilityText.EXPERIENCE_NONE.with("years", years),
                    NONE,
                    null);
        }
        String track = RelatedExperience.track(rule.targetLevel());
        List<Spell> related = spells.stream()
                .filter(s -> RelatedExperience.track(s.level()).equals(track))
                .toList();
        double inTrack = years(related, on);
        if (inTrack >= years) {
            return check(
                    rule,
                    Rule.EXPERIENCE,
                    Outcome.MET,
                    EligibilityText.EXPERIENCE_MET.with("held", format(inTrack), "years", years),
                    describe(related, on),
                    null);
        }
        double held = years(spells, on);
        String evidence = describe(spells, on);
        if (held < years) {
            return check(
                    rule,
                    Rule.EXPERIENCE,
                    Outcome.NOT_MET,
                    EligibilityText.EXPERIENCE_SHORT.with("held", format(held), "years", years),
                    evidence,
                    EligibilityText.EXPERIENCE_GAP.with("years", format(years - held)));
        }
        return check(
                rule,
                Rule.EXPERIENCE,
                Outcome.NEEDS_MANUAL_CHECK,
                EligibilityText.EXPERIENCE_CONFIRM.with(
                        "held", format(held), "inTrack", format(inTrack), "years", years),
                evidence,
                null);
    }

    private static Check prior(LegalRule rule, List<Spell> spells, Map<String, String> names, LocalDate on) {
        int years = rule.years() == null ? 0 : rule.years();
        String wanted = String.join(
                " / ",
                rule.priorLevels().stream().map(l -> names.getOrDefault(l, l)).toList());
        List<Spell> matching = spells.stream()
                .filter(s -> rule.priorLevels().contains(s.level()))
                .toList();
        if (spells.isEmpty()) {
            return check(
                    rule,
                    Rule.PRIOR_POSITION,
                    Outcome.NEEDS_MANUAL_CHECK,
                    EligibilityText.PRIOR_NONE.with("years", years, "wanted", wanted),
                    NONE,
                    null);
        }
        double held = years(matching, on);
        if (held >= years) {
            return check(
                    rule,
                    Rule.PRIOR_POSITION,
                    Outcome.MET,
                    EligibilityText.PRIOR_MET.with("held", format(held), "wanted", wanted, "years", years),
                    describe(matching, on),
                    null);
        }
        return check(
                rule,
                Rule.PRIOR_POSITION,
                Outcome.NOT_MET,
                matching.isEmpty()
                        ? EligibilityText.PRIOR_NEVER.with("wanted", wanted, "years", years)
                        : EligibilityText.PRIOR_SHORT.with("held", format(held), "wanted", wanted, "years", years),
                matching.isEmpty() ? describe(spells, on) : describe(matching, on),
                EligibilityText.PRIOR_GAP.with("years", format(years - held), "wanted", wanted));
    }

    private static Check age(LegalRule rule, @Nullable LocalDate birthDate, LocalDate on) {
        if (birthDate == null) {
            return check(rule, Rule.AGE, Outcome.NEEDS_MANUAL_CHECK, EligibilityText.AGE_NONE.with(), NONE, null);
        }
        int age = Period.between(birthDate, on).getYears();
        int max = Objects.requireNonNull(rule.maxAge(), "the table requires it of an AGE rule");
        boolean met = age <= max;
        return check(
                rule,
                Rule.AGE,
                met ? Outcome.MET : Outcome.NOT_MET,
                (met ? EligibilityText.AGE_WITHIN : EligibilityText.AGE_ABOVE).with("age", age, "date", on, "max", max),
                "born " + birthDate + " (from the NIP)",
                null);
    }

    /** Cumulative years of the spells up to the date (a spell that starts later does not count). */
    static double years(List<Spell> spells, LocalDate on) {
        long days = spells.stream()
                .filter(s -> s.from().isBefore(on))
                .mapToLong(s -> ChronoUnit.DAYS.between(s.from(), s.to() == null || s.to().isAfter(on) ? on : s.to()))
                .sum();
        return days / DAYS_PER_YEAR;
    }

    private static String describe(List<Spell> spells, LocalDate on) {
        return String.join(
                "; ",
                spells.stream()
                        .filter(s -> s.from().isBefore(on))
                        .map(s -> s.name() + " (" + s.level() + ") " + s.from() + " to "
                                + (s.to() == null || s.to().isAfter(on) ? "now" : s.to()))
                        .toList());
    }

    private static String format(double years) {
        return String.valueOf(Math.round(years * 10) / 10.0);
    }

    private static Check check(
            LegalRule rule, Rule kind, Outcome outcome, Text reason, String evidence, @Nullable Text gap) {
        return new Check(kind, outcome, reason, gap, evidence, rule.source(), null);
    }
}
