package id.meritasn.succession;

import id.meritasn.shared.text.TextCode;

/** What an eligibility check says, rule by rule ({@link Eligibility}, {@link LegalConditions}). */
enum EligibilityText implements TextCode {
    RANK_NO_MINIMUM("The target position names no minimum golongan."),
    RANK_NOT_ON_RECORD("The candidate's golongan is not on record."),
    RANK_ONE_BELOW("Golongan {has} is one level below the required {required}."),
    RANK_MEETS("Golongan {has} meets the required {required}."),
    RANK_BELOW("Golongan {has} is {below} levels below the required {required}; at most one level below is allowed."),
    RANK_GAP("{promotions} more rank promotion(s)."),
    RANK_GAP_BY("{promotions} more rank promotion(s), at the earliest about {date} (a regular promotion every {every}"
            + " years)."),
    LEVEL_NO_POSITION("The candidate has no current position on record."),
    LEVEL_ONE_BELOW("Current level {current} is one level below {target}."),
    LEVEL_AT_OR_ABOVE("Current level {current} is at or above {target}."),
    LEVEL_BELOW("Current level {current} is {below} levels below {target}; at most one level below is allowed."),
    LEVEL_GAP("Time in a position {levels} level(s) higher than now first (one level below {target})."),
    JPM_NO_STANDARD("The target position has no competency standard to match against."),
    JPM_NOT_ASSESSED("No competency assessment of the candidate in the period."),
    JPM_COMPETENCY_MISSING("No assessed level for {competency} of the target's standard."),
    JPM_MET("JPM {percent}% against the target's standard ({category})."),
    JPM_NOT_MET("JPM {percent}% against the target's standard ({category}). At least 68% is needed."),
    JPM_GAP("Competency development (training) to raise {competencies}."),
    DISCIPLINE_OPEN("A {level} discipline sanction is in force since {start} without an end date."),
    DISCIPLINE_UNTIL("A {level} discipline sanction is in force since {start} until {end}."),
    DISCIPLINE_GAP_OPEN("The sanction must end first."),
    DISCIPLINE_GAP_UNTIL("Eligible again from {date}."),
    DISCIPLINE_NONE("No discipline sanction in force on {date}."),
    EDUCATION_NONE("No education on record; at least {required} is required."),
    EDUCATION_MEETS("Highest education {highest} meets the required {required}."),
    EDUCATION_BELOW("Highest education {highest} is below the required {required}."),
    EDUCATION_GAP("Education to {required} (tugas belajar or izin belajar)."),
    EXPERIENCE_NONE("No position history on record; {years} years of related experience are required."),
    EXPERIENCE_MET("{held} years in posts of the target's track (at least {years} required)."),
    EXPERIENCE_SHORT("{held} years in positions; {years} years of related experience are required."),
    EXPERIENCE_CONFIRM("{held} years in positions, {inTrack} of them in the target's track (at least {years}"
            + " required); the committee confirms the others relate to the target's field."),
    EXPERIENCE_GAP("{years} more years."),
    PRIOR_NONE("No position history on record; {years} years as {wanted} are required."),
    PRIOR_MET("{held} years as {wanted} (at least {years} required)."),
    PRIOR_NEVER("Never held {wanted}; at least {years} years are required."),
    PRIOR_SHORT("{held} years as {wanted}; at least {years} years are required."),
    PRIOR_GAP("{years} more years as {wanted}."),
    AGE_NONE("No birth date on record."),
    AGE_WITHIN("Age {age} on {date} is within the limit of {max}."),
    AGE_ABOVE("Age {age} on {date} is above the limit of {max}."),
    SETTLED("Settled {outcome} by the committee (session {session}, {by}): {reason}"),
    ROADMAP_NO_POSITION("No current position is on record, so there is no next step to show; ask the agency's"
            + " personnel office (BKPSDM) to complete the record."),
    ROADMAP_NO_MAP("No published talent map yet: the JPM rule waits for one.");

    private final String english;

    EligibilityText(String english) {
        this.english = english;
    }

    @Override
    public String feature() {
        return "eligibility";
    }

    @Override
    public String english() {
        return english;
    }
}
