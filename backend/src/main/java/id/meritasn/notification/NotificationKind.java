package id.meritasn.notification;

import id.meritasn.shared.text.Templates;
import id.meritasn.shared.text.TextCode;
import java.util.Map;

/**
 * What the platform tells people by e-mail. Each kind has a subject, a body (its server text, both languages) and a
 * label for the person's choices. Subjects use only the body's arguments (NotificationKindTest).
 */
public enum NotificationKind implements TextCode {
    RESULT_PUBLISHED(
            "Hasil saya diterbitkan",
            "My result is published",
            "Hasil pemetaan talenta {period} sudah terbit",
            "Your talent mapping result for {period} is published",
            "Hasil pemetaan talenta periode {period} di {agencyName} sudah diterbitkan. Lihat kotak Anda pada peta "
                    + "talenta, penjelasan setiap nilai, dan langkah pengembangan berikutnya.",
            "The talent mapping of period {period} at {agencyName} is published. See your box on the talent map, how "
                    + "each score was reached, and your next development steps."),
    CALIBRATION_READY(
            "Peta talenta siap dikalibrasi",
            "A talent map is ready for calibration",
            "Peta talenta {period} siap dikalibrasi",
            "The talent map {period} is ready for calibration",
            "Semua unit kerja di {agencyName} telah dinyatakan lengkap untuk periode {period}. Komite talenta dapat "
                    + "memulai kalibrasi.",
            "Every unit of {agencyName} is declared complete for period {period}. The talent committee may start "
                    + "calibration."),
    MAP_TO_PUBLISH(
            "Peta talenta menunggu diterbitkan",
            "A talent map waits to be published",
            "Peta talenta {period} selesai dikalibrasi",
            "The talent map {period} is calibrated",
            "Komite talenta menutup kalibrasi periode {period}. Peta menunggu diterbitkan oleh admin instansi.",
            "The talent committee closed calibration of period {period}. The map waits to be published by the "
                    + "agency's admin."),
    DECISION_AWAITS(
            "Keputusan suksesi menunggu saya",
            "A succession decision waits for me",
            "Calon suksesor {position} menunggu keputusan Anda",
            "Successors for {position} wait for your decision",
            "Komite talenta telah mengusulkan calon suksesor untuk jabatan {position}. Usulan menunggu keputusan Anda "
                    + "sebagai PPK.",
            "The talent committee proposed successors for the position {position}. The slate waits for your decision "
                    + "as PPK."),
    SUCCESSOR_DECIDED(
            "PPK memutuskan suksesor",
            "The PPK decided a successor",
            "PPK telah memutuskan suksesor {position}",
            "The PPK decided the successor for {position}",
            "PPK telah memilih suksesor untuk jabatan {position}. Komite dapat mengumumkan daftar pendek kepada publik.",
            "The PPK chose the successor for the position {position}. The committee may announce the shortlist."),
    OBJECTION_FILED(
            "Sanggahan atas pengumuman",
            "An objection to an announcement",
            "Sanggahan baru atas pengumuman {position}",
            "A new objection to the announcement for {position}",
            "Seorang warga mengajukan sanggahan atas pengumuman daftar pendek jabatan {position}. Sanggahan perlu "
                    + "dijawab sebelum penetapan.",
            "A member of the public objected to the shortlist announced for the position {position}. It must be "
                    + "answered before the appointment is final."),
    MOBILITY_REQUESTED(
            "Permintaan mutasi untuk saya",
            "A transfer request for me",
            "{requester} meminta Anda untuk jabatan {position}",
            "{requester} asks for you for the position {position}",
            "{requester} meminta Anda pindah untuk mengisi jabatan {position}. Permintaan menunggu jawaban Anda: "
                    + "setuju atau menolak dengan alasan.",
            "{requester} asks for you to move to fill the position {position}. The request waits for your answer: "
                    + "consent, or refuse with a reason."),
    MOBILITY_RELEASE_AWAITS(
            "Pelepasan mutasi menunggu saya",
            "A release for transfer waits for me",
            "{employee} setuju pindah ke {requester}",
            "{employee} consented to move to {requester}",
            "{employee} menyetujui permintaan {requester} untuk jabatan {position}. Permintaan menunggu keputusan "
                    + "PPK untuk melepas atau menolak.",
            "{employee} consented to the request of {requester} for the position {position}. It waits for the PPK's "
                    + "decision to release or refuse."),
    MOBILITY_ACCEPT_AWAITS(
            "Penerimaan mutasi menunggu saya",
            "Accepting a transfer waits for me",
            "{employee} dilepas oleh {releaser}",
            "{employee} was released by {releaser}",
            "{releaser} melepas {employee} untuk jabatan {position}. Permintaan menunggu keputusan PPK untuk menerima.",
            "{releaser} released {employee} for the position {position}. The request waits for the PPK's decision to "
                    + "accept."),
    PLAN_TO_AGREE(
            "Rencana pengembangan menunggu persetujuan saya",
            "A development plan waits for my agreement",
            "Rencana pengembangan {employee} {year} menunggu persetujuan Anda",
            "The {year} development plan of {employee} waits for your agreement",
            "Rencana pengembangan individu {employee} untuk {year} telah disusun dari hasil pemetaan talenta dan "
                    + "menunggu persetujuan Anda sebagai atasan langsung.",
            "The {year} individual development plan of {employee} was drawn up from the talent mapping and waits for "
                    + "your agreement as direct superior."),
    PLAN_AGREED(
            "Rencana pengembangan saya disetujui",
            "My development plan is agreed",
            "Rencana pengembangan Anda {year} disetujui",
            "Your {year} development plan is agreed",
            "Atasan langsung Anda menyetujui rencana pengembangan individu Anda untuk {year}. Lihat tindakan, "
                    + "tenggat dan jam pelajarannya.",
            "Your direct superior agreed your individual development plan for {year}. See its actions, due dates "
                    + "and hours of learning."),
    PLAN_ENDORSED(
            "Komite mendukung rencana pengembangan",
            "The committee endorsed a development plan",
            "Komite talenta mendukung rencana pengembangan {employee} {year}",
            "The talent committee endorsed the {year} development plan of {employee}",
            "Komite talenta meninjau rencana pengembangan individu {employee} untuk {year} sebagai bagian dari "
                    + "kelompok suksesi dan mendukungnya. Catatan komite: {note}",
            "The talent committee reviewed the {year} individual development plan of {employee} as a member of the "
                    + "succession group and endorsed it. The committee's note: {note}"),
    PLAN_REVISION_ASKED(
            "Komite meminta revisi rencana pengembangan",
            "The committee asked to revise a development plan",
            "Komite talenta meminta revisi rencana pengembangan {employee} {year}",
            "The talent committee asks to revise the {year} development plan of {employee}",
            "Komite talenta meninjau rencana pengembangan individu {employee} untuk {year} sebagai bagian dari "
                    + "kelompok suksesi dan meminta revisi. Catatan komite: {note}",
            "The talent committee reviewed the {year} individual development plan of {employee} as a member of the "
                    + "succession group and asks for a revision. The committee's note: {note}"),
    TRANSFER_COMPLETE(
            "Mutasi saya selesai",
            "My transfer is complete",
            "Mutasi Anda ke {receiver} selesai",
            "Your transfer to {receiver} is complete",
            "Mutasi Anda ke {receiver} untuk jabatan {position} telah selesai. Data kepegawaian Anda kini dikelola "
                    + "oleh {receiver}.",
            "Your transfer to {receiver} for the position {position} is complete. Your records are now kept by "
                    + "{receiver}.");

    private final String labelIndonesian;
    private final String labelEnglish;
    private final String subjectIndonesian;
    private final String subjectEnglish;
    private final String indonesian;
    private final String english;

    NotificationKind(
            String labelIndonesian,
            String labelEnglish,
            String subjectIndonesian,
            String subjectEnglish,
            String indonesian,
            String english) {
        this.labelIndonesian = labelIndonesian;
        this.labelEnglish = labelEnglish;
        this.subjectIndonesian = subjectIndonesian;
        this.subjectEnglish = subjectEnglish;
        this.indonesian = indonesian;
        this.english = english;
    }

    /** The subject line in the language given ("en" English, anything else Indonesian). */
    public String subject(String language, Map<String, String> args) {
        return Templates.render(language.startsWith("en") ? subjectEnglish : subjectIndonesian, args);
    }

    /** How the person's choices name this kind. */
    public String label(String language) {
        return language.startsWith("en") ? labelEnglish : labelIndonesian;
    }

    String subjectTemplate(String language) {
        return language.startsWith("en") ? subjectEnglish : subjectIndonesian;
    }

    @Override
    public String feature() {
        return "notification";
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
