-- the contractor a duty concerns, when it concerns one (re-evaluations, corrective actions);
-- the list filters by it and sorts by due date, id, like the other filters
ALTER TABLE duty ADD COLUMN contractor_id UUID;
CREATE INDEX duty_contractor_ix ON duty (contractor_id, state, due_on, id);
-- duties registered before: those whose subject is a contractor concern it (their
-- subject id is the contractor's id)
UPDATE duty SET contractor_id = CAST(subject_id AS UUID) WHERE subject_type = 'contractor';
-- a corrective action's duty concerns the action's contractor (numbered after V110, which made that table)
UPDATE duty SET contractor_id = (SELECT a.contractor_id FROM corrective_action a WHERE CAST(a.id AS VARCHAR(36)) = duty.subject_id)
 WHERE subject_type = 'corrective-action';
