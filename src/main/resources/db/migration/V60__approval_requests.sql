CREATE TABLE approval_request (
  id             UUID NOT NULL,
  version        BIGINT NOT NULL,
  subject_type   VARCHAR(60) NOT NULL,
  subject_id     VARCHAR(100) NOT NULL,
  title          VARCHAR(200) NOT NULL,
  summary        VARCHAR(2000),
  requester      VARCHAR(100) NOT NULL,
  status         VARCHAR(20) NOT NULL,
  decision_rule  VARCHAR(10) NOT NULL,
  voters         INTEGER NOT NULL,
  current_round  INTEGER NOT NULL,
  requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT approval_request_pk PRIMARY KEY (id)
);
-- lists filter by status and sort newest first, ending with id for stable paging
CREATE INDEX approval_request_status_ix ON approval_request (status, updated_at, id);
CREATE INDEX approval_request_requester_ix ON approval_request (requester, updated_at, id);
CREATE INDEX approval_request_subject_ix ON approval_request (subject_type, subject_id);

CREATE TABLE approval_round (
  approval_id   UUID NOT NULL,
  position      INTEGER NOT NULL,
  round_no      INTEGER NOT NULL,
  snapshot      VARCHAR(20000) NOT NULL,
  submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT approval_round_pk PRIMARY KEY (approval_id, position),
  CONSTRAINT approval_round_request_fk FOREIGN KEY (approval_id) REFERENCES approval_request (id)
);

CREATE TABLE approval_decision (
  approval_id   UUID NOT NULL,
  position      INTEGER NOT NULL,
  round_no      INTEGER NOT NULL,
  member        VARCHAR(100) NOT NULL,
  verdict       VARCHAR(20) NOT NULL,
  comment       VARCHAR(2000),
  decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT approval_decision_pk PRIMARY KEY (approval_id, position),
  CONSTRAINT approval_decision_request_fk FOREIGN KEY (approval_id) REFERENCES approval_request (id)
);
CREATE INDEX approval_decision_member_ix ON approval_decision (member, approval_id, round_no);
