-- Finding a person among cases anywhere by national ID or phone (a transfer asked for by the receiving commune):
-- both are stored encrypted with a random nonce, so equality needs a keyed hash beside them (DataCipher.keyedHash,
-- the key never in the database). Filled on registration and edit; rows from before are filled at startup
-- (casefile/CaseLookupBackfill).
ALTER TABLE managed_case
    ADD COLUMN national_id_hash CHAR(64) NULL,
    ADD COLUMN phone_hash CHAR(64) NULL,
    ADD INDEX ix_case_national_id_hash (national_id_hash),
    ADD INDEX ix_case_phone_hash (phone_hash);
