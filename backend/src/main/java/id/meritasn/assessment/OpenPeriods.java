package id.meritasn.assessment;

import id.meritasn.assessment.AssessmentRecords.AssessmentPeriod;
import id.meritasn.assessment.AssessmentRecords.PeriodStatus;
import id.meritasn.shared.outcome.Outcome;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Checks shared by everything that writes into a period, and the one-way references that stand in for people. */
final class OpenPeriods {

    private OpenPeriods() {}

    /** The period, if it belongs to the agency and is still OPEN; otherwise a refusal naming what is closed. */
    static Outcome<AssessmentPeriod, AssessmentProblem> open(
            Optional<AssessmentPeriod> found, long periodId, String closed) {
        if (found.isEmpty()) {
            return Outcome.refused(
                    new AssessmentProblem("UNKNOWN_PERIOD", "No assessment period " + periodId + " in this agency."));
        }
        AssessmentPeriod period = found.get();
        if (period.status() != PeriodStatus.OPEN) {
            return Outcome.refused(new AssessmentProblem(
                    "PERIOD_NOT_OPEN", "Period '" + period.name() + "' is " + period.status() + ": " + closed + "."));
        }
        return Outcome.done(period);
    }

    /** {@link #open}, for checks deep inside a step that stop it as a whole (see {@link AssessmentRefused}). */
    static AssessmentPeriod require(Optional<AssessmentPeriod> found, long periodId, String closed) {
        return open(found, periodId, closed).orElseThrow(problems -> new AssessmentRefused(problems.getFirst()));
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
