-- The monthly match made ledger by ledger, and kept: a spend ledger is matched as soon as it is published,
-- against the contracts and grants current for each month it pays in, and the monthly run re-makes a ledger's match
-- only when what it was matched against has changed since (its basis). Reading a million lines back and writing their
-- results again every month took ten times as long as reading the ledger itself.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

-- One row per spend ledger and month it has lines in. basis: a digest of the returns (each directorate's latest
-- current contracts and grants return of the month or before) and settings the match was made against; null while
-- the match is still to be made (or being made). payments: the ledger's lines in that month.
CREATE TABLE ledger_match (
    load_batch_id BIGINT      NOT NULL,
    period        CHAR(7)     NOT NULL,
    basis         VARCHAR(64) NULL,
    payments      INT         NOT NULL,
    matched_at    TIMESTAMP   NULL,
    CONSTRAINT pk_ledger_match PRIMARY KEY (load_batch_id, period)
);

-- The match's rows say which ledger they come from, so that one ledger's match is replaced without the others'.
-- Rows written before this change have none: the next monthly run of their month replaces them.
ALTER TABLE payment_total ADD COLUMN ledger_load_batch_id BIGINT NULL;
ALTER TABLE payment_match ADD COLUMN ledger_load_batch_id BIGINT NULL;
CREATE INDEX ix_payment_total_ledger ON payment_total (ledger_load_batch_id, period);
CREATE INDEX ix_payment_match_ledger ON payment_match (ledger_load_batch_id, period);
CREATE INDEX ix_finding_ledger ON finding (ledger_load_batch_id, monthly_period, rule_id);

-- The results made before this change: each row is given its ledger (a total, that of its last line: a month with
-- two ledgers had their lines summed together, and both are matched again below), and every ledger's months are
-- recorded as still to be matched, so that the next monthly run of each month makes its match again, ledger by
-- ledger, and drops what a ledger no longer current had left.
UPDATE payment_match SET ledger_load_batch_id = (SELECT p.load_batch_id FROM payment_fact p
                                                 WHERE p.payment_fact_id = payment_match.payment_fact_id);
UPDATE payment_total SET ledger_load_batch_id = (SELECT p.load_batch_id FROM payment_fact p
                                                 WHERE p.payment_fact_id = payment_total.last_payment_fact_id);
INSERT INTO ledger_match (load_batch_id, period, basis, payments)
SELECT DISTINCT p.load_batch_id, CONCAT(YEAR(p.payment_date), '-', LPAD(MONTH(p.payment_date), 2, '0')), NULL, 0
FROM payment_fact p
WHERE p.payment_date IS NOT NULL;
