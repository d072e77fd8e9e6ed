package id.meritasn.succession;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days: not a Saturday or Sunday, not a national holiday or collective leave day. */
final class WorkingDays {

    private WorkingDays() {}

    static boolean isWorkingDay(LocalDate day, Set<LocalDate> closed) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !closed.contains(day);
    }

    /** The {@code count}-th working day after {@code start} (the start day itself does not count). */
    static LocalDate after(LocalDate start, int count, Set<LocalDate> closed) {
        LocalDate day = start;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (isWorkingDay(day, closed)) {
                counted++;
            }
        }
        return day;
    }
}
