-- What reporting tools read: only the published snapshot of each return, with its lineage.

CREATE VIEW v_contract_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256, f.*
FROM contract_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

CREATE VIEW v_finding_current AS
SELECT b.return_type, b.directorate_id, b.period, b.file_name, f.*
FROM finding f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

-- Which directorate has a published return of each type for each period.
CREATE VIEW v_submission_status AS
SELECT b.return_type, b.directorate_id, b.period, b.load_batch_id, b.file_name, b.received_at,
       b.rows_loaded, b.errors, b.warnings
FROM load_batch b
WHERE b.status = 'CURRENT';
