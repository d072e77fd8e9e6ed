package id.meritasn.mobility;

import id.meritasn.shared.text.TextCode;

/** What mobility's tasks say in the inbox ({@link MobilityTasks}), in both languages. */
enum MobilityTaskText implements TextCode {
    ANSWER_REQUEST(
            "{count} permintaan mutasi dari instansi lain menunggu persetujuan Anda.",
            "{count} transfer request(s) from another agency wait for your consent."),
    RELEASE_OR_ACCEPT(
            "{count} permintaan mutasi menunggu keputusan PPK (melepas atau menerima).",
            "{count} transfer request(s) wait for the PPK's decision (release or accept)."),
    RETRY_TRANSFERS(
            "{count} mutasi yang sudah disetujui gagal dipindahkan; coba lagi dari halaman permintaan.",
            "{count} accepted transfer(s) failed to move; retry from the requests page.");

    private final String indonesian;
    private final String english;

    MobilityTaskText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "mobility.task";
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
