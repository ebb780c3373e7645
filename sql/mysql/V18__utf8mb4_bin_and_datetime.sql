-- MySQL and MariaDB only (H2 has its own V18). DDL only.
--
-- One character set and one collation, chosen on purpose: utf8mb4 (every character a return may hold) with
-- utf8mb4_bin, which compares text code point by code point, as H2 does. The keys that must ignore case, accents or
-- punctuation (supplier_key, recipient_key, asset_key, milestone_key) are normalised by the pipeline before they are
-- written; a case- or accent-insensitive collation would fold them a second time, differently from H2, so that two
-- suppliers the pipeline keeps apart would collide on MySQL alone (and so would two outbox recipients differing by
-- case). Reporting queries that want to ignore case say so (LOWER(), or COLLATE utf8mb4_unicode_ci).
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE directorate CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE load_batch CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE supplier CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE contract_fact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE finding CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE recipient CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE grant_fact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE asset CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE disposal_fact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE milestone_fact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE milestone_kpi CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE payment_fact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE receipt_fact CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE payment_match CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE contract_overspend CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE return_chase CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE reconciliation_kpi CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE monthly_run CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE reconciliation_notice CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE outbox_email CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE payment_total CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE ledger_match CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
ALTER TABLE monthly_run_lock CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

-- Times as DATETIME(6): a TIMESTAMP stops in January 2038, and this warehouse keeps its rows for ever. The values
-- keep their wall-clock time in the session's time zone, which is the JVM's (Connector/J's default).
ALTER TABLE load_batch MODIFY received_at DATETIME(6) NOT NULL, MODIFY finished_at DATETIME(6) NULL,
    MODIFY next_attempt_at DATETIME(6) NULL;
ALTER TABLE milestone_kpi MODIFY refreshed_at DATETIME(6) NOT NULL;
ALTER TABLE return_chase MODIFY chased_at DATETIME(6) NOT NULL;
ALTER TABLE monthly_run MODIFY started_at DATETIME(6) NOT NULL, MODIFY finished_at DATETIME(6) NULL;
ALTER TABLE reconciliation_notice MODIFY sent_at DATETIME(6) NOT NULL;
ALTER TABLE outbox_email MODIFY queued_at DATETIME(6) NOT NULL, MODIFY next_attempt_at DATETIME(6) NOT NULL,
    MODIFY claimed_at DATETIME(6) NULL, MODIFY sent_at DATETIME(6) NULL;
ALTER TABLE ledger_match MODIFY matched_at DATETIME(6) NULL;
ALTER TABLE monthly_run_lock MODIFY locked_at DATETIME(6) NOT NULL;
