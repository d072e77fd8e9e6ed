package id.meritasn.development;

import id.meritasn.shared.text.TextCode;

/** What development's tasks say in the inbox ({@link DevelopmentTasks}), in both languages. */
enum DevelopmentTaskText implements TextCode {
    AGREE_PLANS(
            "{count} rencana pengembangan bawahan Anda menunggu persetujuan.",
            "{count} development plan(s) of your staff wait for your agreement."),
    FOLLOW_PLAN(
            "{count} tindakan dalam rencana pengembangan Anda belum selesai tahun ini.",
            "{count} action(s) of your development plan are still open this year."),
    REVIEW_GROUP_PLANS(
            "{count} rencana pengembangan anggota kelompok suksesi yang telah disetujui menunggu tinjauan " + "komite.",
            "{count} agreed development plan(s) of the succession group wait for the committee's review."),
    REVIEW_POOL(
            "Kelompok talenta {period} belum ditinjau komite; {flags} catatan menunggu (pensiun, bukti "
                    + "kedaluwarsa, risiko mutasi).",
            "The talent pool of {period} has not been reviewed by the committee; "
                    + "{flags} flag(s) wait (retiring, evidence expiring, risk of loss)."),
    EVIDENCE_EXPIRING(
            "Sertifikat terakhir {count} anggota kelompok talenta keluar dari masa berlakunya dalam 12 "
                    + "bulan: rencanakan pelatihan.",
            "The last certificate of {count} talent pool member(s) leaves its "
                    + "window within 12 months: plan their training.");

    private final String indonesian;
    private final String english;

    DevelopmentTaskText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "development.task";
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
