package id.meritasn.succession;

import id.meritasn.shared.text.TextCode;

/** What an eligibility check says, rule by rule ({@link Eligibility}, {@link LegalConditions}), in both languages. */
enum EligibilityText implements TextCode {
    RANK_NO_MINIMUM(
            "Jabatan sasaran tidak menetapkan golongan minimum.", "The target position names no minimum golongan."),
    RANK_NOT_ON_RECORD("Golongan calon belum tercatat.", "The candidate's golongan is not on record."),
    RANK_ONE_BELOW(
            "Golongan {has} satu tingkat di bawah golongan yang disyaratkan {required}.",
            "Golongan {has} is one level below the required {required}."),
    RANK_MEETS(
            "Golongan {has} memenuhi golongan yang disyaratkan {required}.",
            "Golongan {has} meets the required {required}."),
    RANK_BELOW(
            "Golongan {has} {below} tingkat di bawah golongan yang disyaratkan {required}; paling banyak satu"
                    + " tingkat di bawah yang diperbolehkan.",
            "Golongan {has} is {below} levels below the required {required}; at most one level below is allowed."),
    RANK_GAP("{promotions} kali kenaikan pangkat lagi.", "{promotions} more rank promotion(s)."),
    RANK_GAP_BY(
            "{promotions} kali kenaikan pangkat lagi, paling cepat sekitar {date} (kenaikan pangkat reguler"
                    + " setiap {every} tahun).",
            "{promotions} more rank promotion(s), at the earliest about {date} (a regular promotion every"
                    + " {every} years)."),
    LEVEL_NO_POSITION("Jabatan calon saat ini belum tercatat.", "The candidate has no current position on record."),
    LEVEL_ONE_BELOW(
            "Jenjang saat ini {current} satu tingkat di bawah {target}.",
            "Current level {current} is one level below {target}."),
    LEVEL_AT_OR_ABOVE(
            "Jenjang saat ini {current} setara atau di atas {target}.",
            "Current level {current} is at or above {target}."),
    LEVEL_BELOW(
            "Jenjang saat ini {current} {below} tingkat di bawah {target}; paling banyak satu tingkat di bawah"
                    + " yang diperbolehkan.",
            "Current level {current} is {below} levels below {target}; at most one level below is allowed."),
    LEVEL_GAP(
            "Lebih dahulu menduduki jabatan {levels} tingkat lebih tinggi dari sekarang (satu tingkat di bawah"
                    + " {target}).",
            "Time in a position {levels} level(s) higher than now first (one level below {target})."),
    JPM_NO_STANDARD(
            "Jabatan sasaran belum memiliki standar kompetensi untuk dibandingkan.",
            "The target position has no competency standard to match against."),
    JPM_NOT_ASSESSED(
            "Belum ada penilaian kompetensi calon pada periode ini.",
            "No competency assessment of the candidate in the period."),
    JPM_COMPETENCY_MISSING(
            "Belum ada level hasil penilaian untuk {competency} dari standar jabatan sasaran.",
            "No assessed level for {competency} of the target's standard."),
    JPM_MET(
            "JPM {percent}% terhadap standar jabatan sasaran ({category}).",
            "JPM {percent}% against the target's standard ({category})."),
    JPM_NOT_MET(
            "JPM {percent}% terhadap standar jabatan sasaran ({category}). Paling sedikit 68% diperlukan.",
            "JPM {percent}% against the target's standard ({category}). At least 68% is needed."),
    JPM_GAP(
            "Pengembangan kompetensi (pelatihan) untuk meningkatkan {competencies}.",
            "Competency development (training) to raise {competencies}."),
    DISCIPLINE_OPEN(
            "Hukuman disiplin tingkat {level, select, light {ringan} moderate {sedang} severe {berat} other"
                    + " {{level}}} berlaku sejak {start} tanpa tanggal berakhir.",
            "A {level} discipline sanction is in force since {start} without an end date."),
    DISCIPLINE_UNTIL(
            "Hukuman disiplin tingkat {level, select, light {ringan} moderate {sedang} severe {berat} other"
                    + " {{level}}} berlaku sejak {start} sampai {end}.",
            "A {level} discipline sanction is in force since {start} until {end}."),
    DISCIPLINE_GAP_OPEN("Hukuman disiplin harus berakhir lebih dahulu.", "The sanction must end first."),
    DISCIPLINE_GAP_UNTIL("Memenuhi syarat kembali mulai {date}.", "Eligible again from {date}."),
    DISCIPLINE_NONE(
            "Tidak ada hukuman disiplin yang berlaku pada {date}.", "No discipline sanction in force on {date}."),
    EDUCATION_NONE(
            "Pendidikan belum tercatat; paling rendah {required} disyaratkan.",
            "No education on record; at least {required} is required."),
    EDUCATION_MEETS(
            "Pendidikan tertinggi {highest} memenuhi syarat {required}.",
            "Highest education {highest} meets the required {required}."),
    EDUCATION_BELOW(
            "Pendidikan tertinggi {highest} di bawah syarat {required}.",
            "Highest education {highest} is below the required {required}."),
    EDUCATION_GAP(
            "Pendidikan sampai {required} (tugas belajar atau izin belajar).",
            "Education to {required} (tugas belajar or izin belajar)."),
    EXPERIENCE_NONE(
            "Riwayat jabatan belum tercatat; pengalaman yang relevan {years} tahun disyaratkan.",
            "No position history on record; {years} years of related experience are required."),
    EXPERIENCE_MET(
            "{held} tahun pada jabatan di jalur jabatan sasaran (paling sedikit {years} tahun disyaratkan).",
            "{held} years in posts of the target's track (at least {years} required)."),
    EXPERIENCE_SHORT(
            "{held} tahun dalam jabatan; pengalaman yang relevan {years} tahun disyaratkan.",
            "{held} years in positions; {years} years of related experience are required."),
    EXPERIENCE_CONFIRM(
            "{held} tahun dalam jabatan, {inTrack} tahun di antaranya di jalur jabatan sasaran"
                    + " (paling sedikit {years} tahun disyaratkan); komite memastikan bahwa jabatan lainnya relevan dengan"
                    + " bidang jabatan sasaran.",
            "{held} years in positions, {inTrack} of them in the target's track (at least {years} required); the"
                    + " committee confirms the others relate to the target's field."),
    EXPERIENCE_GAP("{years} tahun lagi.", "{years} more years."),
    PRIOR_NONE(
            "Riwayat jabatan belum tercatat; {years} tahun sebagai {wanted} disyaratkan.",
            "No position history on record; {years} years as {wanted} are required."),
    PRIOR_MET(
            "{held} tahun sebagai {wanted} (paling sedikit {years} tahun disyaratkan).",
            "{held} years as {wanted} (at least {years} required)."),
    PRIOR_NEVER(
            "Belum pernah menduduki {wanted}; paling sedikit {years} tahun disyaratkan.",
            "Never held {wanted}; at least {years} years are required."),
    PRIOR_SHORT(
            "{held} tahun sebagai {wanted}; paling sedikit {years} tahun disyaratkan.",
            "{held} years as {wanted}; at least {years} years are required."),
    PRIOR_GAP("{years} tahun lagi sebagai {wanted}.", "{years} more years as {wanted}."),
    AGE_NONE("Tanggal lahir belum tercatat.", "No birth date on record."),
    AGE_WITHIN(
            "Usia {age} tahun pada {date} masih dalam batas {max} tahun.",
            "Age {age} on {date} is within the limit of {max}."),
    AGE_ABOVE(
            "Usia {age} tahun pada {date} melewati batas {max} tahun.",
            "Age {age} on {date} is above the limit of {max}."),
    SETTLED(
            "Diputuskan {outcome, select, MET {memenuhi} NOT_MET {tidak memenuhi} other {{outcome}}} oleh komite"
                    + " (sidang {session}, {by}): {reason}",
            "Settled {outcome} by the committee (session {session}, {by}): {reason}"),
    ROADMAP_NO_POSITION(
            "Jabatan saat ini belum tercatat sehingga langkah berikutnya belum dapat ditampilkan; mintalah"
                    + " BKPSDM melengkapi data.",
            "No current position is on record, so there is no next step to show; ask the agency's personnel"
                    + " office (BKPSDM) to complete the record."),
    ROADMAP_NO_MAP(
            "Peta talenta belum dipublikasikan: syarat JPM menunggu peta tersebut.",
            "No published talent map yet: the JPM rule waits for one.");

    private final String indonesian;
    private final String english;

    EligibilityText(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    @Override
    public String feature() {
        return "eligibility";
    }

    @Override
    public String indonesian() {
        return indonesian;
    }

    @Override
    public String english() {
        return english;
    }
}
