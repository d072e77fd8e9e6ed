package id.meritasn.ui;

import com.vaadin.hilla.BrowserCallable;
import id.meritasn.employee.ProfileReads;
import id.meritasn.employee.ProfileView;
import id.meritasn.succession.CareerRoadmapService;
import id.meritasn.succession.SuccessionRecords.CareerRoadmap;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** The career roadmap page: the signed-in employee's own, or (supervisor, tenant admin) another employee's. */
@BrowserCallable
@PermitAll
class CareerRoadmapBrowserService {

    private final CareerRoadmapService roadmaps;
    private final ProfileReads profileReads;

    CareerRoadmapBrowserService(CareerRoadmapService roadmaps, ProfileReads profileReads) {
        this.profileReads = profileReads;
        this.roadmaps = roadmaps;
    }

    /** The caller's own roadmap when nip is empty; the service refuses anyone but the employee, supervisor, admin. */
    public @Nullable CareerRoadmap roadmap(@Nullable String nip) {
        CareerRoadmap roadmap = roadmaps.roadmap(UiCaller.agency(), nip);
        if (roadmap != null) { // the caller's own roadmap is not recorded (ProfileReads.record)
            profileReads.record(UiCaller.agency(), roadmap.nip(), ProfileView.CAREER_ROADMAP);
        }
        return roadmap;
    }
}
