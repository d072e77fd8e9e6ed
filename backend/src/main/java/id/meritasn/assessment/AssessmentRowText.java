package id.meritasn.assessment;

import id.meritasn.shared.text.TextCode;

/** Why a row of an assessment input file was refused ({@link AssessmentInputFile}, the bulk store), in both languages. */
enum AssessmentRowText implements TextCode {
    DATE_FORMAT("Tulis tanggal sebagai YYYY-MM-DD.", "Write the date as YYYY-MM-DD."),
    NIP_FORMAT(
            "NIP terdiri atas 18 angka (tulis sebagai teks di Excel).",
            "A NIP has 18 digits (write it as text in Excel)."),
    DATE_WITHOUT_COMPETENCY(
            "Tanggal asesmen hanya untuk baris yang mengisi KOMPETENSI.",
            "An assessment date belongs to a row with KOMPETENSI."),
    DISCIPLINE_NIHIL(
            "Tulis NIHIL untuk menyatakan tidak ada hukuman; hukuman dicatat di riwayat hukuman disiplin pegawai.",
            "Write NIHIL to declare no sanction; sanctions are recorded in the employee's discipline history."),
    POTENTIAL_RANGE("Skor potensi bernilai 0 sampai 100.", "A potential score is 0 to 100."),
    POTENTIAL_NUMBER("Skor potensi berupa angka 0 sampai 100.", "A potential score is a number 0 to 100."),
    FIELD_FIT("Tulis YA atau TIDAK.", "Write YA or TIDAK."),
    EVIDENCE_REQUIRED(
            "Setiap masukan memerlukan buktinya (rujukan dokumen atau sistem sumber).",
            "Every input needs its evidence (a document reference or source system)."),
    NO_INPUT(
            "Baris tidak berisi masukan: isi SKP_HASIL_KERJA dan SKP_PERILAKU_KERJA, KOMPETENSI, POTENSI,"
                    + " BIDANG_SESUAI atau STATUS_DISIPLIN.",
            "The row has no input: fill SKP_HASIL_KERJA and SKP_PERILAKU_KERJA, KOMPETENSI, POTENSI, BIDANG_SESUAI"
                    + " or STATUS_DISIPLIN."),
    SKP_BOTH("Kedua predikat SKP diisi bersama.", "Both SKP ratings are needed together."),
    SKP_RATING(
            "Tulis DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI atau DI_ATAS_EKSPEKTASI.",
            "Write DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI or DI_ATAS_EKSPEKTASI."),
    COMPETENCY_PAIR(
            "'{part}' bukan kompetensi=level dengan level 1 sampai 5 (mis. integritas=4; kerja_sama=3).",
            "'{part}' is not competency=level with a level 1 to 5 (e.g. integritas=4; kerja_sama=3)."),
    NO_EMPLOYEE("Tidak ada pegawai dengan NIP ini di instansi.", "No employee with this NIP in the agency."),
    // the scope: golongan {from} to {to}, PPPK in or out, and the kinds of post when the policy names them
    OUTSIDE_POST(
            "Jabatan {kind} di luar cakupan pemetaan instansi (golongan {from} sampai {to},"
                    + " PPPK {pppk, select, true {termasuk} other {tidak termasuk}}, jabatan {kinds}; kebijakan {policy})",
            "A {kind} post is outside the agency's mapping scope (golongan {from} to {to},"
                    + " PPPK {pppk, select, true {included} other {excluded}}, posts {kinds}, policy {policy})"),
    OUTSIDE_PPPK(
            "PPPK di luar cakupan pemetaan instansi (kebijakan {policy})",
            "PPPK are outside the agency's mapping scope (policy {policy})"),
    OUTSIDE_GOLONGAN(
            "Golongan {golongan} di luar cakupan pemetaan instansi (golongan {from} sampai {to},"
                    + " PPPK {pppk, select, true {termasuk} other {tidak termasuk}}{kinds, select, none {} other {,"
                    + " jabatan {kinds}}}; kebijakan {policy})",
            "Golongan {golongan} is outside the agency's mapping scope (golongan {from} to {to},"
                    + " PPPK {pppk, select, true {included} other {excluded}}{kinds, select, none {} other {,"
                    + " posts {kinds}}}, policy {policy})"),
    PERIOD_REFUSED(
            "Periode penilaian tidak menerima masukan ini (aturan {rule}).",
            "The assessment period does not take these inputs (rule {rule}).");

    private final String indonesian;
    private final String english;

    AssessmentRowText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "assessment.row";
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
