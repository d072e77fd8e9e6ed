package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.succession.CareerRoadmapService;
import id.meritasn.succession.SuccessionRecords.CareerRoadmap;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** The career roadmap page: the signed-in employee's own, or (supervisor, tenant admin) another employee's. */
@BrowserCallable
@PermitAll
class CareerRoadmapBrowserService {

    private final CareerRoadmapService roadmaps;

    CareerRoadmapBrowserService(CareerRoadmapService roadmaps) {
        this.roadmaps = roadmaps;
    }

    /** The caller's own roadmap when nip is empty; the service refuses anyone but the employee, supervisor, admin. */
    public @Nullable CareerRoadmap roadmap(@Nullable String nip) {
        return roadmaps.roadmap(UiCaller.agency(), nip);
    }
}
