-- The required-clause checklist (規程 4.2): one per subject (a contract, or a subcontract
-- prepared by the subcontracting module), and one row per item of the 33 contract items.
-- What the list screens need (number, kind, contractor, active flag, counts) is kept here
-- so that the matrix view and the compliance table are single queries.
CREATE TABLE clause_checklist (
  id                UUID NOT NULL,
  version           BIGINT NOT NULL,
  subject_type      VARCHAR(40) NOT NULL,
  subject_id        UUID NOT NULL,
  contractor_id     UUID,
  contract_kind     VARCHAR(30) NOT NULL,
  supplier_types    VARCHAR(300) NOT NULL,
  access_kinds      VARCHAR(300) NOT NULL,
  link              VARCHAR(300) NOT NULL,
  label             VARCHAR(300),
  active            BOOLEAN NOT NULL,
  applicable_count  INTEGER NOT NULL,
  present_count     INTEGER NOT NULL,
  partial_count     INTEGER NOT NULL,
  absent_count      INTEGER NOT NULL,
  unreviewed_count  INTEGER NOT NULL,
  unresolved_count  INTEGER NOT NULL,
  updated_by        VARCHAR(100) NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT clause_checklist_pk PRIMARY KEY (id),
  CONSTRAINT clause_checklist_subject_uq UNIQUE (subject_type, subject_id)
);
-- the matrix view lists active contracts by label, filtered by kind, contractor and gaps
CREATE INDEX clause_checklist_active_ix ON clause_checklist (subject_type, active, label, id);
CREATE INDEX clause_checklist_kind_ix ON clause_checklist (subject_type, active, contract_kind, label);
CREATE INDEX clause_checklist_contractor_ix ON clause_checklist (contractor_id, subject_type, active);
CREATE INDEX clause_checklist_gap_ix ON clause_checklist (subject_type, active, unresolved_count, unreviewed_count);

CREATE TABLE clause_checklist_item (
  checklist_id          UUID NOT NULL,
  requirement_id        VARCHAR(10) NOT NULL,
  applicable            BOOLEAN NOT NULL,
  verdict               VARCHAR(20),
  article               VARCHAR(60),
  note                  VARCHAR(1000),
  corrective_action_id  UUID,
  corrected             BOOLEAN NOT NULL,
  CONSTRAINT clause_checklist_item_pk PRIMARY KEY (checklist_id, requirement_id),
  CONSTRAINT clause_checklist_item_checklist_fk FOREIGN KEY (checklist_id) REFERENCES clause_checklist (id)
);
-- the compliance table counts per item over active contracts
CREATE INDEX clause_checklist_item_requirement_ix ON clause_checklist_item (requirement_id, applicable, verdict);
CREATE INDEX clause_checklist_item_action_ix ON clause_checklist_item (corrective_action_id);
