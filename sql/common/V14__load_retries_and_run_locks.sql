-- Retries of a failed load, counted, with back-off: a load is tried at most pipeline.retry.max-attempts times, then
-- its file is rejected with the reason; a failed one waits in processing/ until next_attempt_at.
ALTER TABLE load_batch ADD COLUMN attempts INT NOT NULL DEFAULT 0;
ALTER TABLE load_batch ADD COLUMN next_attempt_at TIMESTAMP NULL;

-- One monthly run per period at a time: the run that holds a period's row runs it; a second run of the same period
-- (the schedule and a person, or two nodes) is refused while the row is held. A row whose holder died is taken over
-- once it is older than the lease.
CREATE TABLE monthly_run_lock (
    period     CHAR(7)      NOT NULL PRIMARY KEY,
    holder     VARCHAR(200) NOT NULL,
    locked_at  TIMESTAMP    NOT NULL
);
