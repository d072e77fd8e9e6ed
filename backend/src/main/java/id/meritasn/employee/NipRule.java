package id.meritasn.employee;

/** The rules of an 18-digit NIP (Perka BKN 22/2007) and of an NI PPPK; each refusal names one. */
public enum NipRule {
    LENGTH("must have exactly 18 digits"),
    DIGITS("may contain digits only"),
    BIRTH_DATE("digits 1-8 must be a real birth date (YYYYMMDD) after 1940"),
    APPOINTMENT_MONTH("digits 9-14 must be a real month of first appointment (YYYYMM), at most 12 months ahead"),
    APPOINTMENT_YEAR("digits 9-12 of an NI PPPK must be the year of appointment, at most a year ahead"),
    PPPK_CODE("digits 13-14 of an NI PPPK must be 21"),
    APPOINTMENT_AGE("the first appointment (digits 9-14) must be at least 18 years after the birth date"),
    GENDER("digit 15 must be 1 (male) or 2 (female)"),
    SEQUENCE("digits 16-18 must be a sequence number from 001");

    private final String description;

    NipRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
