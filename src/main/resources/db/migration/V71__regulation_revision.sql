-- The revision workflow of the regulation (規程 9 改訂) and its publication to its subjects (規程 8 PUB-01).

-- A version now names the committee decision (稟議) that approved it. Which version is in force is
-- computed from the effective dates, so the stored status only says approved or draft.
ALTER TABLE regulation_version DROP COLUMN decision_id;
ALTER TABLE regulation_version ADD COLUMN approval_id UUID;
UPDATE regulation_version SET status = 'APPROVED' WHERE status IN ('IN_FORCE', 'SUPERSEDED');

-- 既読確認: who has read and acknowledged which version.
CREATE TABLE regulation_acknowledgement (
    version_number   INTEGER       NOT NULL REFERENCES regulation_version (number),
    username         VARCHAR(100)  NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (version_number, username)
);
CREATE INDEX regulation_acknowledgement_user ON regulation_acknowledgement (username);

-- 変更申請: what should change, why, and the whole proposed text.
CREATE TABLE regulation_change_request (
    id                     UUID          NOT NULL PRIMARY KEY,
    title                  VARCHAR(200)  NOT NULL,
    reason                 VARCHAR(4000) NOT NULL,
    proposed_text          VARCHAR(40000) NOT NULL,
    proposed_effective_on  DATE,
    base_version           INTEGER       NOT NULL REFERENCES regulation_version (number),
    status                 VARCHAR(20)   NOT NULL,
    requester              VARCHAR(100)  NOT NULL,
    approval_id            UUID,
    adopted_version        INTEGER REFERENCES regulation_version (number),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL
);
CREATE INDEX regulation_change_request_status ON regulation_change_request (status, created_at);
CREATE INDEX regulation_change_request_requester ON regulation_change_request (requester, created_at);
CREATE INDEX regulation_change_request_approval ON regulation_change_request (approval_id);

-- 年次見直し (REV-03): the committee's yearly review of the whole regulation.
CREATE TABLE regulation_review (
    id              UUID          NOT NULL PRIMARY KEY,
    reviewed_on     DATE          NOT NULL,
    version_number  INTEGER       NOT NULL REFERENCES regulation_version (number),
    outcome         VARCHAR(20)   NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    recorded_by     VARCHAR(100)  NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX regulation_review_on ON regulation_review (reviewed_on);

-- the change requests a review led to
CREATE TABLE regulation_review_change (
    review_id          UUID NOT NULL REFERENCES regulation_review (id),
    change_request_id  UUID NOT NULL REFERENCES regulation_change_request (id),
    PRIMARY KEY (review_id, change_request_id)
);
