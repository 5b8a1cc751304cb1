-- S01 (規程 4.2(1)③): the kinds of supplier the organisation allows access to its
-- information, documented by the committee: per supplier type the kinds of access
-- permitted and a description. Versioned per type; every change is audited.
CREATE TABLE clause_supplier_policy (
  supplier_type     VARCHAR(30) NOT NULL,
  version           BIGINT NOT NULL,
  permitted_access  VARCHAR(300) NOT NULL,
  description       VARCHAR(2000) NOT NULL,
  updated_by        VARCHAR(100) NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT clause_supplier_policy_pk PRIMARY KEY (supplier_type)
);
