-- The automatic clause check's suggestion to a checklist (issue 7, 規程 4.2): which document
-- was read, and per item the verdict and article it found. A suggestion is never a finding:
-- the item's verdict column stays as the reviewer recorded it. A new suggestion replaces the
-- previous one in these columns; the reviewer's decisions on it are kept in clause_check_label.
ALTER TABLE clause_checklist ADD COLUMN suggestion_run_id UUID;
ALTER TABLE clause_checklist ADD COLUMN suggestion_document VARCHAR(255);
ALTER TABLE clause_checklist ADD COLUMN suggestion_sha256 VARCHAR(64);
ALTER TABLE clause_checklist ADD COLUMN suggestion_link VARCHAR(300);
ALTER TABLE clause_checklist ADD COLUMN suggested_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE clause_checklist_item ADD COLUMN suggestion_run_id UUID;
ALTER TABLE clause_checklist_item ADD COLUMN suggested_verdict VARCHAR(20);
ALTER TABLE clause_checklist_item ADD COLUMN suggested_article VARCHAR(60);
ALTER TABLE clause_checklist_item ADD COLUMN suggested_confidence DOUBLE PRECISION;
