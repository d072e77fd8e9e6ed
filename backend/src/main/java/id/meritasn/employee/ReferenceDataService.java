package id.meritasn.employee;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public national reference data; cached after the first read because only a platform release changes it. */
@Service
public class ReferenceDataService {

    private final ReferenceDataRepository repository;
    private volatile @Nullable ReferenceData cached;

    ReferenceDataService(ReferenceDataRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public ReferenceData get() {
        ReferenceData data = cached;
        if (data == null) {
            data = repository.load();
            cached = data;
        }
        return data;
    }
}
