package id.meritasn.succession;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One legal condition for holding a position level, from the national reference (platform.eligibility_rule), with
 * its source and the days it is in force. Only the field its condition names is set.
 */
public record LegalRule(
        long id,
        String targetLevel,
        Condition condition,
        @Nullable String educationMin,
        @Nullable Integer years,
        List<String> priorLevels,
        @Nullable Integer maxAge,
        String legalSource,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo) {

    public enum Condition {
        EDUCATION,
        EXPERIENCE,
        PRIOR_POSITION,
        AGE
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    /** Where the condition comes from and since when, as a check shows it. */
    public String source() {
        return legalSource + " (berlaku sejak " + effectiveFrom + ")";
    }
}
