package id.meritasn.assessment;

/** Published inside the transaction that made a period PUBLISHED: its boxes may now be shared where employees agree. */
public record AssessmentPeriodPublished(String agency, long periodId) {}
