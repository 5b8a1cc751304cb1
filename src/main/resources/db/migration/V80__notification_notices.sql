-- One row per recipient of a notice (お知らせ). The texts are message keys with their arguments (a JSON array),
-- rendered when read, in the reader's language.
CREATE TABLE notification (
  id           UUID NOT NULL,
  recipient    VARCHAR(100) NOT NULL,
  kind         VARCHAR(50) NOT NULL,
  subject_key  VARCHAR(200) NOT NULL,
  body_key     VARCHAR(200) NOT NULL,
  args         VARCHAR(65000) NOT NULL,
  link         VARCHAR(500),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at      TIMESTAMP WITH TIME ZONE,
  emailed_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT notification_pk PRIMARY KEY (id)
);
-- "my unread, newest first" (and its count for the bell): the recipient, read_at IS NULL, then the order,
-- ending with the id for stable paging
CREATE INDEX notification_unread_ix ON notification (recipient, read_at, created_at, id);
-- "all of mine, newest first"
CREATE INDEX notification_recipient_ix ON notification (recipient, created_at, id);
