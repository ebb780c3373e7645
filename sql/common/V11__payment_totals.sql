-- The monthly match writes a line of its own only where a line needs one, and sums the rest (a row per
-- payment line made the match write a million rows for a million-line ledger, 87 s of a 130 s run).
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.
--
-- payment_match now holds, per period, only the lines someone may have to look at one by one that no finding
-- records: every grant payment (R3 reads them line by line) and every match made on a similar name (a judgement,
-- kept for audit). An off-contract line is recorded by its R1 finding (with its ledger file and row); a line
-- matched on company number or exact name is counted in payment_total only. payment_total holds every line of
-- the period, exceptions included, summed by what it was matched to: the figures R2, the KPI and the monthly run
-- read.
CREATE TABLE payment_total (
    payment_total_id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    period                 CHAR(7)       NOT NULL,
    kind                   VARCHAR(10)   NOT NULL,
    method                 VARCHAR(20)   NOT NULL,
    -- the payments' directorate (their department, else the matched item's); null when neither says
    directorate_id         VARCHAR(40)   NULL,
    -- the contract_fact_id or grant_fact_id matched; null for the lines matched to nothing
    item_fact_id           BIGINT        NULL,
    matched_reference      VARCHAR(100)  NULL,
    matched_directorate_id VARCHAR(40)   NULL,
    payments               INT           NOT NULL,
    amount                 DECIMAL(17,2) NOT NULL,
    -- the last of these lines (highest payment_fact_id): where R2's finding points in the ledger
    last_payment_fact_id   BIGINT        NOT NULL
);
CREATE INDEX ix_payment_total_period ON payment_total (period, kind);
-- R2 and R3 add up the payments on one contract or grant over every reconciled month
CREATE INDEX ix_payment_total_item ON payment_total (matched_directorate_id, matched_reference, kind, period);

-- R1's KPI from the totals: contract spend (grant payments left out) and what of it is off-contract.
CREATE OR REPLACE VIEW v_off_contract_spend AS
SELECT t.period, COALESCE(t.directorate_id, 'unassigned') AS directorate_id,
       SUM(t.payments) AS payments, SUM(t.amount) AS spend,
       SUM(CASE WHEN t.method = 'none' THEN t.payments ELSE 0 END) AS off_contract_payments,
       SUM(CASE WHEN t.method = 'none' THEN t.amount ELSE 0 END) AS off_contract_spend
FROM payment_total t
WHERE t.kind = 'contract'
GROUP BY t.period, COALESCE(t.directorate_id, 'unassigned');

-- The months reconciled before this change: their totals from their line-by-line matches, then only the lines
-- that keep one (R2 adds up every month to date, so the totals must cover the earlier months too).
INSERT INTO payment_total (period, kind, method, directorate_id, item_fact_id, matched_reference,
                           matched_directorate_id, payments, amount, last_payment_fact_id)
SELECT period, kind, method, directorate_id, COALESCE(contract_fact_id, grant_fact_id), matched_reference,
       matched_directorate_id, COUNT(*), COALESCE(SUM(amount), 0), MAX(payment_fact_id)
FROM payment_match
GROUP BY period, kind, method, directorate_id, COALESCE(contract_fact_id, grant_fact_id), matched_reference,
         matched_directorate_id;
DELETE FROM payment_match WHERE kind = 'contract' AND method <> 'name-similar';
