package id.meritasn.development;

import id.meritasn.shared.text.TextCode;

/** What development's tasks say in the inbox ({@link DevelopmentTasks}), in both languages. */
enum DevelopmentTaskText implements TextCode {
    AGREE_PLANS("{count} rencana pengembangan bawahan Anda menunggu persetujuan.",
            "{count} development plan(s) of your staff wait for your agreement."),
    FOLLOW_PLAN("{count} tindakan dalam rencana pengembangan Anda belum selesai tahun ini.",
            "{count} action(s) of your development plan are still open this year.");

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
