package id.meritasn.succession;

import id.meritasn.assessment.JobPersonMatch;
import id.meritasn.shared.text.Text;
import id.meritasn.succession.Eligibility.Candidate;
import id.meritasn.succession.Eligibility.Check;
import id.meritasn.succession.Eligibility.Golongan;
import id.meritasn.succession.Eligibility.Level;
import id.meritasn.succession.Eligibility.Outcome;
import id.meritasn.succession.Eligibility.Rule;
import id.meritasn.succession.Eligibility.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The platform's own rules of {@link Eligibility} (rank, position level, JPM, discipline), each giving its check. */
final class EligibilityRules {

    /** A regular rank promotion (kenaikan pangkat reguler) comes at the earliest every four years. */
    static final int YEARS_PER_PROMOTION = 4;

    private EligibilityRules() {}

    static Check rank(Target target, Candidate candidate) {
        Golongan required = target.minGolongan();
        Golongan has = candidate.golongan();
        if (required == null) {
            return manual(Rule.RANK, EligibilityText.RANK_NO_MINIMUM.with());
        }
        if (has == null) {
            return manual(Rule.RANK, EligibilityText.RANK_NOT_ON_RECORD.with());
        }
        int below = required.rankOrder() - has.rankOrder();
        if (below <= 1) {
            return met(
                    Rule.RANK,
                    (below == 1 ? EligibilityText.RANK_ONE_BELOW : EligibilityText.RANK_MEETS)
                            .with("has", has.code(), "required", required.code()));
        }
        int promotions = below - 1;
        Text gap = candidate.golonganTmt() == null
                ? EligibilityText.RANK_GAP.with("promotions", promotions)
                : EligibilityText.RANK_GAP_BY.with(
                        "promotions",
                        promotions,
                        "date",
                        candidate.golonganTmt().plusYears((long) YEARS_PER_PROMOTION * promotions),
                        "every",
                        YEARS_PER_PROMOTION);
        return new Check(
                Rule.RANK,
                Outcome.NOT_MET,
                EligibilityText.RANK_BELOW.with("has", has.code(), "below", below, "required", required.code()),
                gap);
    }

    static Check level(Target target, Candidate candidate) {
        Level position = candidate.position();
        if (position == null) {
            return manual(Rule.POSITION_LEVEL, EligibilityText.LEVEL_NO_POSITION.with());
        }
        int below = target.level().rankOrder() - position.rankOrder();
        if (below <= 1) {
            return met(
                    Rule.POSITION_LEVEL,
                    (below == 1 ? EligibilityText.LEVEL_ONE_BELOW : EligibilityText.LEVEL_AT_OR_ABOVE)
                            .with(
                                    "current",
                                    position.name(),
                                    "target",
                                    target.level().name()));
        }
        return new Check(
                Rule.POSITION_LEVEL,
                Outcome.NOT_MET,
                EligibilityText.LEVEL_BELOW.with(
                        "current",
                        position.name(),
                        "below",
                        below,
                        "target",
                        target.level().name()),
                EligibilityText.LEVEL_GAP.with(
                        "levels", below - 1, "target", target.level().name()));
    }

    static Check jpm(JobPersonMatch jpm, Target target, Map<String, Integer> achieved) {
        String category = jpm.filling() == JobPersonMatch.Filling.MEMENUHI_SYARAT
                ? "memenuhi syarat"
                : jpm.filling() == JobPersonMatch.Filling.MASIH_MEMENUHI_SYARAT
                        ? "masih memenuhi syarat"
                        : "kurang memenuhi syarat";
        String percent = jpm.percent().stripTrailingZeros().toPlainString();
        if (jpm.filling() != JobPersonMatch.Filling.KURANG_MEMENUHI_SYARAT) {
            return met(Rule.JPM, EligibilityText.JPM_MET.with("percent", percent, "category", category));
        }
        List<String> below = target.standard().stream()
                .filter(r -> Objects.requireNonNull(
                                achieved.get(r.competency()), "a JPM is scored only with every required level")
                        < r.requiredLevel())
                .map(r -> r.competency() + " " + achieved.get(r.competency()) + " to " + r.requiredLevel())
                .toList();
        return new Check(
                Rule.JPM,
                Outcome.NOT_MET,
                EligibilityText.JPM_NOT_MET.with("percent", percent, "category", category),
                EligibilityText.JPM_GAP.with("competencies", String.join(", ", below)));
    }

    static Check discipline(Candidate candidate, LocalDate on) {
        return candidate.sanctions().stream()
                .filter(s -> s.inForceOn(on))
                .findFirst()
                .map(s -> {
                    String level = s.level().toLowerCase(Locale.ROOT);
                    return s.end() == null
                            ? new Check(
                                    Rule.DISCIPLINE,
                                    Outcome.NOT_MET,
                                    EligibilityText.DISCIPLINE_OPEN.with("level", level, "start", s.start()),
                                    EligibilityText.DISCIPLINE_GAP_OPEN.with())
                            : new Check(
                                    Rule.DISCIPLINE,
                                    Outcome.NOT_MET,
                                    EligibilityText.DISCIPLINE_UNTIL.with(
                                            "level", level, "start", s.start(), "end", s.end()),
                                    EligibilityText.DISCIPLINE_GAP_UNTIL.with(
                                            "date", s.end().plusDays(1)));
                })
                .orElseGet(() -> met(Rule.DISCIPLINE, EligibilityText.DISCIPLINE_NONE.with("date", on)));
    }

    static Check met(Rule rule, Text reason) {
        return new Check(rule, Outcome.MET, reason, null);
    }

    static Check manual(Rule rule, Text reason) {
        return new Check(rule, Outcome.NEEDS_MANUAL_CHECK, reason, null);
    }
}
