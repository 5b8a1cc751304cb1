-- Previewed imports of the contractor register, kept between preview and commit so that
-- any application node can commit what another node previewed.
CREATE TABLE contractor_import (
  token        VARCHAR(36) NOT NULL,
  owner        VARCHAR(100) NOT NULL,
  file_name    VARCHAR(255),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  status       VARCHAR(20) NOT NULL,
  to_create    INT NOT NULL,
  to_update    INT NOT NULL,
  unchanged    INT NOT NULL,
  error_count  INT NOT NULL,
  plan         TEXT NOT NULL,
  committed_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT contractor_import_pk PRIMARY KEY (token)
);
CREATE INDEX contractor_import_expires_ix ON contractor_import (status, expires_at);
