-- The monthly reconciliation (DOMAIN.md "Finance data for reconciliation", R1-R6) and the monthly run's record.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode. Every table here is derived: a re-run of a period
-- deletes that period's rows and writes them again. No foreign keys to the facts: fact rows and load batches are
-- kept for ever in production, and the tests empty the facts without knowing these tables.

-- A reconciliation finding is a finding like any other, attached to a load batch (the return's where a return row
-- is concerned, else the ledger's), plus the month it was made for and the ledger line it concerns.
ALTER TABLE finding ADD COLUMN monthly_period CHAR(7) NULL;
ALTER TABLE finding ADD COLUMN ledger_load_batch_id BIGINT NULL;
ALTER TABLE finding ADD COLUMN ledger_file VARCHAR(255) NULL;
ALTER TABLE finding ADD COLUMN ledger_sheet VARCHAR(100) NULL;
ALTER TABLE finding ADD COLUMN ledger_row INT NULL;
-- whose finding it is: a ledger line's department, which the ledger's own batch (finance) does not say
ALTER TABLE finding ADD COLUMN monthly_directorate_id VARCHAR(40) NULL;
CREATE INDEX ix_finding_monthly ON finding (monthly_period, rule_id);

-- How each payment line of a period was matched: to a contract (R1, R2) or, for a grant payment, to a grant (R3).
-- method: company-number | name-exact | name-similar | none (off-contract, or a grant payment with no agreement).
CREATE TABLE payment_match (
    payment_match_id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period                 CHAR(7)       NOT NULL,
    payment_fact_id        BIGINT        NOT NULL,
    payment_date           DATE          NULL,
    amount                 DECIMAL(15,2) NULL,
    directorate_id         VARCHAR(40)   NULL,
    kind                   VARCHAR(10)   NOT NULL,
    method                 VARCHAR(20)   NOT NULL,
    score                  DECIMAL(6,4)  NULL,
    contract_fact_id       BIGINT        NULL,
    grant_fact_id          BIGINT        NULL,
    matched_reference      VARCHAR(100)  NULL,
    matched_directorate_id VARCHAR(40)   NULL,
    CONSTRAINT uq_payment_match UNIQUE (period, payment_fact_id)
);
-- R2 and R3 add up the payments on one contract or grant over every reconciled month
CREATE INDEX ix_payment_match_item ON payment_match (matched_directorate_id, matched_reference, kind, period);

-- R2: contracts whose payments to date exceed their value, with the figures.
CREATE TABLE contract_overspend (
    period             CHAR(7)       NOT NULL,
    contract_fact_id   BIGINT        NOT NULL,
    directorate_id     VARCHAR(40)   NOT NULL,
    contract_reference VARCHAR(100)  NOT NULL,
    supplier_name      VARCHAR(300)  NULL,
    total_value        DECIMAL(15,2) NOT NULL,
    spent_to_date      DECIMAL(17,2) NOT NULL,
    CONSTRAINT pk_contract_overspend PRIMARY KEY (period, contract_fact_id)
);

-- R6: each return chased, once per period, directorate and return type (a re-run never chases twice).
CREATE TABLE return_chase (
    period         CHAR(7)       NOT NULL,
    directorate_id VARCHAR(40)   NOT NULL,
    return_type    VARCHAR(60)   NOT NULL,
    deadline       DATE          NOT NULL,
    chased_at      TIMESTAMP     NOT NULL,
    recipients     VARCHAR(1000) NULL,
    CONSTRAINT pk_return_chase PRIMARY KEY (period, directorate_id, return_type)
);

-- R1's KPI per directorate and period, with its RAG status (thresholds in rules.yml, which a view cannot read).
CREATE TABLE reconciliation_kpi (
    period                CHAR(7)       NOT NULL,
    directorate_id        VARCHAR(40)   NOT NULL,
    payments              INT           NOT NULL,
    spend                 DECIMAL(17,2) NOT NULL,
    off_contract_payments INT           NOT NULL,
    off_contract_spend    DECIMAL(17,2) NOT NULL,
    off_contract_share    DECIMAL(7,4)  NULL,
    status                VARCHAR(5)    NOT NULL,
    CONSTRAINT pk_reconciliation_kpi PRIMARY KEY (period, directorate_id)
);

-- One row per run of the monthly job (a restart is a new row with the same job instance).
CREATE TABLE monthly_run (
    monthly_run_id   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period           CHAR(7)       NOT NULL,
    job_execution_id BIGINT        NOT NULL,
    started_at       TIMESTAMP     NOT NULL,
    finished_at      TIMESTAMP     NULL,
    status           VARCHAR(20)   NOT NULL,
    payments         INT           NULL,
    payments_matched INT           NULL,
    r1               INT           NULL,
    r2               INT           NULL,
    r3               INT           NULL,
    r4               INT           NULL,
    r5               INT           NULL,
    r6               INT           NULL,
    exit_message     VARCHAR(2000) NULL
);
CREATE INDEX ix_monthly_run_period ON monthly_run (period);

-- R1's KPI straight from the matches: contract spend (grant payments left out) and what of it is off-contract.
CREATE VIEW v_off_contract_spend AS
SELECT m.period, COALESCE(m.directorate_id, 'unassigned') AS directorate_id,
       COUNT(*) AS payments, SUM(m.amount) AS spend,
       SUM(CASE WHEN m.method = 'none' THEN 1 ELSE 0 END) AS off_contract_payments,
       SUM(CASE WHEN m.method = 'none' THEN m.amount ELSE 0 END) AS off_contract_spend
FROM payment_match m
WHERE m.kind = 'contract'
GROUP BY m.period, COALESCE(m.directorate_id, 'unassigned');

-- Every reconciliation finding with the file it is attached to and the ledger line it concerns.
CREATE VIEW v_reconciliation_finding AS
SELECT f.monthly_period AS period, COALESCE(f.monthly_directorate_id, b.directorate_id) AS directorate_id,
       b.file_name, b.return_type, f.*
FROM finding f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE f.monthly_period IS NOT NULL;

-- How many of each rule a period has: R1-R5 from the findings, R6 from the chases.
CREATE VIEW v_reconciliation_counts AS
SELECT f.monthly_period AS period, f.rule_id, COUNT(*) AS findings
FROM finding f
WHERE f.monthly_period IS NOT NULL
GROUP BY f.monthly_period, f.rule_id
UNION ALL
SELECT c.period, 'R6', COUNT(*)
FROM return_chase c
GROUP BY c.period;

-- R2's list, and the R1 KPI with its status, for the monitoring pack.
CREATE VIEW v_contract_overspend AS
SELECT o.*, o.spent_to_date - o.total_value AS overspend
FROM contract_overspend o;

CREATE VIEW v_reconciliation_kpi AS
SELECT k.*, d.name AS directorate_name
FROM reconciliation_kpi k
LEFT JOIN directorate d ON d.directorate_id = k.directorate_id;
