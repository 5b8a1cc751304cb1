-- Contract reviews (契約見直し, 規程 4.3(1) MGT-01): never updated or deleted once recorded;
-- a later review supersedes an earlier one. The actions a review led to are corrective
-- actions whose source is the review (source_type 'contract-review').
CREATE TABLE contract_review (
  id                UUID NOT NULL,
  contract_id       UUID NOT NULL,
  contractor_id     UUID NOT NULL,
  contract_number   VARCHAR(100),
  contract_title    VARCHAR(300) NOT NULL,
  reviewed_on       DATE NOT NULL,
  reviewer          VARCHAR(100) NOT NULL,
  outcome           VARCHAR(20) NOT NULL,
  summary           VARCHAR(4000) NOT NULL,
  recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT contract_review_pk PRIMARY KEY (id)
);
-- a contract's history, newest first; the list filters by contractor, outcome and date
CREATE INDEX contract_review_contract_ix ON contract_review (contract_id, reviewed_on, recorded_at);
CREATE INDEX contract_review_contractor_ix ON contract_review (contractor_id, reviewed_on, id);
CREATE INDEX contract_review_outcome_ix ON contract_review (outcome, reviewed_on, id);
CREATE INDEX contract_review_date_ix ON contract_review (reviewed_on, id);

-- Where each contract stands with its reviews: kept in step with the contract's events
-- and each review, read by the compliance table and the list's overdue filter.
CREATE TABLE contract_review_standing (
  contract_id           UUID NOT NULL,
  contractor_id         UUID NOT NULL,
  contract_number       VARCHAR(100),
  contract_title        VARCHAR(300) NOT NULL,
  active                BOOLEAN NOT NULL,
  last_confirmed_on     DATE,
  review_due_on         DATE NOT NULL,
  notice_deadline       DATE,
  notice_review_due_on  DATE,
  notice_reviewed       BOOLEAN NOT NULL,
  next_due_on           DATE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT contract_review_standing_pk PRIMARY KEY (contract_id)
);
CREATE INDEX contract_review_standing_due_ix ON contract_review_standing (active, next_due_on, contract_id);
