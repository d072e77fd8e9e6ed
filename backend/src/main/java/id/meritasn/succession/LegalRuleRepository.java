package id.meritasn.succession;

import static id.meritasn.jooq.platform.Tables.ELIGIBILITY_RULE;

import id.meritasn.jooq.platform.tables.records.EligibilityRuleRecord;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The national legal conditions per position level, on the default server's platform schema. */
@Repository
class LegalRuleRepository {

    private final DSLContext platform;

    LegalRuleRepository(DSLContext platform) {
        this.platform = platform;
    }

    List<LegalRule> all() {
        return platform.selectFrom(ELIGIBILITY_RULE)
                .orderBy(ELIGIBILITY_RULE.TARGET_LEVEL, ELIGIBILITY_RULE.EFFECTIVE_FROM, ELIGIBILITY_RULE.ID)
                .fetch(LegalRuleRepository::rule);
    }

    /** The latest start date of the level's versions, if any: a new version must start after it. */
    @Nullable
    LocalDate latestStart(String level) {
        return platform.select(DSL.max(ELIGIBILITY_RULE.EFFECTIVE_FROM))
                .from(ELIGIBILITY_RULE)
                .where(ELIGIBILITY_RULE.TARGET_LEVEL.eq(level))
                .fetchOne(0, LocalDate.class);
    }

    /** Ends the version in force for the level the day before {@code from}; the new one starts then. */
    void closeBefore(String level, LocalDate from) {
        platform.update(ELIGIBILITY_RULE)
                .set(ELIGIBILITY_RULE.EFFECTIVE_TO, from.minusDays(1))
                .where(ELIGIBILITY_RULE.TARGET_LEVEL.eq(level))
                .and(ELIGIBILITY_RULE.EFFECTIVE_TO.isNull())
                .execute();
    }

    void insert(LegalRule rule, String actor) {
        platform.insertInto(ELIGIBILITY_RULE)
                .set(ELIGIBILITY_RULE.TARGET_LEVEL, rule.targetLevel())
                .set(ELIGIBILITY_RULE.CONDITION, rule.condition().name())
                .set(ELIGIBILITY_RULE.EDUCATION_MIN, rule.educationMin())
                .set(
                        ELIGIBILITY_RULE.YEARS,
                        rule.years() == null ? null : rule.years().shortValue())
                .set(
                        ELIGIBILITY_RULE.PRIOR_LEVELS,
                        rule.priorLevels().isEmpty() ? null : rule.priorLevels().toArray(String[]::new))
                .set(
                        ELIGIBILITY_RULE.MAX_AGE,
                        rule.maxAge() == null ? null : rule.maxAge().shortValue())
                .set(ELIGIBILITY_RULE.LEGAL_SOURCE, rule.legalSource())
                .set(ELIGIBILITY_RULE.EFFECTIVE_FROM, rule.effectiveFrom())
                .set(ELIGIBILITY_RULE.CREATED_BY, actor)
                .execute();
    }

    private static LegalRule rule(EligibilityRuleRecord r) {
        return new LegalRule(
                r.getId(),
                r.getTargetLevel(),
                LegalRule.Condition.valueOf(r.getCondition()),
                r.getEducationMin(),
                r.getYears() == null ? null : r.getYears().intValue(),
                r.getPriorLevels() == null ? List.of() : List.of(r.getPriorLevels()),
                r.getMaxAge() == null ? null : r.getMaxAge().intValue(),
                r.getLegalSource(),
                r.getEffectiveFrom(),
                r.getEffectiveTo());
    }
}
