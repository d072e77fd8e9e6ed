package id.meritasn.succession;

import id.meritasn.shared.graphql.FieldInvalid;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** The national non-working days that objection windows count against. */
@Controller
class CalendarController {

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record SaveNonWorkingDayInput(LocalDate day, WorkingCalendar.Kind kind, String name, String source) {}

    record SaveNonWorkingDayPayload(WorkingCalendar.@Nullable NonWorkingDay day, List<FieldInvalid> errors) {}

    @QueryMapping
    List<WorkingCalendar.NonWorkingDay> nonWorkingDays(@Argument int year) {
        return calendar.year(year);
    }

    @MutationMapping
    SaveNonWorkingDayPayload saveNonWorkingDay(@Argument SaveNonWorkingDayInput input, Authentication caller) {
        String refused = calendar.save(input.day(), input.kind(), input.name(), input.source(), caller.getName());
        if (refused != null) {
            return new SaveNonWorkingDayPayload(null, List.of(new FieldInvalid(refused, "input")));
        }
        return new SaveNonWorkingDayPayload(
                calendar.year(input.day().getYear()).stream()
                        .filter(d -> d.day().equals(input.day()))
                        .findFirst()
                        .orElseThrow(),
                List.of());
    }
}
