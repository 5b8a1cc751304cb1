-- 周知の確認リンク (規程 4.1(1) SEL-02): a secret link e-mailed to a contractor without an
-- account, so that it acknowledges the criteria in force without signing in. Only the
-- SHA-256 of the token is kept.
CREATE TABLE selection_acknowledgement_link (
    id                   UUID          NOT NULL PRIMARY KEY,
    token_hash           VARCHAR(64)   NOT NULL UNIQUE,
    criteria_version_id  UUID          NOT NULL REFERENCES selection_criteria_version (id),
    contractor_id        UUID          NOT NULL,
    recipient            VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX selection_acknowledgement_link_contractor ON selection_acknowledgement_link (contractor_id);
