-- The grant agreements return (DOMAIN.md §2): the recipient dimension, the grant fact and its current snapshot.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

-- Every organisation the council has given a grant to, keyed on chc:<charity number>, coh:<company number>
-- (also read from 360Giving org ids GB-CHC-... / GB-COH-...), else name:<normalised name>.
CREATE TABLE recipient (
    recipient_key  VARCHAR(300) NOT NULL PRIMARY KEY,
    recipient_name VARCHAR(300) NULL,
    charity_number VARCHAR(40)  NULL,
    company_number VARCHAR(40)  NULL,
    org_id         VARCHAR(100) NULL
);

-- One row per grant of a grant agreements return, with the cell it came from.
CREATE TABLE grant_fact (
    grant_fact_id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id            BIGINT        NOT NULL,
    source_sheet             VARCHAR(100)  NOT NULL,
    source_row               INT           NOT NULL,
    grant_reference          VARCHAR(100)  NULL,
    title                    VARCHAR(1000) NULL,
    programme                VARCHAR(300)  NULL,
    theme                    VARCHAR(200)  NULL,
    recipient_name           VARCHAR(300)  NULL,
    recipient_charity_number VARCHAR(40)   NULL,
    recipient_company_number VARCHAR(40)   NULL,
    recipient_org_id         VARCHAR(100)  NULL,
    amount_awarded           DECIMAL(15,2) NULL,
    award_date               DATE          NULL,
    decision_reference       VARCHAR(100)  NULL,
    decision_date            DATE          NULL,
    agreement_signed         BOOLEAN       NULL,
    agreement_signed_date    DATE          NULL,
    planned_start            DATE          NULL,
    planned_end              DATE          NULL,
    outputs_specified        BOOLEAN       NULL,
    specification_type       VARCHAR(100)  NULL,
    payments_to_date         DECIMAL(15,2) NULL,
    first_payment_date       DATE          NULL,
    last_monitoring_visit    DATE          NULL,
    evaluation_commissioned  BOOLEAN       NULL,
    beneficiary_ward         VARCHAR(200)  NULL,
    currency                 VARCHAR(10)   NULL,
    recipient_key            VARCHAR(300)  NULL,
    purpose_key              VARCHAR(400)  NULL,
    CONSTRAINT uq_grant_fact_source UNIQUE (load_batch_id, source_sheet, source_row),
    CONSTRAINT fk_grant_fact_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
-- G7 looks for the same recipient and purpose across directorates
CREATE INDEX ix_grant_fact_recipient ON grant_fact (recipient_key, purpose_key);

-- What reporting tools read: only the published snapshot of each grants return, with its lineage.
CREATE VIEW v_grant_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256, f.*
FROM grant_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';
