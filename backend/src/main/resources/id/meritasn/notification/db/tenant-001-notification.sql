--liquibase formatted sql

--changeset meritasn:notification-tenant-001
-- The agency's notification outbox: a feature writes a row in the transaction of the change it tells about (a slate
-- to decide, a published result), so a notice exists exactly when its change committed. The dispatcher expands a row
-- into one delivery per recipient (audience: the holders of a role in this agency, the employee with a NIP, or every
-- employee with an account) and sends each delivery in a transaction of its own, holding its row while it sends:
-- another instance skips it, and a crash before the row is marked leaves it pending (sent again, never dropped).
CREATE TABLE notification_outbox (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text        NOT NULL,
    audience    text        NOT NULL CHECK (audience IN ('ROLE', 'EMPLOYEE', 'EMPLOYEES')),
    target      text        CHECK ((audience = 'EMPLOYEES') = (target IS NULL)),
    args        jsonb       NOT NULL DEFAULT '{}',
    link        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expanded_at timestamptz
);
CREATE INDEX notification_outbox_pending_idx ON notification_outbox (id) WHERE expanded_at IS NULL;

-- One message to one person. SKIPPED: the person chose not to receive this kind (kept, so "why did I get nothing"
-- has an answer); FAILED: the mail server refused it attempts times.
CREATE TABLE notification_delivery (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id       bigint      NOT NULL REFERENCES notification_outbox (id),
    username        text        NOT NULL,
    email           text        NOT NULL,
    language        text        NOT NULL CHECK (language IN ('id', 'en')),
    state           text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz,
    UNIQUE (outbox_id, username)
);
CREATE INDEX notification_delivery_pending_idx ON notification_delivery (next_attempt_at, id) WHERE state = 'PENDING';
CREATE INDEX notification_delivery_user_idx ON notification_delivery (username, id);
