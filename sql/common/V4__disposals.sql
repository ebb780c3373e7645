-- The property disposals return (DOMAIN.md §3): the asset dimension, the disposal fact and its current view.
-- One dialect for MySQL 8 / MariaDB 10.11 and H2 in MySQL mode.

-- One row per property disposed of, keyed on its UPRN, else on "name:" + property name + "|" + postcode.
CREATE TABLE asset (
    asset_key     VARCHAR(300) NOT NULL PRIMARY KEY,
    uprn          VARCHAR(40)  NULL,
    property_name VARCHAR(300) NULL,
    address       VARCHAR(500) NULL,
    postcode      VARCHAR(20)  NULL,
    tenure_type   VARCHAR(100) NULL
);

-- One row per disposal line of a property disposals return, with the cell it came from.
CREATE TABLE disposal_fact (
    disposal_fact_id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    load_batch_id               BIGINT        NOT NULL,
    source_sheet                VARCHAR(100)  NOT NULL,
    source_row                  INT           NOT NULL,
    disposal_reference          VARCHAR(100)  NULL,
    uprn                        VARCHAR(40)   NULL,
    property_name               VARCHAR(300)  NULL,
    address                     VARCHAR(500)  NULL,
    postcode                    VARCHAR(20)   NULL,
    tenure_type                 VARCHAR(100)  NULL,
    disposal_type               VARCHAR(100)  NULL,
    market_valuation            DECIMAL(15,2) NULL,
    valuation_date              DATE          NULL,
    valuer                      VARCHAR(200)  NULL,
    consideration               DECIMAL(15,2) NULL,
    consent_reference           VARCHAR(100)  NULL,
    consent_date                DATE          NULL,
    protocol_compliance         BOOLEAN       NULL,
    completion_date             DATE          NULL,
    capital_receipt             DECIMAL(15,2) NULL,
    purchaser                   VARCHAR(300)  NULL,
    floor_area_m2               DECIMAL(15,2) NULL,
    community_benefit_reduction DECIMAL(15,2) NULL,
    asset_key                   VARCHAR(300)  NULL,
    CONSTRAINT uq_disposal_fact_source UNIQUE (load_batch_id, source_sheet, source_row),
    CONSTRAINT fk_disposal_fact_batch FOREIGN KEY (load_batch_id) REFERENCES load_batch (load_batch_id)
);
CREATE INDEX ix_disposal_fact_asset ON disposal_fact (asset_key);

-- What reporting tools read: only the published snapshot of each disposals return, with its lineage.
CREATE VIEW v_disposal_current AS
SELECT b.directorate_id, b.period, b.file_name, b.sha256, f.*
FROM disposal_fact f
JOIN load_batch b ON b.load_batch_id = f.load_batch_id
WHERE b.status = 'CURRENT';
