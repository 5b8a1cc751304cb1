CREATE TABLE contractor (
  id                        UUID NOT NULL,
  version                   BIGINT NOT NULL,
  name                      VARCHAR(200) NOT NULL,
  name_kana                 VARCHAR(200) NOT NULL,
  corporate_number          VARCHAR(13),
  postal_code               VARCHAR(10),
  address                   VARCHAR(500),
  representative            VARCHAR(200),
  parent_id                 UUID,
  highest_classification    VARCHAR(30) NOT NULL,
  risk_tier                 VARCHAR(10) NOT NULL,
  risk_tier_override        VARCHAR(10),
  risk_tier_override_reason VARCHAR(1000),
  effective_risk_tier       VARCHAR(10) NOT NULL,
  department                VARCHAR(200),
  responsible_member        VARCHAR(100),
  status                    VARCHAR(20) NOT NULL,
  notes                     VARCHAR(4000),
  search_text               VARCHAR(700) NOT NULL,
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by                VARCHAR(100) NOT NULL,
  updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by                VARCHAR(100) NOT NULL,
  CONSTRAINT contractor_pk PRIMARY KEY (id),
  CONSTRAINT contractor_parent_fk FOREIGN KEY (parent_id) REFERENCES contractor (id)
);
CREATE UNIQUE INDEX contractor_corporate_number_uk ON contractor (corporate_number);
-- list sorts end with id, so that paging is stable; each sort key has an index ending with it
CREATE INDEX contractor_name_ix ON contractor (name, id);
CREATE INDEX contractor_name_kana_ix ON contractor (name_kana, id);
CREATE INDEX contractor_status_ix ON contractor (status, name_kana, id);
CREATE INDEX contractor_tier_ix ON contractor (effective_risk_tier, name_kana, id);
CREATE INDEX contractor_updated_ix ON contractor (updated_at, id);
CREATE INDEX contractor_department_ix ON contractor (department);
CREATE INDEX contractor_parent_ix ON contractor (parent_id);

CREATE TABLE contractor_supplier_type (
  contractor_id UUID NOT NULL,
  supplier_type VARCHAR(30) NOT NULL,
  CONSTRAINT contractor_supplier_type_pk PRIMARY KEY (contractor_id, supplier_type),
  CONSTRAINT contractor_supplier_type_fk FOREIGN KEY (contractor_id) REFERENCES contractor (id)
);
CREATE INDEX contractor_supplier_type_ix ON contractor_supplier_type (supplier_type);

CREATE TABLE contractor_access_kind (
  contractor_id UUID NOT NULL,
  access_kind   VARCHAR(30) NOT NULL,
  CONSTRAINT contractor_access_kind_pk PRIMARY KEY (contractor_id, access_kind),
  CONSTRAINT contractor_access_kind_fk FOREIGN KEY (contractor_id) REFERENCES contractor (id)
);
CREATE INDEX contractor_access_kind_ix ON contractor_access_kind (access_kind);

CREATE TABLE contractor_contact (
  contractor_id   UUID NOT NULL,
  position        INT NOT NULL,
  name            VARCHAR(200) NOT NULL,
  department      VARCHAR(200),
  email           VARCHAR(320),
  phone           VARCHAR(50),
  primary_contact BOOLEAN NOT NULL,
  CONSTRAINT contractor_contact_pk PRIMARY KEY (contractor_id, position),
  CONSTRAINT contractor_contact_fk FOREIGN KEY (contractor_id) REFERENCES contractor (id)
);
