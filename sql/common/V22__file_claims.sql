-- Which node is working on which file of processing/, so that several nodes can share one inbox and one warehouse.
-- A node takes a file by inserting its row (the name it has, or will have, in processing/: the primary key lets one
-- node alone have it), renews its lease while it works on the file, and deletes the row when the file has left
-- processing/ or waits for a retry. A row whose lease ran out belongs to a node that died: another node takes it
-- over. Lease times are the database's clock (CURRENT_TIMESTAMP), so the nodes' clocks need not agree.
CREATE TABLE file_claim (
    file_name    VARCHAR(255) NOT NULL PRIMARY KEY,
    node_id      VARCHAR(200) NOT NULL,
    claimed_at   DATETIME(6)  NOT NULL,
    lease_until  DATETIME(6)  NOT NULL
);
CREATE INDEX file_claim_node ON file_claim (node_id);
