--liquibase formatted sql

--changeset meritasn:assessment-tenant-003
-- Community input on an employee's daily service (Jakarta Pusat's PERMATA). A submission comes from a channel that
-- verified the person (the agency's service app or counter); only a one-way reference to that verified identity is
-- kept, so one person gives at most one submission per employee per period and nobody can read who it was.
-- Only submissions a moderator approved count towards the score.
CREATE TABLE community_feedback (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_id         bigint      NOT NULL REFERENCES assessment_period (id),
    nip               char(18)    NOT NULL REFERENCES employee (nip),
    submitter_ref     text        NOT NULL,
    channel           text        NOT NULL,
    score             smallint    NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment           text        CHECK (length(comment) <= 1000),
    status            text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    submitted_by      text        NOT NULL,
    submitted_at      timestamptz NOT NULL DEFAULT now(),
    moderated_by      text,
    moderated_at      timestamptz,
    moderation_reason text,
    UNIQUE (period_id, nip, submitter_ref)
);
CREATE INDEX community_feedback_queue_idx ON community_feedback (period_id, status, id);
