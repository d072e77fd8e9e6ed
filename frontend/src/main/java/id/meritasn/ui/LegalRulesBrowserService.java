package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.succession.LegalRule;
import id.meritasn.succession.LegalRuleService;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** The national legal conditions per position level: everyone reads them, platform admins add versions. */
@BrowserCallable
@PermitAll
class LegalRulesBrowserService {

    private final LegalRuleService rules;

    LegalRulesBrowserService(LegalRuleService rules) {
        this.rules = rules;
    }

    record Condition(@NonNull String condition, @Nullable String educationMin, @Nullable Integer years,
                     @Nullable List<@NonNull String> priorLevels, @Nullable Integer maxAge) {
    }

    record Saved(@NonNull List<@NonNull String> problems) {
    }

    public @NonNull List<@NonNull LegalRule> rules(@Nullable String level) {
        return rules.rules(level == null || level.isBlank() ? null : level, null);
    }

    public @NonNull Saved save(@NonNull String level, @NonNull LocalDate effectiveFrom, @NonNull String legalSource,
                               @NonNull List<@NonNull Condition> conditions) {
        var saved = rules.save(level, effectiveFrom, legalSource, conditions.stream()
                .map(c -> new LegalRuleService.ConditionInput(LegalRule.Condition.valueOf(c.condition()), c.educationMin(),
                        c.years(), c.priorLevels(), c.maxAge())).toList(), UiCaller.username());
        return new Saved(saved.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
