package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.assessment.CompletenessService;
import id.meritasn.assessment.CompletenessService.DeclarationRefused;
import id.meritasn.assessment.CompletenessService.UnitDeclaration;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.NonNull;

/** The completeness gate in the browser: each unit's declaration for a period, declaring and excluding. */
@BrowserCallable
@PermitAll
class CompletenessBrowserService {

    private final CompletenessService completeness;

    CompletenessBrowserService(CompletenessService completeness) {
        this.completeness = completeness;
    }

    public @NonNull List<@NonNull UnitDeclaration> declarations(long periodId) {
        return completeness.declarations(UiCaller.agency(), periodId);
    }

    /** Empty when declared, else every refusal with its rule. */
    public @NonNull List<@NonNull DeclarationRefused> declare(long periodId, @NonNull String unitCode) {
        return completeness.declare(UiCaller.agency(), periodId, List.of(unitCode), UiCaller.username());
    }

    public @NonNull List<@NonNull DeclarationRefused> exclude(
            long periodId, @NonNull String unitCode, @NonNull String reason) {
        return completeness.exclude(UiCaller.agency(), periodId, unitCode, reason, UiCaller.username());
    }
}
