--liquibase formatted sql

--changeset meritasn:assessment-tenant-011
-- Calibration is a committee act. A move is proposed in a talent-committee session (session_id; the session belongs
-- to the succession feature, so it is referenced by id only). A move that touches the succession group (boxes 7-9)
-- or jumps more than one row or column waits, PENDING, until another present member agrees (AGREED) or someone
-- declines it (DECLINED); only AGREED moves count on the map. Moves stored before this were made by one member
-- alone and stay in force as they were decided (AGREED, no session).
ALTER TABLE calibration_move ADD COLUMN session_id bigint;
ALTER TABLE calibration_move ADD COLUMN status text NOT NULL DEFAULT 'AGREED'
    CHECK (status IN ('PENDING', 'AGREED', 'DECLINED'));
ALTER TABLE calibration_move ADD COLUMN needs_second boolean NOT NULL DEFAULT false;
ALTER TABLE calibration_move ADD COLUMN decided_by text;
ALTER TABLE calibration_move ADD COLUMN decided_session_id bigint;
ALTER TABLE calibration_move ADD COLUMN decided_at timestamptz;
ALTER TABLE calibration_move ADD COLUMN decision_reason text;
ALTER TABLE calibration_move ADD CONSTRAINT calibration_move_second_member
    CHECK (status <> 'AGREED' OR NOT needs_second OR (decided_by IS NOT NULL AND decided_by <> moved_by));
-- one open proposal per employee and period: a second one would race the first
CREATE UNIQUE INDEX calibration_move_pending_idx ON calibration_move (period_id, nip) WHERE status = 'PENDING';
