-- Awareness training of the organisation's own staff (意識向上訓練, 規程 4.2(1)③ S10, S11):
-- each session held, and who attended it. Nothing is deleted.
CREATE TABLE awareness_session (
  id            UUID NOT NULL,
  version       BIGINT NOT NULL,
  kind          VARCHAR(30) NOT NULL,
  title         VARCHAR(200) NOT NULL,
  held_on       DATE NOT NULL,
  trainer       VARCHAR(100) NOT NULL,
  summary       VARCHAR(4000),
  recorded_by   VARCHAR(100) NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT awareness_session_pk PRIMARY KEY (id)
);
-- the list filters by kind and sorts by the day held, then id
CREATE INDEX awareness_session_kind_ix ON awareness_session (kind, held_on, id);
CREATE INDEX awareness_session_held_ix ON awareness_session (held_on, id);

CREATE TABLE awareness_attendance (
  session_id    UUID NOT NULL,
  username      VARCHAR(100) NOT NULL,
  recorded_by   VARCHAR(100) NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT awareness_attendance_pk PRIMARY KEY (session_id, username),
  CONSTRAINT awareness_attendance_session_fk FOREIGN KEY (session_id) REFERENCES awareness_session (id)
);
-- each person's latest training of a kind
CREATE INDEX awareness_attendance_user_ix ON awareness_attendance (username, session_id);
