package id.meritasn.succession;

import id.meritasn.audit.AuditLog;
import id.meritasn.employee.ReferenceData;
import id.meritasn.employee.ReferenceDataService;
import id.meritasn.shared.outcome.Outcome;
import id.meritasn.shared.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal conditions per position level as versioned national reference data. Platform admins add a version from
 * a date on (never back-dated, so a decision taken under a version stays checkable under it); agencies read them and
 * cannot change them. Everyone signed in may read: they are the law, not agency data.
 */
@Service
public class LegalRuleService {

    private final LegalRuleRepository repository;
    private final ReferenceDataService referenceData;
    private final AuditLog audit;
    private final Clock clock;

    LegalRuleService(LegalRuleRepository repository, ReferenceDataService referenceData, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.referenceData = referenceData;
        this.audit = audit;
        this.clock = clock;
    }

    /** One condition of a new version, as an admin enters it. */
    public record ConditionInput(
            LegalRule.Condition condition,
            @Nullable String educationMin,
            @Nullable Integer years,
            @Nullable List<String> priorLevels,
            @Nullable Integer maxAge) {}

    /** Why a version was refused: the field, the rule broken and words to act on. */
    public record RuleProblem(String field, String rule, String message) {}

    /** Every version of every level (or one level), or only those in force on a date when one is given. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LegalRule> rules(@Nullable String level, @Nullable LocalDate asOf) {
        return repository.all().stream()
                .filter(r -> level == null || r.targetLevel().equals(level))
                .filter(r -> asOf == null || r.inForceOn(asOf))
                .toList();
    }

    /** The conditions of a level in force on a day: what a check on that day applies. */
    List<LegalRule> inForce(String level, LocalDate day) {
        return repository.all().stream()
                .filter(r -> r.targetLevel().equals(level) && r.inForceOn(day))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public Outcome<List<LegalRule>, RuleProblem> save(
            String level, LocalDate effectiveFrom, String legalSource, List<ConditionInput> conditions, String actor) {
        ReferenceData reference = referenceData.get();
        Set<String> levels = new HashSet<>(reference.positionLevels().stream()
                .map(ReferenceData.PositionLevel::code)
                .toList());
        Set<String> education = new HashSet<>(reference.educationLevels().stream()
                .map(ReferenceData.EducationLevel::code)
                .toList());
        List<RuleProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (!levels.contains(level)) {
            problems.add(new RuleProblem("targetLevel", "UNKNOWN_LEVEL", "No position level '" + level + "'."));
        }
        if (effectiveFrom.isBefore(today)) {
            problems.add(new RuleProblem(
                    "effectiveFrom",
                    "NOT_BACKDATED",
                    "A version starts today (" + today + ") or later, not " + effectiveFrom
                            + ": decisions already taken stay checkable under their rules."));
        }
        LocalDate latest = levels.contains(level) ? repository.latestStart(level) : null;
        if (latest != null && !effectiveFrom.isAfter(latest)) {
            problems.add(new RuleProblem(
                    "effectiveFrom",
                    "AFTER_LATEST",
                    "The level's latest version starts " + latest + "; a new one starts after it."));
        }
        String source = legalSource.trim();
        if (source.length() < 5 || source.length() > 300) {
            problems.add(new RuleProblem("legalSource", "LENGTH", "The legal source is 5 to 300 characters."));
        }
        if (conditions.isEmpty()) {
            problems.add(new RuleProblem("conditions", "EMPTY", "A version names at least one condition."));
        }
        Set<LegalRule.Condition> seen = new HashSet<>();
        for (int i = 0; i < conditions.size(); i++) {
            ConditionInput c = conditions.get(i);
            String field = "conditions[" + i + "]";
            if (!seen.add(c.condition())) {
                problems.add(new RuleProblem(field, "DUPLICATE", c.condition() + " appears twice."));
            }
            switch (c.condition()) {
                case EDUCATION -> {
                    if (c.educationMin() == null || !education.contains(c.educationMin())) {
                        problems.add(new RuleProblem(
                                field + ".educationMin",
                                "UNKNOWN_EDUCATION",
                                "EDUCATION names an education level of the reference, not '" + c.educationMin()
                                        + "'."));
                    }
                }
                case EXPERIENCE, PRIOR_POSITION -> {
                    if (c.years() == null || c.years() < 1 || c.years() > 40) {
                        problems.add(
                                new RuleProblem(field + ".years", "RANGE", c.condition() + " needs 1 to 40 years."));
                    }
                    if (c.condition() == LegalRule.Condition.PRIOR_POSITION
                            && (c.priorLevels() == null
                                    || c.priorLevels().isEmpty()
                                    || !levels.containsAll(c.priorLevels()))) {
                        problems.add(new RuleProblem(
                                field + ".priorLevels",
                                "UNKNOWN_LEVEL",
                                "PRIOR_POSITION names one or more position levels of the reference."));
                    }
                }
                case AGE -> {
                    if (c.maxAge() == null || c.maxAge() < 30 || c.maxAge() > 70) {
                        problems.add(new RuleProblem(field + ".maxAge", "RANGE", "AGE needs a limit of 30 to 70."));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(problems);
        }
        repository.closeBefore(level, effectiveFrom);
        for (ConditionInput c : conditions) {
            repository.insert(
                    new LegalRule(
                            0,
                            level,
                            c.condition(),
                            c.condition() == LegalRule.Condition.EDUCATION ? c.educationMin() : null,
                            c.condition() == LegalRule.Condition.EXPERIENCE
                                            || c.condition() == LegalRule.Condition.PRIOR_POSITION
                                    ? c.years()
                                    : null,
                            c.condition() == LegalRule.Condition.PRIOR_POSITION
                                    ? List.copyOf(c.priorLevels())
                                    : List.of(),
                            c.condition() == LegalRule.Condition.AGE ? c.maxAge() : null,
                            source,
                            effectiveFrom,
                            null),
                    actor);
        }
        audit.record(
                actor,
                "eligibility-rules.saved",
                null,
                Map.of(
                        "level",
                        level,
                        "effectiveFrom",
                        effectiveFrom.toString(),
                        "legalSource",
                        source,
                        "conditions",
                        conditions.stream().map(c -> c.condition().name()).toList()));
        return Outcome.done(rules(level, null)); // every version of the level, the new one last
    }
}
