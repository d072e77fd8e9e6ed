package id.meritasn.employee;

import id.meritasn.shared.text.Templates;
import id.meritasn.shared.text.Text;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A validated NIP and what it encodes: digits 1-8 the birth date, 9-14 the month of first CPNS appointment (TMT),
 * 15 the gender, 16-18 a sequence (an NI PPPK has the year of appointment and the code 21 in digits 9-14). Birth date and gender are only ever read from here (the database derives them the
 * same way), never from a second input that could disagree.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointmentMonth, Gender gender, int sequence) {

    public enum Gender {
        MALE,
        FEMALE
    }

    /** Why a NIP was refused: every rule it breaks, with a message that names the digits at fault. */
    public record Problem(String nip, List<NipRule> rules) {
        public String message() {
            return text().english();
        }

        /** The refusal in both languages; its arguments are the NIP and the codes of the rules broken. */
        public Text text() {
            EmployeeFieldText kind = EmployeeFieldText.NIP_INVALID;
            Map<String, String> args = Map.of(
                    "nip",
                    nip,
                    "rules",
                    String.join(",", rules.stream().map(NipRule::name).toList()));
            return new Text(
                    kind.code(),
                    args,
                    Templates.render(kind.english(), Map.of("nip", nip, "rules", joined(NipRule::description))),
                    Templates.render(kind.indonesian(), Map.of("nip", nip, "rules", joined(NipRule::indonesian))));
        }

        private String joined(Function<NipRule, String> words) {
            return String.join("; ", rules.stream().map(words).toList());
        }
    }

    /**
     * How far ahead a CPNS's first appointment may lie when the record is loaded (their NIP is issued before): the
     * platform's default; {@code meritasn.employee.appointment-ahead-months} sets it for a deployment.
     */
    public static final int APPOINTMENT_AHEAD_MONTHS = 12;

    /**
     * A NIP with its birth date (digits 1-8) and gender digit (15) hidden, for public pages and documents: the public
     * learns neither age nor gender, which are not grounds for selection; the CPNS year and month and the sequence
     * number stay to tell namesakes apart.
     */
    public static String mask(String nip) {
        if (nip.length() != 18) {
            return "*".repeat(nip.length());
        }
        return "********" + nip.substring(8, 14) + "*" + nip.substring(15);
    }

    public static Nip parse(String raw, YearMonth today) {
        return parse(raw, today, false);
    }

    /**
     * A PNS or CPNS NIP, or with {@code pppk} an NI PPPK: birth date (8), year of appointment (4), code 21 (2),
     * gender (1), sequence (3); its appointment month is January of that year.
     */
    public static Nip parse(String raw, YearMonth today, boolean pppk) {
        Problem problem = check(raw, today, pppk, APPOINTMENT_AHEAD_MONTHS);
        if (problem != null) {
            throw new InvalidNipException(problem);
        }
        return decode(raw, pppk);
    }

    /** What a NIP that {@link #check} passed encodes (no check of its own: call it on checked NIPs only). */
    public static Nip decode(String checked, boolean pppk) {
        String nip = normalize(checked);
        return new Nip(
                nip,
                Objects.requireNonNull(birthDate(nip), "decode is for checked NIPs"),
                Objects.requireNonNull(appointment(nip, pppk), "decode is for checked NIPs"),
                nip.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE,
                Integer.parseInt(nip.substring(15)));
    }

    /** The problem with a NIP, or null when it is valid. */
    public static @Nullable Problem check(@Nullable String raw, YearMonth today) {
        return check(raw, today, false, APPOINTMENT_AHEAD_MONTHS);
    }

    /**
     * The problem with a NIP (or, with {@code pppk}, an NI PPPK), or null when it is valid. Spaces as people type
     * them ("19860926 201505 1 001") are dropped; only the ASCII digits 0-9 count as digits.
     */
    public static @Nullable Problem check(@Nullable String raw, YearMonth today, boolean pppk, int aheadMonths) {
        String nip = normalize(raw);
        List<NipRule> broken = new ArrayList<>();
        if (nip.length() != 18) {
            broken.add(NipRule.LENGTH);
        }
        if (nip.isEmpty() || !nip.chars().allMatch(c -> c >= '0' && c <= '9')) {
            broken.add(NipRule.DIGITS);
        }
        if (!broken.isEmpty()) {
            return new Problem(nip, broken);
        }
        LocalDate birth = birthDate(nip);
        YearMonth appointed = appointment(nip, pppk);
        if (birth == null || birth.getYear() < 1940 || birth.isAfter(today.atEndOfMonth())) {
            broken.add(NipRule.BIRTH_DATE);
        }
        if (pppk && !nip.startsWith("21", 12)) {
            broken.add(NipRule.PPPK_CODE);
        }
        if (appointed == null || appointed.getYear() < 1955 || appointed.isAfter(today.plusMonths(aheadMonths))) {
            broken.add(pppk ? NipRule.APPOINTMENT_YEAR : NipRule.APPOINTMENT_MONTH);
        }
        if (birth != null && appointed != null && appointed.isBefore(YearMonth.from(birth.plusYears(18)))) {
            broken.add(NipRule.APPOINTMENT_AGE);
        }
        if (nip.charAt(14) != '1' && nip.charAt(14) != '2') {
            broken.add(NipRule.GENDER);
        }
        if (nip.endsWith("000")) {
            broken.add(NipRule.SEQUENCE);
        }
        return broken.isEmpty() ? null : new Problem(nip, broken);
    }

    /** The NIP without the spaces people type between its groups. */
    public static String normalize(@Nullable String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s\\u00A0]", "");
    }

    private static @Nullable LocalDate birthDate(String nip) {
        try {
            return LocalDate.of(
                    Integer.parseInt(nip.substring(0, 4)),
                    Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static @Nullable YearMonth appointment(String nip, boolean pppk) {
        try {
            return YearMonth.of(
                    Integer.parseInt(nip.substring(8, 12)), pppk ? 1 : Integer.parseInt(nip.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
