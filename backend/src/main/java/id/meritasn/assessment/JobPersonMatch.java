package id.meritasn.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Job-person match: the sum of achieved competency levels over the sum of levels the position's standard requires,
 * in percent (DOMAIN.md). Both category sets are derived: for filling a position and for mapping.
 */
public record JobPersonMatch(BigDecimal percent, Filling filling, Mapping mapping) {

    /** For filling a position [firm]: MS >= 80, MMS 68 to < 80, KMS < 68. */
    public enum Filling {
        MEMENUHI_SYARAT,
        MASIH_MEMENUHI_SYARAT,
        KURANG_MEMENUHI_SYARAT
    }

    /** For mapping [likely]: optimal >= 90, cukup optimal 78 to < 90, kurang optimal < 78. */
    public enum Mapping {
        OPTIMAL,
        CUKUP_OPTIMAL,
        KURANG_OPTIMAL
    }

    /** One required competency of the standard. */
    public record Requirement(String competency, int requiredLevel) {}

    /**
     * @param achieved achieved level per competency; every required competency must be present
     * @throws IllegalArgumentException naming the first required competency without an assessed level
     */
    public static JobPersonMatch of(Map<String, Integer> achieved, List<Requirement> standard) {
        if (standard.isEmpty()) {
            throw new IllegalArgumentException("The position has no competency standard.");
        }
        int required = 0;
        int reached = 0;
        for (Requirement requirement : standard) {
            Integer level = achieved.get(requirement.competency());
            if (level == null) {
                throw new IllegalArgumentException(
                        "No assessed level for competency '" + requirement.competency() + "'.");
            }
            required += requirement.requiredLevel();
            reached += level;
        }
        BigDecimal percent =
                BigDecimal.valueOf(reached * 100L).divide(BigDecimal.valueOf(required), 2, RoundingMode.HALF_UP);
        return new JobPersonMatch(percent, filling(percent), mapping(percent));
    }

    static Filling filling(BigDecimal percent) {
        if (percent.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return Filling.MEMENUHI_SYARAT;
        }
        return percent.compareTo(BigDecimal.valueOf(68)) >= 0
                ? Filling.MASIH_MEMENUHI_SYARAT
                : Filling.KURANG_MEMENUHI_SYARAT;
    }

    static Mapping mapping(BigDecimal percent) {
        if (percent.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return Mapping.OPTIMAL;
        }
        return percent.compareTo(BigDecimal.valueOf(78)) >= 0 ? Mapping.CUKUP_OPTIMAL : Mapping.KURANG_OPTIMAL;
    }
}
