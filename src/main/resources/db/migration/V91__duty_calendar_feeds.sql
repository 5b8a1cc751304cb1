-- private iCalendar feeds: only the SHA-256 of the secret token is kept
CREATE TABLE duty_feed (
  username     VARCHAR(100) NOT NULL,
  token_hash   VARCHAR(64) NOT NULL,
  issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT duty_feed_pk PRIMARY KEY (username),
  CONSTRAINT duty_feed_token_uq UNIQUE (token_hash)
);
