-- 未承認の再委託 (規程 4.2(3)① R01): subcontracting found without the committee's prior approval. Kept
-- for good (closed, never deleted); the governance module will turn findings into violations.
CREATE TABLE subcontracting_finding (
    id                  UUID          NOT NULL PRIMARY KEY,
    contractor_id       UUID          NOT NULL,
    contractor_name     VARCHAR(200)  NOT NULL,
    subcontractor_id    UUID,
    subcontractor_name  VARCHAR(200)  NOT NULL,
    found_on            DATE          NOT NULL,
    how_found           VARCHAR(1000) NOT NULL,
    note                VARCHAR(4000),
    status              VARCHAR(20)   NOT NULL,
    recorded_by         VARCHAR(100)  NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by           VARCHAR(100),
    closed_at           TIMESTAMP WITH TIME ZONE,
    closing_note        VARCHAR(2000),
    version             BIGINT        NOT NULL
);
CREATE INDEX subcontracting_finding_status ON subcontracting_finding (status, found_on);
CREATE INDEX subcontracting_finding_contractor ON subcontracting_finding (contractor_id, found_on);
