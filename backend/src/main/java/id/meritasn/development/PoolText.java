package id.meritasn.development;

import id.meritasn.shared.text.TextCode;

/** Why a member left the pool, and what a flag says, in both languages. */
enum PoolText implements TextCode {
    LEFT_BOX("Turun ke kotak {box} pada {period}.", "Moved to box {box} in {period}."),
    LEFT_SERVICE("Tidak lagi aktif ({status}).", "No longer active ({status})."),
    LEFT_NOT_MAPPED("Tidak terpetakan pada {period}.", "Not mapped in {period}."),
    LEFT_RULE(
            "Tidak lagi memenuhi syarat kelompok talenta instansi (golongan).",
            "No longer meets the agency's pool rule (golongan)."),
    RETIRING("Pensiun pada {date}.", "Retires on {date}."),
    EVIDENCE_EXPIRING(
            "Sertifikat terakhir ({name}, {completed}) keluar dari jendela {years} tahun pada {date}.",
            "The latest certificate ({name}, {completed}) leaves the {years}-year window on {date}."),
    MOBILITY_CONSENT(
            "Bersedia ditemukan dan dipindahkan ke instansi lain (indeks talenta nasional).",
            "Agreed to be found and moved by other agencies (national talent index)."),
    MOBILITY_REQUEST(
            "Diminta oleh {agency} untuk jabatan {position} (status {status}).",
            "Requested by {agency} for the position {position} (status {status}).");

    private final String indonesian;
    private final String english;

    PoolText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "development.pool";
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
