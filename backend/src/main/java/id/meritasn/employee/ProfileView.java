package id.meritasn.employee;

/**
 * The views and operations that show one employee's personal data to someone else, each with the purpose it serves
 * (UU 27/2022 Pasal 16: personal data is processed for a stated purpose). Lists and counts are not profile reads.
 */
public enum ProfileView {
    EMPLOYEE_RECORD("Pengelolaan data kepegawaian"),
    EMPLOYEE_HISTORY("Pengelolaan data kepegawaian"),
    TALENT_RESULT("Pemetaan talenta"),
    TALENT_HISTORY("Pemetaan talenta"),
    TALENT_CARD("Pemetaan talenta"),
    FEEDBACK_RATERS("Penilaian 360"),
    CAREER_ROADMAP("Pengembangan karier");

    private final String purpose;

    ProfileView(String purpose) {
        this.purpose = purpose;
    }

    public String purpose() {
        return purpose;
    }
}
