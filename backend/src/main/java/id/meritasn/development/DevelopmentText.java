package id.meritasn.development;

import id.meritasn.shared.text.TextCode;

/** Why an action is in a development plan, in both languages. */
enum DevelopmentText implements TextCode {
    BOX(
            "Rekomendasi untuk kotak {box} peta talenta: {recommendation}.",
            "Recommended for box {box} of the talent map: {recommendation}."),
    GAP(
            "Kompetensi {competency} di level {achieved}, standar jabatan saat ini meminta level {required}.",
            "Competency {competency} is at level {achieved}; the current position's standard asks for level {required}."),
    YEARLY_HOURS(
            "Melengkapi hak pengembangan kompetensi paling sedikit {required} JP setahun.",
            "Completes the right to at least {required} hours of learning (JP) a year."),
    ADDED("Ditambahkan oleh {actor}.", "Added by {actor}.");

    private final String indonesian;
    private final String english;

    DevelopmentText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "development";
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
