package id.meritasn.employee;

import static id.meritasn.jooq.t_template.Tables.EMPLOYEE_AUDIT;

import id.meritasn.employee.EmployeeRecords.EmployeeChange;
import id.meritasn.shared.db.AnyOf;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** The employees' audit trail: every change of a record, with who made it and the record before and after. */
@Repository
class EmployeeAuditRepository {

    /** Audit entries {nip, before JSON, after JSON} in one multi-row insert. */
    void auditAll(DSLContext tenant, String actor, String action, List<String[]> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var insert = tenant.insertInto(
                EMPLOYEE_AUDIT,
                EMPLOYEE_AUDIT.NIP,
                EMPLOYEE_AUDIT.ACTOR,
                EMPLOYEE_AUDIT.ACTION,
                EMPLOYEE_AUDIT.BEFORE,
                EMPLOYEE_AUDIT.AFTER);
        for (String[] e : entries) {
            insert = insert.values(
                    e[0],
                    actor,
                    action,
                    e[1] == null ? null : JSONB.valueOf(e[1]),
                    e[2] == null ? null : JSONB.valueOf(e[2]));
        }
        insert.execute();
    }

    void audit(
            DSLContext tenant,
            String nip,
            String actor,
            String action,
            @Nullable String before,
            @Nullable String after) {
        tenant.insertInto(EMPLOYEE_AUDIT)
                .set(EMPLOYEE_AUDIT.NIP, nip)
                .set(EMPLOYEE_AUDIT.ACTOR, actor)
                .set(EMPLOYEE_AUDIT.ACTION, action)
                .set(EMPLOYEE_AUDIT.BEFORE, before == null ? null : JSONB.valueOf(before))
                .set(EMPLOYEE_AUDIT.AFTER, after == null ? null : JSONB.valueOf(after))
                .execute();
    }

    Map<String, List<EmployeeChange>> auditTrails(DSLContext tenant, Collection<String> nips) {
        return tenant.selectFrom(EMPLOYEE_AUDIT)
                .where(AnyOf.strings(EMPLOYEE_AUDIT.NIP, nips))
                .orderBy(EMPLOYEE_AUDIT.ID)
                .fetchGroups(
                        EMPLOYEE_AUDIT.NIP,
                        r -> new EmployeeChange(
                                r.getOccurredAt(),
                                r.getActor(),
                                r.getAction(),
                                r.getBefore() == null ? null : r.getBefore().data(),
                                r.getAfter() == null ? null : r.getAfter().data()));
    }
}
