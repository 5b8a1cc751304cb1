-- The audit trail (操作記録): append-only, hash-chained entries.
CREATE TABLE audit_entry (
  id            BIGINT NOT NULL,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor         VARCHAR(100) NOT NULL,
  record_type   VARCHAR(64) NOT NULL,
  record_id     VARCHAR(100) NOT NULL,
  action        VARCHAR(64) NOT NULL,
  changes       VARCHAR(65535),
  previous_hash VARCHAR(64) NOT NULL,
  hash          VARCHAR(64) NOT NULL,
  CONSTRAINT audit_entry_pk PRIMARY KEY (id)
);
CREATE INDEX audit_entry_record_ix ON audit_entry (record_type, record_id, id);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, id);
CREATE INDEX audit_entry_occurred_ix ON audit_entry (occurred_at);

-- The one row every append locks (SELECT ... FOR UPDATE), so that several app nodes write one chain.
CREATE TABLE audit_chain_head (
  id        INT NOT NULL,
  last_id   BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  CONSTRAINT audit_chain_head_pk PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
