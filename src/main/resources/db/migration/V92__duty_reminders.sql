-- One row per person per day that the reminder job has sent a digest to: the primary key is what makes the
-- daily digest exactly-once, also with several nodes running the job at the same time (the second insert of a
-- (recipient, day) waits for the first transaction and then inserts nothing).
CREATE TABLE duty_reminder (
  recipient    VARCHAR(100) NOT NULL,
  reminded_on  DATE NOT NULL,
  duties       INTEGER NOT NULL,
  sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT duty_reminder_pk PRIMARY KEY (recipient, reminded_on)
);
-- the job reads the open duties that are due soon or overdue: state, then due_soon_from (duty_due_soon_ix
-- of V90 serves it); marking them reminded goes by id
