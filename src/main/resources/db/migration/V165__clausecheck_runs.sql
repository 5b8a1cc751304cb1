-- Runs of the automatic clause check on a contract's documents (規程 4.2, issue 7): one row per
-- run, never updated or deleted; a re-check adds a run. A document the check cannot read is a
-- REFUSED run with the message key of the reason.
CREATE TABLE clause_check_run (
  id               UUID NOT NULL,
  contract_id      UUID NOT NULL,
  contractor_id    UUID NOT NULL,
  document_id      UUID NOT NULL,
  document_name    VARCHAR(255) NOT NULL,
  document_sha256  VARCHAR(64) NOT NULL,
  checked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  checked_by       VARCHAR(100) NOT NULL,
  outcome          VARCHAR(20) NOT NULL,
  refused_reason   VARCHAR(100),
  articles         INTEGER NOT NULL,
  millis           BIGINT NOT NULL,
  present_count    INTEGER NOT NULL,
  partial_count    INTEGER NOT NULL,
  absent_count     INTEGER NOT NULL,
  rules_digest     VARCHAR(64) NOT NULL,
  CONSTRAINT clause_check_run_pk PRIMARY KEY (id)
);
-- the runs of a contract, newest first (the id keeps paging stable)
CREATE INDEX clause_check_run_contract_ix ON clause_check_run (contract_id, checked_at, id);
CREATE INDEX clause_check_run_document_ix ON clause_check_run (document_id, checked_at);

-- The verdict on each of the 37 contract-clause requirements; the evidence (article, excerpt,
-- rule of each passage) is a JSON array so that one row holds all of an item's passages.
CREATE TABLE clause_check_finding (
  run_id          UUID NOT NULL,
  requirement_id  VARCHAR(10) NOT NULL,
  position        INTEGER NOT NULL,
  verdict         VARCHAR(20) NOT NULL,
  confidence      DOUBLE PRECISION NOT NULL,
  evidence        TEXT NOT NULL,
  CONSTRAINT clause_check_finding_pk PRIMARY KEY (run_id, requirement_id),
  CONSTRAINT clause_check_finding_run_fk FOREIGN KEY (run_id) REFERENCES clause_check_run (id)
);

-- The document as the check parsed it (前文, 条, 項, 号 as JSON), so that the highlighted view
-- shows the very text the run judged, whatever later versions of the rules make of it.
CREATE TABLE clause_check_structure (
  run_id     UUID NOT NULL,
  structure  TEXT NOT NULL,
  CONSTRAINT clause_check_structure_pk PRIMARY KEY (run_id),
  CONSTRAINT clause_check_structure_run_fk FOREIGN KEY (run_id) REFERENCES clause_check_run (id)
);
