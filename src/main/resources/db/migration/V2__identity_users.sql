CREATE TABLE app_user (
  id              UUID NOT NULL,
  username        VARCHAR(100) NOT NULL,
  display_name    VARCHAR(200) NOT NULL,
  email           VARCHAR(320),
  password_hash   VARCHAR(200),
  enabled         BOOLEAN NOT NULL,
  failed_attempts INT NOT NULL DEFAULT 0,
  locked_until    TIMESTAMP WITH TIME ZONE,
  contractor_id   UUID,
  locale          VARCHAR(10),
  date_style      VARCHAR(10) NOT NULL DEFAULT 'ISO',
  external_subject VARCHAR(255),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT NOT NULL,
  CONSTRAINT app_user_pk PRIMARY KEY (id),
  CONSTRAINT app_user_username_uk UNIQUE (username)
);
CREATE INDEX app_user_contractor_ix ON app_user (contractor_id);

CREATE TABLE app_user_role (
  user_id UUID NOT NULL,
  role    VARCHAR(20) NOT NULL,
  CONSTRAINT app_user_role_pk PRIMARY KEY (user_id, role),
  CONSTRAINT app_user_role_user_fk FOREIGN KEY (user_id) REFERENCES app_user (id)
);
