package id.meritasn.succession;

import id.meritasn.shared.graphql.CurrentAgency;
import id.meritasn.succession.SuccessionGraphQlTypes.SuccessionCasePayload;
import id.meritasn.succession.SuccessionRecords.Candidate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Legal conditions per level, the committee's settled manual checks and re-checks on a date. */
@Controller
class EligibilityController {

    private final LegalRuleService rules;
    private final ManualCheckService checks;
    private final SuccessionService succession;

    EligibilityController(LegalRuleService rules, ManualCheckService checks, SuccessionService succession) {
        this.rules = rules;
        this.checks = checks;
        this.succession = succession;
    }

    record SaveEligibilityRulesInput(
            String targetLevel,
            LocalDate effectiveFrom,
            String legalSource,
            List<LegalRuleService.ConditionInput> conditions) {}

    record ResolveEligibilityCheckInput(
            long caseId,
            long sessionId,
            String nip,
            Eligibility.Rule rule,
            Eligibility.Outcome outcome,
            String reason) {}

    /** The level's versions after the save; none when refused (the schema's list is never null). */
    record SaveEligibilityRulesPayload(List<LegalRule> rules, List<LegalRuleService.RuleProblem> errors) {}

    @QueryMapping
    List<LegalRule> eligibilityRules(@Argument @Nullable String level, @Argument @Nullable LocalDate asOf) {
        return rules.rules(level, asOf);
    }

    @QueryMapping
    List<Candidate> caseCandidates(@Argument long caseId, @Argument LocalDate rulesOn, @CurrentAgency String agency) {
        return succession.candidatesOn(agency, caseId, rulesOn);
    }

    @MutationMapping
    SaveEligibilityRulesPayload saveEligibilityRules(@Argument SaveEligibilityRulesInput input, Authentication caller) {
        var saved = rules.save(
                input.targetLevel(), input.effectiveFrom(), input.legalSource(), input.conditions(), caller.getName());
        return new SaveEligibilityRulesPayload(
                Objects.requireNonNullElse(saved.valueOrNull(), List.of()), saved.problems());
    }

    @MutationMapping
    SuccessionCasePayload resolveEligibilityCheck(
            @Argument ResolveEligibilityCheckInput input, Authentication caller, @CurrentAgency String agency) {
        var result = checks.resolve(
                agency,
                input.caseId(),
                input.sessionId(),
                input.nip().trim(),
                input.rule(),
                input.outcome(),
                input.reason(),
                caller.getName());
        return new SuccessionCasePayload(result.valueOrNull(), SuccessionGraphQlTypes.errors(result.problems()));
    }
}
