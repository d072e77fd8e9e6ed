package id.meritasn.mobility;

import id.meritasn.assessment.AssessmentPeriodPublished;
import id.meritasn.employee.EmployeeRecordsChanged;
import id.meritasn.mobility.MobilityTenantRepository.Reason;
import id.meritasn.tenancy.TenantDatabase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the agency's outbox in the transaction of the change it reports, so a change and its note to the indexer
 * commit together or not at all. Changes to employees who did not consent write nothing: they are not in the index.
 */
@Service
class MobilityChangeListener {

    private final TenantDatabase tenants;
    private final MobilityTenantRepository outbox;

    MobilityChangeListener(TenantDatabase tenants, MobilityTenantRepository outbox) {
        this.tenants = tenants;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EmployeeRecordsChanged change) {
        if (!change.nips().isEmpty()) {
            outbox.enqueueConsenting(tenants.enter(change.agency()), change.nips(), Reason.RECORD_CHANGED);
        }
    }

    /** Boxes, bands and competency levels come from the latest published period: every entry of the agency changes. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(AssessmentPeriodPublished published) {
        outbox.enqueue(tenants.enter(published.agency()), null, Reason.PERIOD_PUBLISHED);
    }
}
