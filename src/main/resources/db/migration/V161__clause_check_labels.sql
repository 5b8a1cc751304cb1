-- The reviewer's decision on each suggested item, kept as labelled data for the automatic
-- check (issue 7): what the check suggested and what the reviewer recorded. Rows are never
-- deleted; a later decision on the same run and item adds a row and marks the earlier one
-- no longer latest, so the export reads the latest decision per run and item by an index.
CREATE TABLE clause_check_label (
  id                    UUID NOT NULL,
  run_id                UUID NOT NULL,
  subject_type          VARCHAR(40) NOT NULL,
  subject_id            UUID NOT NULL,
  subject_label         VARCHAR(300),
  document_name         VARCHAR(255) NOT NULL,
  document_sha256       VARCHAR(64),
  requirement_id        VARCHAR(10) NOT NULL,
  suggested_verdict     VARCHAR(20) NOT NULL,
  suggested_article     VARCHAR(60),
  suggested_confidence  DOUBLE PRECISION NOT NULL,
  verdict               VARCHAR(20) NOT NULL,
  article               VARCHAR(60),
  corrected             BOOLEAN NOT NULL,
  reviewer              VARCHAR(100) NOT NULL,
  recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  latest                BOOLEAN NOT NULL,
  CONSTRAINT clause_check_label_pk PRIMARY KEY (id)
);
-- the list and the export: latest decisions, optionally only corrected ones, by time
CREATE INDEX clause_check_label_latest_ix ON clause_check_label (latest, recorded_at, id);
CREATE INDEX clause_check_label_corrected_ix ON clause_check_label (latest, corrected, recorded_at, id);
-- a new decision finds the earlier ones on the same run and subject
CREATE INDEX clause_check_label_run_ix ON clause_check_label (run_id, subject_type, subject_id, latest);
