-- One row per reminder threshold sent for a contract's deadline (規程 4.3(1), 5.2(1)): the primary key
-- makes each reminder exactly-once, also with several nodes running the daily job at the same time (the
-- second insert waits for the first transaction and then inserts nothing). kind is NOTICE (解約予告の最終日)
-- or TERM_END (契約期間の満了日); threshold_days is 60, 30 or 7 by default.
CREATE TABLE contract_reminder (
  contract_id     UUID NOT NULL,
  deadline_on     DATE NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  threshold_days  INTEGER NOT NULL,
  reminded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT contract_reminder_pk PRIMARY KEY (contract_id, deadline_on, kind, threshold_days)
);
