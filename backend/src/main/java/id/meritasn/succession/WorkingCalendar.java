package id.meritasn.succession;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.security.Roles;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.meritasn.jooq.platform.Tables.NON_WORKING_DAY;

/**
 * The national non-working days per year (holidays and collective leave, reference data on the default server) and
 * the deadlines counted in working days against them. Platform admins keep each year's list.
 */
@Service
public class WorkingCalendar {

    private final DSLContext platform;
    private final AuditLog audit;

    WorkingCalendar(DSLContext platform, AuditLog audit) {
        this.platform = platform;
        this.audit = audit;
    }

    public enum Kind { HOLIDAY, COLLECTIVE_LEAVE }

    public record NonWorkingDay(LocalDate day, Kind kind, String name, String source) {
    }

    /** The non-working days of a year, in date order. Public knowledge: anyone signed in reads them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NonWorkingDay> year(int year) {
        return platform.selectFrom(NON_WORKING_DAY).where(NON_WORKING_DAY.DAY.between(LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31))).orderBy(NON_WORKING_DAY.DAY)
                .fetch(r -> new NonWorkingDay(r.getDay(), Kind.valueOf(r.getKind()), r.getName(), r.getSource()));
    }

    /** Adds or corrects a day; an error message when the input is refused, else null. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
    public @Nullable String save(LocalDate day, Kind kind, String name, String source, String actor) {
        if (name.trim().length() < 3 || name.trim().length() > 200) {
            return "The name is 3 to 200 characters.";
        }
        if (source.trim().length() < 5 || source.trim().length() > 300) {
            return "The source (the decree) is 5 to 300 characters.";
        }
        platform.insertInto(NON_WORKING_DAY).set(NON_WORKING_DAY.DAY, day).set(NON_WORKING_DAY.KIND, kind.name())
                .set(NON_WORKING_DAY.NAME, name.trim()).set(NON_WORKING_DAY.SOURCE, source.trim())
                .set(NON_WORKING_DAY.CREATED_BY, actor).onConflict(NON_WORKING_DAY.DAY).doUpdate()
                .set(NON_WORKING_DAY.KIND, kind.name()).set(NON_WORKING_DAY.NAME, name.trim())
                .set(NON_WORKING_DAY.SOURCE, source.trim()).execute();
        audit.record(actor, "calendar.non-working-day-saved", null, Map.of("day", day.toString(), "kind", kind.name(),
                "name", name.trim()));
        return null;
    }

    /** The {@code days}-th working day after {@code from}: the last day an objection is accepted. */
    LocalDate deadline(LocalDate from, int days) {
        Set<LocalDate> closed = new HashSet<>(platform.select(NON_WORKING_DAY.DAY).from(NON_WORKING_DAY)
                .where(NON_WORKING_DAY.DAY.between(from, from.plusDays(days * 3L + 30))).fetch(NON_WORKING_DAY.DAY));
        return WorkingDays.after(from, days, closed);
    }
}
