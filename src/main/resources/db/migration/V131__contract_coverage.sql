-- How far each contract holds the required clauses that apply to it (規程 4.2), derived
-- by the clause checklist and kept here for the contract list and its "gaps only" filter.
-- NULL until the checklist has been prepared.
ALTER TABLE contract ADD COLUMN coverage_applicable INTEGER;
ALTER TABLE contract ADD COLUMN coverage_present INTEGER;
ALTER TABLE contract ADD COLUMN coverage_unresolved INTEGER;
CREATE INDEX contract_coverage_ix ON contract (coverage_unresolved, id);
