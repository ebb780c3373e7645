-- The reporting warehouse: lineage (load_batch), dimensions, the procurement contract fact and findings.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

CREATE TABLE directorate (
    directorate_id VARCHAR(40)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL
);

-- One row per file received: what it was, where it came from, what became of it.
-- status: RECEIVED, LOADING, CURRENT (the published snapshot), SUPERSEDED, REJECTED, DUPLICATE, FAILED
CREATE TABLE load_batch (
    load_batch_id      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_name          VARCHAR(255)  NOT NULL,
    sha256             CHAR(64)      NOT NULL,
    file_bytes         BIGINT        NOT NULL,
    received_at        TIMESTAMP     NOT NULL,
    finished_at        TIMESTAMP     NULL,
    status             VARCHAR(20)   NOT NULL,
    reason             VARCHAR(4000) NULL,
    return_type        VARCHAR(60)   NULL,
    directorate_id     VARCHAR(40)   NULL,
    period             CHAR(7)       NULL,
    source_sheet       VARCHAR(100)  NULL,
    header_row         INT           NULL,
    submitted_by       VARCHAR(200)  NULL,
    contact_email      VARCHAR(200)  NULL,
    rows_read          INT           NULL,
    rows_loaded        INT           NULL,
    rows_with_findings INT           NULL,
    errors             INT           NULL,
    warnings           INT           NULL,
    job_execution_id   BIGINT        NULL,
    stored_as          VARCHAR(1000) NULL
);
CREATE INDEX ix_load_batch_sha256 ON load_batch (sha256);
CREATE INDEX ix_load_batch_snapshot ON load_batch (return_type, directorate_id, period, status);

CREATE TABLE supplier (
    supplier_key   VARCHAR(300) NOT NULL PRIMARY KEY,
    supplier_name  VARCHAR(300) NULL,
    company_number VARCHAR(40)  NULL
);

-- One row per contract line of a procurement return, with the cell it came from.
CREATE TABLE contract_fact (
    contract_fact_id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id           BIGINT        NOT NULL,
    source_sheet            VARCHAR(100)  NOT NULL,
    source_row              INT           NOT NULL,
    contract_reference      VARCHAR(100)  NULL,
    title                   VARCHAR(1000) NULL,
    service                 VARCHAR(200)  NULL,
    supplier_name           VARCHAR(300)  NULL,
    supplier_company_number VARCHAR(40)   NULL,
    sme                     BOOLEAN       NULL,
    vcse                    BOOLEAN       NULL,
    total_value             DECIMAL(15,2) NULL,
    annual_value            DECIMAL(15,2) NULL,
    start_date              DATE          NULL,
    end_date                DATE          NULL,
    review_date             DATE          NULL,
    procurement_route       VARCHAR(100)  NULL,
    waiver_reference        VARCHAR(100)  NULL,
    waiver_approval         VARCHAR(300)  NULL,
    etender_reference       VARCHAR(100)  NULL,
    register_reference      VARCHAR(100)  NULL,
    declaration_of_interest BOOLEAN       NULL,
    llw_applicable          BOOLEAN       NULL,
    llw_included            BOOLEAN       NULL,
    contract_signed         BOOLEAN       NULL,
    signed_date             DATE          NULL,
    supplier_briefing       BOOLEAN       NULL,
    contract_manager        VARCHAR(200)  NULL,
    category                VARCHAR(200)  NULL,
    supplier_key            VARCHAR(300)  NULL,
    CONSTRAINT uq_contract_fact_source UNIQUE (load_batch_id, source_sheet, source_row),
    CONSTRAINT fk_contract_fact_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
CREATE INDEX ix_contract_fact_supplier ON contract_fact (supplier_key);

-- Everything found wrong with a file, pointing at its cell.
CREATE TABLE finding (
    finding_id     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id  BIGINT        NOT NULL,
    rule_id        VARCHAR(20)   NOT NULL,
    severity       VARCHAR(10)   NOT NULL,
    source_sheet   VARCHAR(100)  NOT NULL,
    source_row     INT           NOT NULL,
    source_column  VARCHAR(5)    NOT NULL,
    cell_ref       VARCHAR(140)  NOT NULL,
    field_name     VARCHAR(60)   NULL,
    cell_value     VARCHAR(500)  NULL,
    message        VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_finding_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
CREATE INDEX ix_finding_batch_row ON finding (load_batch_id, source_sheet, source_row);
