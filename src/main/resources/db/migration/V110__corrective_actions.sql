CREATE TABLE corrective_action (
  id              UUID NOT NULL,
  version         BIGINT NOT NULL,
  source_type     VARCHAR(60) NOT NULL,
  source_id       VARCHAR(100) NOT NULL,
  requirement_id  VARCHAR(20) NOT NULL,
  source_link     VARCHAR(300) NOT NULL,
  contractor_id   UUID,
  what            VARCHAR(2000) NOT NULL,
  assignee        VARCHAR(100) NOT NULL,
  due_on          DATE NOT NULL,
  status          VARCHAR(20) NOT NULL,
  done_by         VARCHAR(100),
  opened_by       VARCHAR(100) NOT NULL,
  opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT corrective_action_pk PRIMARY KEY (id)
);
-- lists filter by status, contractor, assignee and overdue (status not VERIFIED and
-- due_on before today) and sort by due date, then id
CREATE INDEX corrective_action_status_ix ON corrective_action (status, due_on, id);
CREATE INDEX corrective_action_due_ix ON corrective_action (due_on, id);
CREATE INDEX corrective_action_contractor_ix ON corrective_action (contractor_id, status, due_on);
CREATE INDEX corrective_action_assignee_ix ON corrective_action (assignee, status, due_on);
CREATE INDEX corrective_action_source_ix ON corrective_action (source_type, source_id, opened_at);
CREATE INDEX corrective_action_requirement_ix ON corrective_action (requirement_id, status, due_on);

CREATE TABLE corrective_action_history (
  action_id    UUID NOT NULL,
  position     INTEGER NOT NULL,
  step         VARCHAR(20) NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  happened_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  note         VARCHAR(2000),
  CONSTRAINT corrective_action_history_pk PRIMARY KEY (action_id, position),
  CONSTRAINT corrective_action_history_action_fk FOREIGN KEY (action_id) REFERENCES corrective_action (id)
);
