package id.meritasn.succession;

import id.meritasn.shared.text.TextCode;

/** What the succession workflow's tasks say in the inbox ({@link SuccessionTasks}), in both languages. */
enum SuccessionTaskText implements TextCode {
    NAME_SLATES(
            "{count} kasus suksesi menunggu usulan calon dari komite talenta.",
            "{count} succession case(s) wait for the talent committee's slate."),
    ANSWER_OBJECTIONS(
            "{count} sanggahan atas pengumuman menunggu tanggapan komite talenta.",
            "{count} objection(s) to an announcement wait for the talent committee's response."),
    DECIDE_SUCCESSORS(
            "{count} usulan calon suksesor menunggu keputusan PPK.",
            "{count} slate(s) of successors wait for the PPK's decision."),
    FINALIZE_APPOINTMENTS(
            "{count} pengumuman telah melewati masa sanggah dan menunggu penetapan PPK.",
            "{count} announcement(s) are past their objection window and wait for the PPK to finalize."),
    OBJECTIONS_BEFORE_FINALIZING(
            "{count} sanggahan atas pengumuman masih menunggu tanggapan komite; penetapan " + "menunggu jawabannya.",
            "{count} objection(s) to an announcement still wait for the committee's "
                    + "response; the appointment waits for it."),
    CLOSE_SESSIONS(
            "{count} sidang komite yang Anda ikuti belum ditutup.",
            "{count} committee session(s) you sit in are not closed yet.");

    private final String indonesian;
    private final String english;

    SuccessionTaskText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "succession.task";
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
