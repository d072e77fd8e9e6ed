package id.meritasn.assessment;

import org.jspecify.annotations.Nullable;

/**
 * The indicators of the six aspects (DOMAIN.md) and the axis each feeds: performance (kinerja, Y) is main
 * performance (SKP) plus reinforcing performance; potential (X) is competency, potential, qualification and integrity.
 * No indicator reads a protected attribute (religion, ethnicity, origin, gender, age, marital status, disability,
 * political background).
 */
public enum Indicator {
    SKP(Axis.PERFORMANCE, "Kinerja utama: predikat SKP"),
    AWARDS(Axis.PERFORMANCE, "Kinerja penguat: penghargaan (5 tahun terakhir)"),
    TEAM_ASSIGNMENTS(Axis.PERFORMANCE, "Kinerja penguat: penugasan tim (2 tahun terakhir)"),
    FEEDBACK_360(Axis.PERFORMANCE, "Kinerja penguat: umpan balik 360 derajat"),
    COMMUNITY(Axis.PERFORMANCE, "Kinerja penguat: masukan masyarakat (jika diaktifkan)"),
    COMPETENCY(Axis.POTENTIAL, "Kompetensi: job-person match"),
    COMPETENCY_DEVELOPMENT(Axis.POTENTIAL, "Kompetensi: pengembangan (sertifikat 5 tahun terakhir)"),
    POSITION_EXPERIENCE(Axis.POTENTIAL, "Kompetensi: pengalaman dalam jabatan"),
    POTENTIAL(Axis.POTENTIAL, "Potensi: Profiling ASN / CACT"),
    EDUCATION(Axis.POTENTIAL, "Kualifikasi: jenjang pendidikan"),
    FIELD_FIT(Axis.POTENTIAL, "Kualifikasi: kesesuaian bidang pendidikan"),
    DISCIPLINE(Axis.POTENTIAL, "Integritas: catatan disiplin"),
    LHKPN(Axis.POTENTIAL, "Integritas: kepatuhan LHKPN");

    public enum Axis {
        PERFORMANCE,
        POTENTIAL
    }

    private final Axis axis;
    private final String label;

    Indicator(Axis axis, String label) {
        this.axis = axis;
        this.label = label;
    }

    /** The indicator of this name, or null when there is none (a caller's typo is a typed refusal, not a crash). */
    public static @Nullable Indicator parse(String name) {
        for (Indicator indicator : values()) {
            if (indicator.name().equals(name)) {
                return indicator;
            }
        }
        return null;
    }

    public Axis axis() {
        return axis;
    }

    public String label() {
        return label;
    }
}
