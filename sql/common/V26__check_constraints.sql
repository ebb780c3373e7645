-- CHECK constraints on the columns that hold one of a closed set of values, so that a value the pipeline does not
-- know (a typo in a hand-written UPDATE, a misspelt status) is refused by the warehouse instead of silently
-- dropping out of every report that filters on it. Each set is what the code writes (its enum, or its literals):
--   load_batch.status                warehouse.LoadStatus
--   finding.severity                 rules.Severity, in lower case
--   outbox_email.status              notify.OutboxRepository: PENDING, SENDING, SENT, FAILED
--   payment_match/payment_total      reconcile.PaymentMatch's kinds and reconcile.MatchMethod's codes
--   milestone_fact.status_category   returntypes.milestones.MilestoneStatus
--   milestone_kpi.delivery_status and reconciliation_kpi.status: the RAG of rules.yml's thresholds
--   monthly_run.status               Spring Batch's BatchStatus
--   load_batch_column.mapped_how     spec.ColumnMapping.How, in lower case
-- The text columns compare code point by code point (utf8mb4_bin), so 'ERROR' is refused where 'error' is kept, on
-- MySQL/MariaDB as on H2. A NULL passes a CHECK: the nullable columns keep meaning "not known".
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode; named constraints. DDL only.
-- Each set is written as a CASE, not as `col IN (...)`: H2 2.4 evaluates an IN list (and an OR of equalities, which
-- it turns into one) with the connection that created the constraint, and once that connection is closed every
-- insert fails with "Check constraint invalid" (a second command on the same embedded database, a pool that retires
-- the migrating connection). The ELSE keeps a NULL passing, as a CHECK's unknown does.
ALTER TABLE load_batch ADD CONSTRAINT ck_load_batch_status
    CHECK (CASE status
        WHEN 'RECEIVED' THEN TRUE WHEN 'LOADING' THEN TRUE WHEN 'CURRENT' THEN TRUE
        WHEN 'SUPERSEDED' THEN TRUE WHEN 'REJECTED' THEN TRUE WHEN 'DUPLICATE' THEN TRUE
        WHEN 'FAILED' THEN TRUE
        ELSE status IS NULL END);

ALTER TABLE finding ADD CONSTRAINT ck_finding_severity
    CHECK (CASE severity
        WHEN 'error' THEN TRUE WHEN 'warning' THEN TRUE
        ELSE severity IS NULL END);

ALTER TABLE outbox_email ADD CONSTRAINT ck_outbox_email_status
    CHECK (CASE status
        WHEN 'PENDING' THEN TRUE WHEN 'SENDING' THEN TRUE WHEN 'SENT' THEN TRUE WHEN 'FAILED' THEN TRUE
        ELSE status IS NULL END);

ALTER TABLE payment_match ADD CONSTRAINT ck_payment_match_kind
    CHECK (CASE kind
        WHEN 'contract' THEN TRUE WHEN 'grant' THEN TRUE
        ELSE kind IS NULL END);
ALTER TABLE payment_match ADD CONSTRAINT ck_payment_match_method
    CHECK (CASE method
        WHEN 'company-number' THEN TRUE WHEN 'name-exact' THEN TRUE WHEN 'name-similar' THEN TRUE
        WHEN 'none' THEN TRUE
        ELSE method IS NULL END);
ALTER TABLE payment_total ADD CONSTRAINT ck_payment_total_kind
    CHECK (CASE kind
        WHEN 'contract' THEN TRUE WHEN 'grant' THEN TRUE
        ELSE kind IS NULL END);
ALTER TABLE payment_total ADD CONSTRAINT ck_payment_total_method
    CHECK (CASE method
        WHEN 'company-number' THEN TRUE WHEN 'name-exact' THEN TRUE WHEN 'name-similar' THEN TRUE
        WHEN 'none' THEN TRUE
        ELSE method IS NULL END);

ALTER TABLE milestone_fact ADD CONSTRAINT ck_milestone_fact_status_category
    CHECK (CASE status_category
        WHEN 'COMPLETE' THEN TRUE WHEN 'ON_TARGET' THEN TRUE WHEN 'ONGOING' THEN TRUE WHEN 'REVISED' THEN TRUE
        WHEN 'OTHER' THEN TRUE
        ELSE status_category IS NULL END);
ALTER TABLE milestone_kpi ADD CONSTRAINT ck_milestone_kpi_delivery_status
    CHECK (CASE delivery_status
        WHEN 'GREEN' THEN TRUE WHEN 'AMBER' THEN TRUE WHEN 'RED' THEN TRUE
        ELSE delivery_status IS NULL END);
ALTER TABLE reconciliation_kpi ADD CONSTRAINT ck_reconciliation_kpi_status
    CHECK (CASE status
        WHEN 'GREEN' THEN TRUE WHEN 'AMBER' THEN TRUE WHEN 'RED' THEN TRUE
        ELSE status IS NULL END);

ALTER TABLE monthly_run ADD CONSTRAINT ck_monthly_run_status
    CHECK (CASE status
        WHEN 'STARTING' THEN TRUE WHEN 'STARTED' THEN TRUE WHEN 'STOPPING' THEN TRUE WHEN 'STOPPED' THEN TRUE
        WHEN 'COMPLETED' THEN TRUE WHEN 'FAILED' THEN TRUE WHEN 'ABANDONED' THEN TRUE WHEN 'UNKNOWN' THEN TRUE
        ELSE status IS NULL END);

ALTER TABLE load_batch_column ADD CONSTRAINT ck_load_batch_column_mapped_how
    CHECK (CASE mapped_how
        WHEN 'alias' THEN TRUE WHEN 'similar' THEN TRUE WHEN 'content' THEN TRUE WHEN 'configured' THEN TRUE
        ELSE mapped_how IS NULL END);
