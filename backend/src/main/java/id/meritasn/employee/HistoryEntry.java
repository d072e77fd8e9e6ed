package id.meritasn.employee;

import id.meritasn.shared.graphql.FieldInvalid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One history entry of any kind, as the API and the import take it. {@link #problems} says which field a kind needs
 * and is missing or wrong, before anything is written.
 */
public record HistoryEntry(
        String nip,
        Kind kind,
        @Nullable String code,
        @Nullable String name,
        @Nullable String detail,
        @Nullable LocalDate date,
        @Nullable LocalDate endDate,
        @Nullable Integer number) {

    public enum Kind {
        RANK,
        POSITION,
        EDUCATION,
        AWARD,
        TEAM_ASSIGNMENT,
        TRAINING,
        CERTIFICATE,
        DISCIPLINE,
        LHKPN
    }

    static final Set<String> DISCIPLINE_LEVELS = Set.of("LIGHT", "MODERATE", "SEVERE");
    static final Set<String> LHKPN_STATUSES = Set.of("REPORTED", "NOT_REPORTED", "NOT_REQUIRED");

    /** Field name to message, for every rule the entry breaks. */
    List<FieldInvalid> problems(ReferenceData reference) {
        List<FieldInvalid> problems = new ArrayList<>();
        switch (kind) {
            case RANK -> {
                require(
                        problems,
                        "code",
                        code != null && reference.golongan(code).isPresent(),
                        "a golongan such as III/a");
                require(problems, "date", date != null, "the TMT date");
            }
            case POSITION -> {
                require(
                        problems,
                        "code",
                        code != null && reference.level(code).isPresent(),
                        "a position level such as AHLI_MUDA");
                require(problems, "name", hasText(name), "the position name");
                require(problems, "date", date != null, "the TMT date");
            }
            case EDUCATION -> {
                require(
                        problems,
                        "code",
                        code != null && reference.isEducationLevel(code),
                        "an education level such as S1");
                require(problems, "name", hasText(name), "the field of study");
                require(problems, "detail", hasText(detail), "the institution");
                require(problems, "number", number != null && number >= 1950 && number <= 2100, "the graduation year");
            }
            case AWARD -> {
                require(problems, "name", hasText(name), "the award");
                require(problems, "date", date != null, "the award date");
            }
            case TEAM_ASSIGNMENT -> {
                require(problems, "name", hasText(name), "the team");
                require(problems, "date", date != null, "the start date");
            }
            case TRAINING, CERTIFICATE -> {
                require(problems, "name", hasText(name), "the training or certificate");
                require(problems, "date", date != null, "the completion date");
            }
            case DISCIPLINE -> {
                require(
                        problems,
                        "code",
                        code != null && DISCIPLINE_LEVELS.contains(code),
                        "LIGHT, MODERATE or SEVERE");
                require(problems, "name", hasText(name), "a description");
                require(problems, "date", date != null, "the start date");
            }
            case LHKPN -> {
                require(
                        problems,
                        "code",
                        code != null && LHKPN_STATUSES.contains(code),
                        "REPORTED, NOT_REPORTED or NOT_REQUIRED");
                require(problems, "number", number != null && number >= 2000 && number <= 2100, "the reporting year");
            }
        }
        if (date != null && endDate != null && endDate.isBefore(date)) {
            problems.add(new FieldInvalid("The end date is before the start date.", "endDate"));
        }
        return problems;
    }

    private void require(List<FieldInvalid> problems, String field, boolean ok, String what) {
        if (!ok) {
            problems.add(new FieldInvalid("A " + kind + " entry needs " + what + " in '" + field + "'.", field));
        }
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
