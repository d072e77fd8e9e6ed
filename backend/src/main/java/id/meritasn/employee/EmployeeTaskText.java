package id.meritasn.employee;

import id.meritasn.shared.text.TextCode;

/** What the records' tasks say in the inbox ({@link EmployeeTasks}), in both languages. */
enum EmployeeTaskText implements TextCode {
    IMPORTS_RUNNING("{count} impor data pegawai sedang berjalan.", "{count} employee import(s) running."),
    IMPORTS_FAILED(
            "{count} impor data pegawai gagal dalam tujuh hari terakhir; periksa dan unggah kembali.",
            "{count} employee import(s) failed in the last seven days; check and upload again.");

    private final String indonesian;
    private final String english;

    EmployeeTaskText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "employee.task";
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
