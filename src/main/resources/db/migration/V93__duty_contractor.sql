-- the contractor a duty concerns, when it concerns one (re-evaluations, corrective actions);
-- the list filters by it and sorts by due date, id, like the other filters
ALTER TABLE duty ADD COLUMN contractor_id UUID;
CREATE INDEX duty_contractor_ix ON duty (contractor_id, state, due_on, id);
