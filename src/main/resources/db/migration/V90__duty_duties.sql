CREATE TABLE duty (
  id                  UUID NOT NULL,
  version             BIGINT NOT NULL,
  kind                VARCHAR(60) NOT NULL,
  subject_type        VARCHAR(60) NOT NULL,
  subject_id          VARCHAR(100) NOT NULL,
  requirement_id      VARCHAR(20) NOT NULL,
  owner_username      VARCHAR(100),
  owner_committee     BOOLEAN NOT NULL,
  title_key           VARCHAR(150) NOT NULL,
  title_args          VARCHAR(1100),
  link                VARCHAR(300) NOT NULL,
  recurrence_kind     VARCHAR(20) NOT NULL,
  recurrence_amount   INTEGER NOT NULL,
  recurrence_unit     VARCHAR(10),
  recurrence_basis    VARCHAR(20),
  anchor_on           DATE NOT NULL,
  grace_days          INTEGER NOT NULL,
  due_soon_days       INTEGER NOT NULL,
  state               VARCHAR(20) NOT NULL,
  occurrence          INTEGER NOT NULL,
  due_on              DATE NOT NULL,
  due_soon_from       DATE NOT NULL,
  overdue_after       DATE NOT NULL,
  last_completed_on   DATE,
  -- for the reminder job: when the owner was last told about the current occurrence
  last_reminded_at    TIMESTAMP WITH TIME ZONE,
  created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT duty_pk PRIMARY KEY (id),
  CONSTRAINT duty_key_uq UNIQUE (kind, subject_type, subject_id)
);
-- status is computed from dates: OVERDUE = open and overdue_after < today,
-- DUE_SOON = open and due_soon_from <= today <= overdue_after; lists sort by due date, id
CREATE INDEX duty_overdue_ix ON duty (state, overdue_after, due_on, id);
CREATE INDEX duty_due_soon_ix ON duty (state, due_soon_from, due_on, id);
CREATE INDEX duty_due_ix ON duty (state, due_on, id);
CREATE INDEX duty_owner_ix ON duty (owner_username, state, due_on);
CREATE INDEX duty_committee_ix ON duty (owner_committee, state, due_on);
CREATE INDEX duty_requirement_ix ON duty (requirement_id, state, due_on);
CREATE INDEX duty_kind_ix ON duty (kind, state, due_on);
CREATE INDEX duty_subject_ix ON duty (subject_type, subject_id);

CREATE TABLE duty_history (
  duty_id      UUID NOT NULL,
  position     INTEGER NOT NULL,
  occurrence   INTEGER NOT NULL,
  action       VARCHAR(20) NOT NULL,
  due_on       DATE NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  note         VARCHAR(2000),
  CONSTRAINT duty_history_pk PRIMARY KEY (duty_id, position),
  CONSTRAINT duty_history_duty_fk FOREIGN KEY (duty_id) REFERENCES duty (id)
);
