package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks shared by everything that writes into a period, and the one-way references that stand in for people. */
final class OpenPeriods {

    private OpenPeriods() {}

    /** The period, if it belongs to the agency and is still OPEN; otherwise a refusal naming what is closed. */
    static AssessmentPeriod require(java.util.Optional<AssessmentPeriod> found, long periodId, String closed) {
        AssessmentPeriod period = found.orElseThrow(
                () -> new AssessmentRefused("UNKNOWN_PERIOD", "No assessment period " + periodId + " in this agency."));
        if (period.status() != PeriodStatus.OPEN) {
            throw new AssessmentRefused(
                    "PERIOD_NOT_OPEN", "Period '" + period.name() + "' is " + period.status() + ": " + closed + ".");
        }
        return period;
    }

    /** SHA-256 of the parts joined with '|': lets a second answer replace the first while no identity is stored. */
    static String reference(String... parts) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(String.join("|", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
