package id.meritasn.succession;

import id.meritasn.audit.AuditLog;
import id.meritasn.shared.security.Roles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national non-working days per year (holidays and collective leave, reference data on the default server) and
 * the deadlines counted in working days against them. Platform admins keep each year's list.
 */
@Service
public class WorkingCalendar {

    private final NonWorkingDayRepository days;
    private final AuditLog audit;

    WorkingCalendar(NonWorkingDayRepository days, AuditLog audit) {
        this.days = days;
        this.audit = audit;
    }

    public enum Kind {
        HOLIDAY,
        COLLECTIVE_LEAVE
    }

    public record NonWorkingDay(LocalDate day, Kind kind, String name, String source) {}

    /** The non-working days of a year, in date order. Public knowledge: anyone signed in reads them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NonWorkingDay> year(int year) {
        return days.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
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
        days.save(new NonWorkingDay(day, kind, name.trim(), source.trim()), actor);
        audit.record(
                actor,
                "calendar.non-working-day-saved",
                null,
                Map.of("day", day.toString(), "kind", kind.name(), "name", name.trim()));
        return null;
    }

    /** The {@code days}-th working day after {@code from}: the last day an objection is accepted. */
    LocalDate deadline(LocalDate from, int count) {
        // three calendar days per working day and a month more covers any run of weekends, holidays and leave
        Set<LocalDate> closed = days.days(from, from.plusDays(count * 3L + 30));
        return WorkingDays.after(from, count, closed);
    }
}
