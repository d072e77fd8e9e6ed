package id.meritasn.employee;

/** The rules of an 18-digit NIP (Perka BKN 22/2007) and of an NI PPPK; each refusal names one. */
public enum NipRule {
    LENGTH("must have exactly 18 digits", "harus tepat 18 angka"),
    DIGITS("may contain digits only", "hanya boleh berisi angka"),
    BIRTH_DATE(
            "digits 1-8 must be a real birth date (YYYYMMDD) after 1940",
            "angka 1-8 harus tanggal lahir yang benar (YYYYMMDD) setelah 1940"),
    APPOINTMENT_MONTH(
            "digits 9-14 must be a real month of first appointment (YYYYMM), at most 12 months ahead",
            "angka 9-14 harus bulan pengangkatan pertama yang benar (YYYYMM), paling lama 12 bulan ke depan"),
    APPOINTMENT_YEAR(
            "digits 9-12 of an NI PPPK must be the year of appointment, at most a year ahead",
            "angka 9-12 NI PPPK harus tahun pengangkatan, paling lama setahun ke depan"),
    PPPK_CODE("digits 13-14 of an NI PPPK must be 21", "angka 13-14 NI PPPK harus 21"),
    APPOINTMENT_AGE(
            "the first appointment (digits 9-14) must be at least 18 years after the birth date",
            "pengangkatan pertama (angka 9-14) paling cepat 18 tahun setelah tanggal lahir"),
    GENDER("digit 15 must be 1 (male) or 2 (female)", "angka 15 harus 1 (laki-laki) atau 2 (perempuan)"),
    SEQUENCE("digits 16-18 must be a sequence number from 001", "angka 16-18 harus nomor urut mulai 001");

    private final String description;
    private final String indonesian;

    NipRule(String description, String indonesian) {
        this.description = description;
        this.indonesian = indonesian;
    }

    /** The rule in English. */
    public String description() {
        return description;
    }

    public String indonesian() {
        return indonesian;
    }
}
