package id.meritasn.assessment;

import id.meritasn.shared.text.TextCode;

/** What the assessment cycle's tasks say in the inbox ({@link AssessmentTasks}), in both languages. */
enum AssessmentTaskText implements TextCode {
    RATE_COLLEAGUES(
            "{count} rekan kerja menunggu penilaian 360 derajat dari Anda.",
            "{count} colleague(s) wait for your 360-degree feedback."),
    VALIDATE_INPUTS(
            "{count} data penilaian menunggu validasi Anda.", "{count} assessment input(s) wait for your validation."),
    INPUTS_MISSING(
            "{count} pegawai belum lengkap data penilaiannya pada periode {period}.",
            "{count} employee(s) still miss assessment inputs in period {period}."),
    DECLARE_UNITS(
            "{count} unit kerja belum dinyatakan lengkap atau dikecualikan pada periode {period}.",
            "{count} unit(s) are not yet declared complete or excluded in period {period}."),
    MODERATE_COMMUNITY_INPUT(
            "{count} masukan masyarakat menunggu moderasi pada periode {period}.",
            "{count} community submission(s) wait for moderation in period {period}."),
    START_CALIBRATION(
            "Semua unit kerja sudah dinyatakan lengkap pada periode {period}; kalibrasi dapat dimulai.",
            "Every unit is declared complete in period {period}; calibration can start."),
    PUBLISH_PERIOD(
            "Peta talenta periode {period} sudah dikalibrasi dan menunggu diumumkan.",
            "The talent map of period {period} is calibrated and waits to be published."),
    AGREE_CALIBRATION_MOVES(
            "{count} usulan pemindahan kotak dari anggota komite lain menunggu persetujuan pada" + " periode {period}.",
            "{count} box move(s) proposed by another committee member wait for agreement in period {period}.");

    private final String indonesian;
    private final String english;

    AssessmentTaskText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "assessment.task";
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
