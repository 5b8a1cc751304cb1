-- 選定基準 (規程 4.1(1) SEL-01..03): versioned criteria sets, drafted, approved by the committee (稟議)
-- and in force from their effective date.
CREATE TABLE selection_criteria_version (
    id            UUID          NOT NULL PRIMARY KEY,
    number        INTEGER       NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    effective_on  DATE,
    approved_on   DATE,
    approval_id   UUID,
    created_by    VARCHAR(100)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT selection_criteria_version_number UNIQUE (number)
);
CREATE INDEX selection_criteria_version_status ON selection_criteria_version (status, effective_on);

-- One criterion of a version, in its order.
CREATE TABLE selection_criterion (
    criteria_version_id  UUID          NOT NULL REFERENCES selection_criteria_version (id),
    position             INTEGER       NOT NULL,
    code                 VARCHAR(20)   NOT NULL,
    description          VARCHAR(1000) NOT NULL,
    supplier_types       VARCHAR(300)  NOT NULL,
    risk_tiers           VARCHAR(100)  NOT NULL,
    weight               INTEGER       NOT NULL,
    scale                VARCHAR(20)   NOT NULL,
    mandatory            BOOLEAN       NOT NULL,
    PRIMARY KEY (criteria_version_id, position)
);

-- 評価 (SEL-01, SEL-04): a contractor evaluated against one criteria version.
CREATE TABLE selection_evaluation (
    id                   UUID          NOT NULL PRIMARY KEY,
    contractor_id        UUID          NOT NULL,
    criteria_version_id  UUID          NOT NULL REFERENCES selection_criteria_version (id),
    criteria_number      INTEGER       NOT NULL,
    evaluator            VARCHAR(100)  NOT NULL,
    evaluated_on         DATE          NOT NULL,
    result               VARCHAR(20)   NOT NULL,
    score_percent        INTEGER       NOT NULL,
    conclusion           VARCHAR(2000) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX selection_evaluation_contractor ON selection_evaluation (contractor_id, evaluated_on, created_at);

-- Each criterion's score in an evaluation, with what was scored (copied: the evaluation stays readable).
CREATE TABLE selection_score (
    evaluation_id  UUID          NOT NULL REFERENCES selection_evaluation (id),
    position       INTEGER       NOT NULL,
    code           VARCHAR(20)   NOT NULL,
    description    VARCHAR(1000) NOT NULL,
    weight         INTEGER       NOT NULL,
    scale          VARCHAR(20)   NOT NULL,
    mandatory      BOOLEAN       NOT NULL,
    score          INTEGER       NOT NULL,
    evidence       VARCHAR(2000),
    PRIMARY KEY (evaluation_id, position)
);

-- 周知 (SEL-02): when a contractor was informed of a criteria version and when it acknowledged.
CREATE TABLE selection_criteria_notice (
    criteria_version_id  UUID          NOT NULL REFERENCES selection_criteria_version (id),
    contractor_id        UUID          NOT NULL,
    informed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    informed_by          VARCHAR(100)  NOT NULL,
    acknowledged_at      TIMESTAMP WITH TIME ZONE,
    acknowledged_by      VARCHAR(100),
    PRIMARY KEY (criteria_version_id, contractor_id)
);
CREATE INDEX selection_criteria_notice_contractor ON selection_criteria_notice (contractor_id);

-- 見直し (SEL-03): a review of the criteria by the committee that found no change needed.
CREATE TABLE selection_criteria_review (
    id           UUID          NOT NULL PRIMARY KEY,
    reviewed_on  DATE          NOT NULL,
    reviewer     VARCHAR(100)  NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX selection_criteria_review_on ON selection_criteria_review (reviewed_on);
