-- the contractor a duty concerns, when it concerns one (re-evaluations, corrective actions);
-- the list filters by it and sorts by due date, id, like the other filters
ALTER TABLE duty ADD COLUMN contractor_id UUID;
CREATE INDEX duty_contractor_ix ON duty (contractor_id, state, due_on, id);
-- duties registered before: those whose subject is a contractor concern it (their
-- subject id is the contractor's id); the others gain theirs when their module replans them
UPDATE duty SET contractor_id = CAST(subject_id AS UUID) WHERE subject_type = 'contractor';
