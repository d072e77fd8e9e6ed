package id.meritasn.development;

import id.meritasn.development.DevelopmentRecords.Plan;

/** What a step on a development plan came to: the plan as it is now, or why nothing changed. */
public sealed interface PlanOutcome {

    /** Why a step was refused. */
    enum Reason { NOT_FOUND, NOT_ALLOWED, WRONG_STATE, INVALID_INPUT, NO_PUBLISHED_RESULT }

    record Done(Plan plan) implements PlanOutcome {
    }

    record Refused(Reason reason, String message, String field) implements PlanOutcome {
    }

    static PlanOutcome refused(Reason reason, String message) {
        return new Refused(reason, message, "");
    }
}
