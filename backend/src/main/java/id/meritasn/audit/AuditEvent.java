package id.meritasn.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One platform action: who did what to which tenant, when, with what detail (JSON). */
public record AuditEvent(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        @Nullable String tenantKey,
        String detail) {}
