package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.succession.LegalRule;
import id.meritasn.succession.LegalRuleService;
import id.meritasn.succession.WorkingCalendar;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The national reference data of succession: the legal conditions per position level and the non-working days of a
 * year. Everyone signed in reads them; platform admins add versions and days.
 */
@BrowserCallable
@PermitAll
class LegalRulesBrowserService {

    private final LegalRuleService rules;
    private final WorkingCalendar calendar;

    LegalRulesBrowserService(LegalRuleService rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** National holidays and collective leave days of a year: what objection windows count against. */
    public @NonNull List<WorkingCalendar.@NonNull NonWorkingDay> nonWorkingDays(int year) {
        return calendar.year(year);
    }

    public @NonNull Saved saveNonWorkingDay(
            @NonNull LocalDate day, WorkingCalendar.@NonNull Kind kind, @NonNull String name, @NonNull String source) {
        String refused = calendar.save(day, kind, name, source, UiCaller.username());
        return new Saved(refused == null ? List.of() : List.of(refused));
    }

    record Condition(
            @NonNull String condition,
            @Nullable String educationMin,
            @Nullable Integer years,
            @Nullable List<@NonNull String> priorLevels,
            @Nullable Integer maxAge) {}

    record Saved(@NonNull List<@NonNull String> problems) {}

    public @NonNull List<@NonNull LegalRule> rules(@Nullable String level) {
        return rules.rules(level == null || level.isBlank() ? null : level, null);
    }

    public @NonNull Saved save(
            @NonNull String level,
            @NonNull LocalDate effectiveFrom,
            @NonNull String legalSource,
            @NonNull List<@NonNull Condition> conditions) {
        var saved = rules.save(
                level,
                effectiveFrom,
                legalSource,
                conditions.stream()
                        .map(c -> new LegalRuleService.ConditionInput(
                                LegalRule.Condition.valueOf(c.condition()),
                                c.educationMin(),
                                c.years(),
                                c.priorLevels(),
                                c.maxAge()))
                        .toList(),
                UiCaller.username());
        return new Saved(saved.problems().stream()
                .map(e -> e.field() + ": " + e.message())
                .toList());
    }
}
