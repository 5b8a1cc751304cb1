-- Documents attached to an evaluation as evidence for its scores (規程 4.1(1) SEL-01), kept
-- in the database so that every node serves them and a backup holds them; never deleted.
CREATE TABLE selection_evidence_document (
    id              UUID          NOT NULL PRIMARY KEY,
    evaluation_id   UUID          NOT NULL REFERENCES selection_evaluation (id),
    criterion_code  VARCHAR(20),
    file_name       VARCHAR(200)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          VARCHAR(64)   NOT NULL,
    uploaded_by     VARCHAR(100)  NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    content         BYTEA         NOT NULL
);
CREATE INDEX selection_evidence_document_evaluation ON selection_evidence_document (evaluation_id, uploaded_at);
