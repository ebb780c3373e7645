-- A grant's planned duration in months (360Giving's "Planned Dates:Duration (months)"): many grant files give the
-- start and the duration but no end date, and a grant's end is what tells whether it is still live (G5).
ALTER TABLE grant_fact ADD COLUMN duration_months BIGINT NULL;
-- A contract's lot: the lots of one multi-lot contract share its reference, each with its own supplier (P8).
ALTER TABLE contract_fact ADD COLUMN lot VARCHAR(255) NULL;
