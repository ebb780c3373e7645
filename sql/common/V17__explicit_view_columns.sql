-- Every reporting view names its columns. MySQL and MariaDB expand a view's "f.*" once, when the view is made, so a
-- column added to a table later (contract_fact.lot, grant_fact.duration_months) was missing from its view there, and
-- present on H2, which expands it at every start. Same columns, same order as before, plus the ones added since.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE OR REPLACE VIEW v_contract_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256,
       f.contract_fact_id, f.load_batch_id, f.source_sheet, f.source_row, f.contract_reference, f.title, f.service,
       f.supplier_name, f.supplier_company_number, f.sme, f.vcse, f.total_value, f.annual_value, f.start_date,
       f.end_date, f.review_date, f.procurement_route, f.waiver_reference, f.waiver_approval, f.etender_reference,
       f.register_reference, f.declaration_of_interest, f.llw_applicable, f.llw_included, f.contract_signed,
       f.signed_date, f.supplier_briefing, f.contract_manager, f.category, f.supplier_key, f.lot
FROM contract_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_finding_current AS
SELECT b.return_type, b.directorate_id, b.period, b.file_name,
       f.finding_id, f.load_batch_id, f.rule_id, f.severity, f.source_sheet, f.source_row, f.source_column,
       f.cell_ref, f.field_name, f.cell_value, f.message, f.monthly_period, f.ledger_load_batch_id, f.ledger_file,
       f.ledger_sheet, f.ledger_row, f.monthly_directorate_id
FROM finding f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_grant_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256,
       f.grant_fact_id, f.load_batch_id, f.source_sheet, f.source_row, f.grant_reference, f.title, f.programme,
       f.theme, f.recipient_name, f.recipient_charity_number, f.recipient_company_number, f.recipient_org_id,
       f.amount_awarded, f.award_date, f.decision_reference, f.decision_date, f.agreement_signed,
       f.agreement_signed_date, f.planned_start, f.planned_end, f.outputs_specified, f.specification_type,
       f.payments_to_date, f.first_payment_date, f.last_monitoring_visit, f.evaluation_commissioned,
       f.beneficiary_ward, f.currency, f.recipient_key, f.purpose_key, f.duration_months
FROM grant_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_disposal_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256,
       f.disposal_fact_id, f.load_batch_id, f.source_sheet, f.source_row, f.disposal_reference, f.uprn,
       f.property_name, f.address, f.postcode, f.tenure_type, f.disposal_type, f.market_valuation, f.valuation_date,
       f.valuer, f.consideration, f.consent_reference, f.consent_date, f.protocol_compliance, f.completion_date,
       f.capital_receipt, f.purchaser, f.floor_area_m2, f.community_benefit_reduction, f.asset_key
FROM disposal_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_milestone_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256,
       f.milestone_fact_id, f.load_batch_id, f.source_sheet, f.source_row, f.area, f.action, f.milestone,
       f.lead_officer, f.deadline, f.original_deadline, f.deadline_note, f.status, f.percent_complete,
       f.action_to_date, f.action_planned_and_risks, f.board_approval, f.milestone_count, f.milestone_key,
       f.status_category
FROM milestone_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_payment_current AS
SELECT f.payment_fact_id, f.load_batch_id, f.source_sheet, f.source_row, f.payment_date, f.supplier_name, f.amount,
       f.transaction_reference, f.body, f.department, f.expense_type, f.cost_centre, f.supplier_id,
       f.supplier_company_number, f.supplier_key,
       b.directorate_id, b.period, b.file_name, b.sha256
FROM payment_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_receipt_current AS
SELECT f.receipt_fact_id, f.load_batch_id, f.source_sheet, f.source_row, f.receipt_date, f.amount,
       f.receipt_reference, f.description, f.uprn, f.disposal_reference, f.department,
       b.directorate_id, b.period, b.file_name, b.sha256
FROM receipt_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE OR REPLACE VIEW v_reconciliation_finding AS
SELECT f.monthly_period AS period, COALESCE(f.monthly_directorate_id, b.directorate_id) AS directorate_id,
       b.file_name, b.return_type,
       f.finding_id, f.load_batch_id, f.rule_id, f.severity, f.source_sheet, f.source_row, f.source_column,
       f.cell_ref, f.field_name, f.cell_value, f.message, f.monthly_period, f.ledger_load_batch_id, f.ledger_file,
       f.ledger_sheet, f.ledger_row, f.monthly_directorate_id
FROM finding f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE f.monthly_period IS NOT NULL;

CREATE OR REPLACE VIEW v_contract_overspend AS
SELECT o.period, o.contract_fact_id, o.directorate_id, o.contract_reference, o.supplier_name, o.total_value,
       o.spent_to_date, o.spent_to_date - o.total_value AS overspend
FROM contract_overspend o;

CREATE OR REPLACE VIEW v_reconciliation_kpi AS
SELECT k.period, k.directorate_id, k.payments, k.spend, k.off_contract_payments, k.off_contract_spend,
       k.off_contract_share, k.status, d.name AS directorate_name
FROM reconciliation_kpi k
LEFT JOIN directorate d ON d.directorate_id = k.directorate_id;
