-- Contracts with contractors (契約, 規程 4.2): one row per contract or amendment (変更契約,
-- amends_id pointing at the contract it changes). Nothing is ever deleted: a contract
-- that ends keeps its row with status ENDED.
CREATE TABLE contract (
  id                UUID NOT NULL,
  version           BIGINT NOT NULL,
  contractor_id     UUID NOT NULL,
  kind              VARCHAR(30) NOT NULL,
  title             VARCHAR(300) NOT NULL,
  contract_number   VARCHAR(100),
  counterparty      VARCHAR(300) NOT NULL,
  start_on          DATE NOT NULL,
  end_on            DATE,
  auto_renewal      BOOLEAN NOT NULL,
  renewal_months    INTEGER,
  notice_months     INTEGER,
  notice_days       INTEGER,
  term_end_on       DATE,
  notice_deadline   DATE,
  status            VARCHAR(20) NOT NULL,
  amends_id         UUID,
  created_by        VARCHAR(100) NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT contract_pk PRIMARY KEY (id),
  CONSTRAINT contract_amends_fk FOREIGN KEY (amends_id) REFERENCES contract (id)
);
-- lists filter by contractor, kind, status and deadline and sort by deadline, then id
CREATE INDEX contract_contractor_ix ON contract (contractor_id, status, id);
CREATE INDEX contract_kind_ix ON contract (kind, status, id);
CREATE INDEX contract_status_ix ON contract (status, notice_deadline, id);
CREATE INDEX contract_deadline_ix ON contract (notice_deadline, id);
CREATE INDEX contract_term_end_ix ON contract (term_end_on, id);
CREATE INDEX contract_amends_ix ON contract (amends_id);
