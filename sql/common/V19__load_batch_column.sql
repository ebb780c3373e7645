-- Column lineage recorded at load: every header cell of every table a load read, the field it was read as (null when
-- the column was not read) and how that mapping was made (alias, similar, content or configured). Findings made later
-- (the monthly reconciliation's) point at the ledger's own column from here, without opening the archived file again.
-- Batches loaded before this table existed have no rows: their later findings point at column A.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode. DDL only.
CREATE TABLE load_batch_column (
    load_batch_id BIGINT       NOT NULL,
    source_sheet  VARCHAR(100) NOT NULL,
    column_index  INT          NOT NULL,
    source_column VARCHAR(5)   NOT NULL,
    header_row    INT          NOT NULL,
    title         VARCHAR(500) NULL,
    field_name    VARCHAR(60)  NULL,
    mapped_how    VARCHAR(12)  NULL,
    CONSTRAINT pk_load_batch_column PRIMARY KEY (load_batch_id, source_sheet, column_index),
    CONSTRAINT fk_load_batch_column_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
