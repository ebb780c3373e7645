-- The reconciliation findings each directorate's owners were told about, per period: a re-run of the month
-- emails them again only when what it found has changed.
CREATE TABLE reconciliation_notice (
    period          CHAR(7)     NOT NULL,
    directorate_id  VARCHAR(40) NOT NULL,
    findings        INT         NOT NULL,
    findings_digest CHAR(64)    NOT NULL,
    sent_at         TIMESTAMP   NOT NULL,
    CONSTRAINT pk_reconciliation_notice PRIMARY KEY (period, directorate_id)
);
