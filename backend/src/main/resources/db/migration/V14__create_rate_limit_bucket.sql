-- Rate-limit buckets for sign-in (Bucket4j's JDBC layout). They live in the database so that every
-- instance behind a load balancer counts against the same limit. Ids are keyed hashes or client
-- addresses, never a phone number or username in clear; expired buckets are swept by a job.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(160) NOT NULL PRIMARY KEY,
    state      BLOB         NULL,
    expires_at BIGINT       NULL,
    KEY ix_rate_limit_bucket_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
