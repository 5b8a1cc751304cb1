-- Versions of the regulation (規程 9 改訂): each with its sections and the requirements it holds.
CREATE TABLE regulation_version (
    number          INTEGER       NOT NULL PRIMARY KEY,
    status          VARCHAR(16)   NOT NULL,
    approved_on     DATE,
    effective_on    DATE,
    approver        VARCHAR(200)  NOT NULL,
    decision_id     BIGINT,
    change_summary  VARCHAR(2000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL
);

CREATE INDEX regulation_version_status ON regulation_version (status);

CREATE TABLE regulation_section (
    version_number  INTEGER       NOT NULL REFERENCES regulation_version (number),
    number          VARCHAR(16)   NOT NULL,
    heading         VARCHAR(200)  NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    position        INTEGER       NOT NULL,
    PRIMARY KEY (version_number, number)
);

CREATE TABLE regulation_requirement (
    version_number  INTEGER       NOT NULL REFERENCES regulation_version (number),
    id              VARCHAR(16)   NOT NULL,
    section         VARCHAR(32)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    text_ja         VARCHAR(2000) NOT NULL,
    iso27001        VARCHAR(200)  NOT NULL,
    position        INTEGER       NOT NULL,
    PRIMARY KEY (version_number, id)
);
