package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.AssessmentRecords.PeriodQueue;
import id.meritasn.assessment.AssessmentRecords.ValidationRefusal;
import id.meritasn.assessment.TieredValidation;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * Tiered assessment in the browser: the inputs waiting for the signed-in person's tier in the open periods, and their
 * decision. Who holds which tier is decided by the backend from the organisation; a refusal comes back as data.
 */
@BrowserCallable
@PermitAll
class ValidationBrowserService {

    private final TieredValidation tiers;

    ValidationBrowserService(TieredValidation tiers) {
        this.tiers = tiers;
    }

    public @NonNull List<@NonNull PeriodQueue> myQueue() {
        return tiers.openQueues(UiCaller.agency());
    }

    /** Null when done, else why not. */
    public @Nullable ValidationRefusal decide(
            long periodId, @NonNull String nip, @NonNull String kind, boolean approve, @Nullable String reason) {
        return tiers.decide(UiCaller.agency(), periodId, nip, kind, approve, reason, UiCaller.username())
                .orElse(null);
    }
}
