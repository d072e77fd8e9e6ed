package id.meritasn.succession;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * When an incumbent retires and in which forecast year that falls. The birth date is the NIP's digits 1-8; the
 * retirement age (BUP) is the one of the level of the position held (national reference data: JPT 60, administrator,
 * pengawas and pelaksana 58, ahli utama 65, ahli madya 60, other functional levels 58). Pension starts on the first day
 * of the month after the BUP is reached, as the employee records compute it.
 */
public final class RetirementForecast {

    private RetirementForecast() {}

    public static LocalDate retirementDate(LocalDate birthDate, int retirementAge) {
        return birthDate.plusYears(retirementAge).withDayOfMonth(1).plusMonths(1);
    }

    /** The retirement date from a NIP's birth date digits (the NIP is validated where it is stored). */
    public static LocalDate retirementDate(String nip, int retirementAge) {
        return retirementDate(LocalDate.parse(nip.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE), retirementAge);
    }

    /** Whether a date falls within the horizon: on or before today plus the months (already past counts too). */
    public static boolean within(LocalDate date, LocalDate today, int horizonMonths) {
        return !date.isAfter(today.plusMonths(horizonMonths));
    }

    /**
     * The forecast year a vacancy date falls in: 0 when it is today or earlier (vacant now), k when it lies after
     * today plus k-1 years and on or before today plus k years.
     */
    public static int forecastYear(LocalDate date, LocalDate today) {
        if (!date.isAfter(today)) {
            return 0;
        }
        int year = 1;
        while (date.isAfter(today.plusYears(year))) {
            year++;
        }
        return year;
    }
}
