--liquibase formatted sql

--changeset meritasn:notification-platform-001
-- Each person's choices for e-mail, across their agencies: the language of the messages and the kinds they do not
-- want (every kind is sent until muted). No row: Indonesian, everything.
CREATE TABLE platform.notification_preference (
    username   text        PRIMARY KEY,
    language   text        NOT NULL DEFAULT 'id' CHECK (language IN ('id', 'en')),
    muted      text[]      NOT NULL DEFAULT '{}',
    updated_at timestamptz NOT NULL DEFAULT now()
);
