-- Documents of a contract or amendment (契約書, 変更契約書: PDF or DOCX), kept in the database
-- with their SHA-256 so that every node serves them and the counterpart can verify its copy
-- (規程 5.3(5)). Never deleted: withdrawing a document keeps its row, who withdrew it, when
-- and why; its bytes stay downloadable.
CREATE TABLE contract_document (
  id              UUID NOT NULL,
  contract_id     UUID NOT NULL,
  file_name       VARCHAR(200) NOT NULL,
  content_type    VARCHAR(100) NOT NULL,
  size_bytes      BIGINT NOT NULL,
  sha256          VARCHAR(64) NOT NULL,
  uploaded_by     VARCHAR(100) NOT NULL,
  uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  withdrawn_by    VARCHAR(100),
  withdrawn_at    TIMESTAMP WITH TIME ZONE,
  withdrawn_reason VARCHAR(500),
  content         BYTEA NOT NULL,
  CONSTRAINT contract_document_pk PRIMARY KEY (id),
  CONSTRAINT contract_document_contract_fk FOREIGN KEY (contract_id) REFERENCES contract (id)
);
CREATE INDEX contract_document_contract_ix ON contract_document (contract_id, uploaded_at);

-- the other sort keys of the contract list, each ending with the tie-breaking id
CREATE INDEX contract_number_ix ON contract (contract_number, id);
CREATE INDEX contract_title_ix ON contract (title, id);
CREATE INDEX contract_start_ix ON contract (start_on, id);
CREATE INDEX contract_updated_ix ON contract (updated_at, id);
