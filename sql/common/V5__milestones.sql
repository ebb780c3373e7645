-- The action plan milestones return (DOMAIN.md §4): its fact table, the current snapshot, and the KPIs
-- per plan area and overall. One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

-- One row per milestone of a milestones return, with the cell it came from. lead_officer, not "lead"
-- (a reserved word in MySQL 8). milestone_count is blank on a milestone's own row (it counts as one) and
-- holds a number on a row standing for milestones completed earlier and no longer listed.
CREATE TABLE milestone_fact (
    milestone_fact_id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id            BIGINT        NOT NULL,
    source_sheet             VARCHAR(100)  NOT NULL,
    source_row               INT           NOT NULL,
    area                     VARCHAR(100)  NULL,
    action                   VARCHAR(1000) NULL,
    milestone                VARCHAR(1000) NULL,
    lead_officer             VARCHAR(200)  NULL,
    deadline                 DATE          NULL,
    original_deadline        DATE          NULL,
    deadline_note            VARCHAR(200)  NULL,
    status                   VARCHAR(100)  NULL,
    percent_complete         DECIMAL(7,4)  NULL,
    action_to_date           VARCHAR(2000) NULL,
    action_planned_and_risks VARCHAR(2000) NULL,
    board_approval           VARCHAR(300)  NULL,
    milestone_count          BIGINT        NULL,
    milestone_key            VARCHAR(500)  NULL,
    status_category          VARCHAR(20)   NULL,
    CONSTRAINT uq_milestone_fact_source UNIQUE (load_batch_id, source_sheet, source_row),
    CONSTRAINT fk_milestone_fact_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
CREATE INDEX ix_milestone_fact_key ON milestone_fact (milestone_key);

CREATE VIEW v_milestone_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256, f.*
FROM milestone_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';

-- The KPI counts of the current snapshots, per period and plan area, plus an 'Overall' row per period.
-- overdue: a deadline before the period's first day, not complete. on track: On Target or Ongoing, not
-- overdue. awaiting approval: a revised deadline (an original deadline is given) without the Board's approval.
CREATE VIEW v_milestone_kpi_current AS
SELECT period, area,
       SUM(n) AS milestones_total,
       SUM(CASE WHEN status_category = 'COMPLETE' THEN n ELSE 0 END) AS complete,
       SUM(CASE WHEN status_category = 'ON_TARGET' THEN n ELSE 0 END) AS on_target,
       SUM(CASE WHEN status_category = 'ONGOING' THEN n ELSE 0 END) AS ongoing,
       SUM(CASE WHEN status_category = 'REVISED' THEN n ELSE 0 END) AS revised_date_proposed,
       SUM(overdue * n) AS overdue,
       SUM(CASE WHEN status_category = 'COMPLETE' THEN n
                WHEN status_category IN ('ON_TARGET', 'ONGOING') AND overdue = 0 THEN n ELSE 0 END) AS complete_or_on_track,
       SUM(awaiting * n) AS revised_awaiting_approval
FROM (
    SELECT m.period, m.area, COALESCE(m.milestone_count, 1) AS n, m.status_category,
           CASE WHEN m.status_category <> 'COMPLETE' AND m.deadline < CAST(CONCAT(m.period, '-01') AS DATE)
                THEN 1 ELSE 0 END AS overdue,
           CASE WHEN m.original_deadline IS NOT NULL AND (m.board_approval IS NULL OR m.board_approval = '')
                THEN 1 ELSE 0 END AS awaiting
    FROM v_milestone_current m
) a
GROUP BY period, area
UNION ALL
SELECT period, 'Overall',
       SUM(n),
       SUM(CASE WHEN status_category = 'COMPLETE' THEN n ELSE 0 END),
       SUM(CASE WHEN status_category = 'ON_TARGET' THEN n ELSE 0 END),
       SUM(CASE WHEN status_category = 'ONGOING' THEN n ELSE 0 END),
       SUM(CASE WHEN status_category = 'REVISED' THEN n ELSE 0 END),
       SUM(overdue * n),
       SUM(CASE WHEN status_category = 'COMPLETE' THEN n
                WHEN status_category IN ('ON_TARGET', 'ONGOING') AND overdue = 0 THEN n ELSE 0 END),
       SUM(awaiting * n)
FROM (
    SELECT m.period, COALESCE(m.milestone_count, 1) AS n, m.status_category,
           CASE WHEN m.status_category <> 'COMPLETE' AND m.deadline < CAST(CONCAT(m.period, '-01') AS DATE)
                THEN 1 ELSE 0 END AS overdue,
           CASE WHEN m.original_deadline IS NOT NULL AND (m.board_approval IS NULL OR m.board_approval = '')
                THEN 1 ELSE 0 END AS awaiting
    FROM v_milestone_current m
) o
GROUP BY period;

-- The KPIs with each area's delivery status (GREEN / AMBER / RED), whose thresholds are in rules.yml
-- (milestones.RAG), so Java refreshes this table for a period whenever a milestones return is published.
-- No foreign key to load_batch: a row summarises every current snapshot of its period.
CREATE TABLE milestone_kpi (
    period                     CHAR(7)      NOT NULL,
    area                       VARCHAR(100) NOT NULL,
    milestones_total           INT          NOT NULL,
    complete                   INT          NOT NULL,
    on_target                  INT          NOT NULL,
    ongoing                    INT          NOT NULL,
    revised_date_proposed      INT          NOT NULL,
    overdue                    INT          NOT NULL,
    complete_or_on_track       INT          NOT NULL,
    share_complete_or_on_track DECIMAL(5,4) NULL,
    revised_awaiting_approval  INT          NOT NULL,
    delivery_status            VARCHAR(5)   NULL,
    refreshed_at               TIMESTAMP    NOT NULL,
    refreshed_by_load_batch_id BIGINT       NULL,
    CONSTRAINT pk_milestone_kpi PRIMARY KEY (period, area)
);
