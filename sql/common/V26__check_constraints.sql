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
ALTER TABLE load_batch ADD CONSTRAINT ck_load_batch_status
    CHECK (status IN ('RECEIVED', 'LOADING', 'CURRENT', 'SUPERSEDED', 'REJECTED', 'DUPLICATE', 'FAILED'));

ALTER TABLE finding ADD CONSTRAINT ck_finding_severity CHECK (severity IN ('error', 'warning'));

ALTER TABLE outbox_email ADD CONSTRAINT ck_outbox_email_status
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'));

ALTER TABLE payment_match ADD CONSTRAINT ck_payment_match_kind CHECK (kind IN ('contract', 'grant'));
ALTER TABLE payment_match ADD CONSTRAINT ck_payment_match_method
    CHECK (method IN ('company-number', 'name-exact', 'name-similar', 'none'));
ALTER TABLE payment_total ADD CONSTRAINT ck_payment_total_kind CHECK (kind IN ('contract', 'grant'));
ALTER TABLE payment_total ADD CONSTRAINT ck_payment_total_method
    CHECK (method IN ('company-number', 'name-exact', 'name-similar', 'none'));

ALTER TABLE milestone_fact ADD CONSTRAINT ck_milestone_fact_status_category
    CHECK (status_category IN ('COMPLETE', 'ON_TARGET', 'ONGOING', 'REVISED', 'OTHER'));
ALTER TABLE milestone_kpi ADD CONSTRAINT ck_milestone_kpi_delivery_status
    CHECK (delivery_status IN ('GREEN', 'AMBER', 'RED'));
ALTER TABLE reconciliation_kpi ADD CONSTRAINT ck_reconciliation_kpi_status CHECK (status IN ('GREEN', 'AMBER', 'RED'));

ALTER TABLE monthly_run ADD CONSTRAINT ck_monthly_run_status
    CHECK (status IN ('STARTING', 'STARTED', 'STOPPING', 'STOPPED', 'COMPLETED', 'FAILED', 'ABANDONED', 'UNKNOWN'));

ALTER TABLE load_batch_column ADD CONSTRAINT ck_load_batch_column_mapped_how
    CHECK (mapped_how IN ('alias', 'similar', 'content', 'configured'));
