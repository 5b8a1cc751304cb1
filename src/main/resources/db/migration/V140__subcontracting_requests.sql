-- 再委託承認申請 (規程 4.2(3)① R01): a contractor asks the committee's prior approval before it
-- subcontracts work; an approved request is a link of the subcontracting chain (再委託 → 再々委託 …).
-- Names are copied when the request is filed, so the chain stays readable to a contractor account,
-- which may not see the other companies of the register.
CREATE TABLE subcontracting_request (
    id                  UUID          NOT NULL PRIMARY KEY,
    contractor_id       UUID          NOT NULL,
    contractor_name     VARCHAR(200)  NOT NULL,
    subcontractor_id    UUID          NOT NULL,
    subcontractor_name  VARCHAR(200)  NOT NULL,
    contract_id         UUID,
    contract_kind       VARCHAR(30),
    work                VARCHAR(2000) NOT NULL,
    information         VARCHAR(2000) NOT NULL,
    classification      VARCHAR(30)   NOT NULL,
    security_measures   VARCHAR(4000) NOT NULL,
    period_from         DATE          NOT NULL,
    period_to           DATE          NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    requester           VARCHAR(100)  NOT NULL,
    approval_id         UUID,
    decided_at          TIMESTAMP WITH TIME ZONE,
    activated_by        VARCHAR(100),
    activated_at        TIMESTAMP WITH TIME ZONE,
    ended_by            VARCHAR(100),
    ended_at            TIMESTAMP WITH TIME ZONE,
    end_note            VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX subcontracting_request_status ON subcontracting_request (status, created_at);
CREATE INDEX subcontracting_request_contractor ON subcontracting_request (contractor_id, created_at);
CREATE INDEX subcontracting_request_subcontractor ON subcontracting_request (subcontractor_id, status);
CREATE INDEX subcontracting_request_approval ON subcontracting_request (approval_id);
CREATE INDEX subcontracting_request_contract ON subcontracting_request (contract_id, created_at);
