-- DoubleRandom storage schema, version 1: one file for H2 and PostgreSQL (docs/storage.md).
-- Records and ledger entries are kept as their exact bytes plus the columns needed to find them;
-- the core library checks the bytes against their hashes on every read.

CREATE TABLE ledger_entry (
  seq           BIGINT       NOT NULL PRIMARY KEY,
  previous_hash VARCHAR(64)  NOT NULL,
  hash          VARCHAR(64)  NOT NULL,
  kind          VARCHAR(32)  NOT NULL,
  task          VARCHAR(400) NOT NULL,
  content       BYTEA        NOT NULL
);
CREATE INDEX ledger_entry_task ON ledger_entry (task, seq);

-- one row: the head, moved by compare-and-swap in the same transaction as the insert
CREATE TABLE ledger_head (
  id   INT         NOT NULL PRIMARY KEY,
  seq  BIGINT      NOT NULL,
  hash VARCHAR(64) NOT NULL
);
INSERT INTO ledger_head (id, seq, hash)
  VALUES (1, -1, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE stored_record (
  hash     VARCHAR(64)  NOT NULL PRIMARY KEY,
  kind     VARCHAR(32)  NOT NULL,
  task     VARCHAR(400) NOT NULL,
  position BIGINT       NOT NULL,
  content  BYTEA        NOT NULL
);
CREATE INDEX stored_record_task ON stored_record (task, position);

CREATE TABLE task_status (
  task    VARCHAR(400) NOT NULL PRIMARY KEY,
  status  VARCHAR(200) NOT NULL,
  version BIGINT       NOT NULL
);

CREATE TABLE document_version (
  namespace VARCHAR(32)  NOT NULL,
  doc_id    VARCHAR(400) NOT NULL,
  doc_key   BYTEA        NOT NULL,
  version   BIGINT       NOT NULL,
  content   BYTEA        NOT NULL,
  PRIMARY KEY (namespace, doc_id, version)
);

CREATE TABLE directory_import (
  import_id BIGINT      NOT NULL PRIMARY KEY,
  kind      VARCHAR(32) NOT NULL
);

CREATE TABLE directory_snapshot (
  digest       VARCHAR(64) NOT NULL PRIMARY KEY,
  kind         VARCHAR(32) NOT NULL,
  member_count BIGINT      NOT NULL,
  import_id    BIGINT      NOT NULL,
  position     BIGINT      NOT NULL
);

-- ids are ordered by id_key, their UTF-8 bytes (unsigned byte order in H2 and PostgreSQL)
CREATE TABLE directory_member (
  import_id BIGINT        NOT NULL,
  id_key    BYTEA         NOT NULL,
  id        VARCHAR(400)  NOT NULL,
  content   BYTEA         NOT NULL,
  PRIMARY KEY (import_id, id_key)
);
