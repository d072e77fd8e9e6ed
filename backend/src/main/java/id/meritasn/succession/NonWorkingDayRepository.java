package id.meritasn.succession;

import static id.meritasn.jooq.platform.Tables.NON_WORKING_DAY;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The national non-working days, on the default server's platform schema. */
@Repository
class NonWorkingDayRepository {

    private final DSLContext platform;

    NonWorkingDayRepository(DSLContext platform) {
        this.platform = platform;
    }

    List<WorkingCalendar.NonWorkingDay> between(LocalDate from, LocalDate to) {
        return platform.selectFrom(NON_WORKING_DAY)
                .where(NON_WORKING_DAY.DAY.between(from, to))
                .orderBy(NON_WORKING_DAY.DAY)
                .fetch(r -> new WorkingCalendar.NonWorkingDay(
                        r.getDay(), WorkingCalendar.Kind.valueOf(r.getKind()), r.getName(), r.getSource()));
    }

    Set<LocalDate> days(LocalDate from, LocalDate to) {
        return new HashSet<>(platform.select(NON_WORKING_DAY.DAY)
                .from(NON_WORKING_DAY)
                .where(NON_WORKING_DAY.DAY.between(from, to))
                .fetch(NON_WORKING_DAY.DAY));
    }

    void save(WorkingCalendar.NonWorkingDay day, String actor) {
        platform.insertInto(NON_WORKING_DAY)
                .set(NON_WORKING_DAY.DAY, day.day())
                .set(NON_WORKING_DAY.KIND, day.kind().name())
                .set(NON_WORKING_DAY.NAME, day.name())
                .set(NON_WORKING_DAY.SOURCE, day.source())
                .set(NON_WORKING_DAY.CREATED_BY, actor)
                .onConflict(NON_WORKING_DAY.DAY)
                .doUpdate()
                .set(NON_WORKING_DAY.KIND, day.kind().name())
                .set(NON_WORKING_DAY.NAME, day.name())
                .set(NON_WORKING_DAY.SOURCE, day.source())
                .execute();
    }
}
