package id.meritasn.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Objection windows in working days: weekends, national holidays and collective leave do not count. */
class WorkingDaysTest {

    /** Idulfitri 2026 as the joint decree sets it: Nyepi, cuti bersama and the two days of Idulfitri. */
    static final Set<LocalDate> CLOSED = Set.of(
            LocalDate.of(2026, 3, 18),
            LocalDate.of(2026, 3, 19),
            LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 21),
            LocalDate.of(2026, 3, 22),
            LocalDate.of(2026, 3, 23),
            LocalDate.of(2026, 3, 24),
            LocalDate.of(2026, 4, 3));

    @Test
    void seven_working_days_after_an_announcement_before_idulfitri_end_after_easter_friday_is_skipped() {
        // Tue 17 March: the 18th to the 24th are closed; 25, 26, 27, 30, 31 March, 1 and 2 April count
        assertThat(WorkingDays.after(LocalDate.of(2026, 3, 17), 7, CLOSED)).isEqualTo(LocalDate.of(2026, 4, 2));
        // a Friday announcement: the weekend does not count
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 4), 1, Set.of())).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void the_deadline_is_a_working_day_with_exactly_the_asked_number_of_working_days_after_the_start() {
        for (LocalDate start = LocalDate.of(2026, 3, 1);
                start.isBefore(LocalDate.of(2026, 4, 30));
                start = start.plusDays(1)) {
            for (int days = 1; days <= 14; days++) {
                LocalDate deadline = WorkingDays.after(start, days, CLOSED);
                assertThat(WorkingDays.isWorkingDay(deadline, CLOSED))
                        .as(start + " + " + days)
                        .isTrue();
                long counted = Stream.iterate(start.plusDays(1), d -> !d.isAfter(deadline), d -> d.plusDays(1))
                        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                                && d.getDayOfWeek() != DayOfWeek.SUNDAY
                                && !CLOSED.contains(d))
                        .count();
                assertThat(counted).as(start + " + " + days).isEqualTo(days);
            }
        }
    }
}
