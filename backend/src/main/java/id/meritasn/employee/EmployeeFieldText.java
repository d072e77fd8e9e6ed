package id.meritasn.employee;

import id.meritasn.shared.text.TextCode;

/**
 * The rules of an employee record ({@link EmployeeWriter}), in both languages: the form shows them beside the field,
 * the import beside the row.
 */
enum EmployeeFieldText implements TextCode {
    EMPLOYEE_TYPE(
            "Jenis pegawai harus PNS, CPNS atau PPPK, tertulis '{value}'.",
            "The employee type must be PNS, CPNS or PPPK, was '{value}'."),
    NAME_LENGTH("Nama harus 1 sampai 200 karakter.", "The name must be 1 to 200 characters."),
    FORMULA(
            "Isian {field} tidak boleh diawali =, +, -, @, tab atau carriage return (spreadsheet akan menjalankannya"
                    + " sebagai rumus).",
            "The {field} may not start with =, +, -, @, a tab or a carriage return (a spreadsheet would run it as a"
                    + " formula)."),
    GOLONGAN_PPPK(
            "Golongan PPPK adalah I .. XVII, tertulis '{value}'.",
            "A PPPK's golongan is a grade I .. XVII, was '{value}'."),
    GOLONGAN_PNS(
            "Golongan '{value}' bukan salah satu dari I/a .. IV/e.", "Golongan '{value}' is not one of I/a .. IV/e."),
    AGREEMENT_END_REQUIRED(
            "PPPK memerlukan tanggal akhir perjanjian kerja (YYYY-MM-DD), tertulis '{value}'.",
            "A PPPK needs the end date of the work agreement (YYYY-MM-DD), was '{value}'."),
    AGREEMENT_END_NOT_PPPK(
            "Hanya PPPK yang memiliki tanggal akhir perjanjian kerja.", "Only a PPPK has a work agreement end date."),
    TMT_FORMAT(
            "TMT golongan harus tanggal YYYY-MM-DD, tertulis '{value}'.",
            "The TMT of the golongan must be a date YYYY-MM-DD, was '{value}'."),
    TMT_FUTURE("TMT golongan berada di masa depan.", "The TMT of the golongan is in the future."),
    NO_POSITION(
            "Tidak ada jabatan dengan kode '{code}' di instansi ini.",
            "No position with code '{code}' in this agency."),
    NO_UNIT("Tidak ada unit dengan kode '{code}' di instansi ini.", "No unit with code '{code}' in this agency."),
    STATUS(
            "Status harus ACTIVE, RETIRED atau TRANSFERRED_OUT, tertulis '{value}'.",
            "Status must be ACTIVE, RETIRED or TRANSFERRED_OUT, was '{value}'."),
    /** Rendered by {@link Nip.Problem#text}: the rules are joined in each language. */
    NIP_INVALID("NIP '{nip}' tidak sah: {rules}.", "NIP '{nip}' is invalid: {rules}.");

    private final String indonesian;
    private final String english;

    EmployeeFieldText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "employee.field";
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public String indonesian() {
        return indonesian;
    }
}
