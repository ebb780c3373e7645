-- The audit trail: one row for every change the pipeline makes to a received file's batch, an email or a monthly
-- run, inserted in the transaction of the change it records (so there is never an event for a change that rolled
-- back, nor a change without its event). The pipeline only ever inserts into it; docs/warehouse.md says how to make
-- the table append-only for its database user.
CREATE TABLE audit_event (
    audit_event_id BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(200)  NOT NULL,
    action         VARCHAR(40)   NOT NULL,
    load_batch_id  BIGINT        NULL,
    period         CHAR(7)       NULL,
    file_name      VARCHAR(255)  NULL,
    sha256         CHAR(64)      NULL,
    status_before  VARCHAR(20)   NULL,
    status_after   VARCHAR(20)   NULL,
    detail         VARCHAR(4000) NULL
);

CREATE INDEX audit_event_by_batch ON audit_event (load_batch_id, audit_event_id);
