-- The finance ledgers (DOMAIN.md, "Finance data for reconciliation"): the spend export's payment lines and the
-- capital receipts, each line with the file, sheet and row it came from, and their current views.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

-- One row per payment line of a spend ledger file (spending over £500). supplier_key is SupplierKey's
-- ch:<company number> or name:<normalised name>, the key reconciliation matches contracts on.
CREATE TABLE payment_fact (
    payment_fact_id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id           BIGINT        NOT NULL,
    source_sheet            VARCHAR(100)  NOT NULL,
    source_row              INT           NOT NULL,
    payment_date            DATE          NULL,
    supplier_name           VARCHAR(300)  NULL,
    amount                  DECIMAL(15,2) NULL,
    transaction_reference   VARCHAR(100)  NULL,
    body                    VARCHAR(200)  NULL,
    department              VARCHAR(200)  NULL,
    expense_type            VARCHAR(200)  NULL,
    cost_centre             VARCHAR(100)  NULL,
    supplier_id             VARCHAR(100)  NULL,
    supplier_company_number VARCHAR(40)   NULL,
    supplier_key            VARCHAR(300)  NULL,
    CONSTRAINT uq_payment_fact_source UNIQUE (load_batch_id, source_sheet, source_row),
    CONSTRAINT fk_payment_fact_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
CREATE INDEX ix_payment_fact_supplier_date ON payment_fact (supplier_key, payment_date);
CREATE INDEX ix_payment_fact_date ON payment_fact (payment_date);

-- One row per line of a capital receipts file; R4 matches them with completed disposals.
CREATE TABLE receipt_fact (
    receipt_fact_id    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id      BIGINT        NOT NULL,
    source_sheet       VARCHAR(100)  NOT NULL,
    source_row         INT           NOT NULL,
    receipt_date       DATE          NULL,
    amount             DECIMAL(15,2) NULL,
    receipt_reference  VARCHAR(100)  NULL,
    description        VARCHAR(1000) NULL,
    uprn               VARCHAR(40)   NULL,
    disposal_reference VARCHAR(100)  NULL,
    department         VARCHAR(200)  NULL,
    CONSTRAINT uq_receipt_fact_source UNIQUE (load_batch_id, source_sheet, source_row),
    CONSTRAINT fk_receipt_fact_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
CREATE INDEX ix_receipt_fact_date ON receipt_fact (receipt_date);

-- What reconciliation and reports read: the lines of the current ledger files only, with their lineage.
CREATE VIEW v_payment_current AS
SELECT f.*, b.directorate_id, b.period, b.file_name, b.sha256
FROM payment_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE VIEW v_receipt_current AS
SELECT f.*, b.directorate_id, b.period, b.file_name, b.sha256
FROM receipt_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';
