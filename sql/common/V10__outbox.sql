-- The outbox: every email the pipeline sends is first a row here, written in the same transaction as the work
-- that caused it, then delivered by the dispatcher (SMTP, or an .eml file in the outbox folder). A mail server
-- outage leaves rows PENDING; each is retried with back-off and marked SENT once delivered.
-- status: PENDING (to send, at next_attempt_at), SENDING (claimed by a dispatcher), SENT, FAILED (given up)
CREATE TABLE outbox_email (
    outbox_email_id  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- what the email is about (e.g. load-batch-12, chase-adults-grant-agreements-2016-01) and to whom: queued once
    email_key        VARCHAR(300)  NOT NULL,
    recipient        VARCHAR(200)  NOT NULL,
    message_id       VARCHAR(200)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body_text        MEDIUMTEXT    NOT NULL,
    body_html        MEDIUMTEXT    NOT NULL,
    attachment_path  VARCHAR(1000) NULL,
    attachment_name  VARCHAR(255)  NULL,
    attachment_type  VARCHAR(100)  NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    queued_at        TIMESTAMP     NOT NULL,
    next_attempt_at  TIMESTAMP     NOT NULL,
    claimed_at       TIMESTAMP     NULL,
    sent_at          TIMESTAMP     NULL,
    delivered_as     VARCHAR(1000) NULL,
    last_error       VARCHAR(2000) NULL,
    CONSTRAINT uq_outbox_email_key UNIQUE (email_key, recipient),
    CONSTRAINT uq_outbox_message_id UNIQUE (message_id)
);
CREATE INDEX ix_outbox_email_due ON outbox_email (status, next_attempt_at);
