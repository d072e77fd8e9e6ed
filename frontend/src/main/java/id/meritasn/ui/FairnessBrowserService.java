package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.succession.FairnessMonitor;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.NonNull;

/** The fairness monitor page: the report of a period of the caller's agency (the service checks the role). */
@BrowserCallable
@PermitAll
class FairnessBrowserService {

    private final FairnessMonitor monitor;

    FairnessBrowserService(FairnessMonitor monitor) {
        this.monitor = monitor;
    }

    public FairnessMonitor.@NonNull Report report(long periodId) {
        return monitor.report(UiCaller.agency(), periodId);
    }
}
