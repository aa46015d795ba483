-- Bumped when an account is deactivated or its role or access changes: every access token carries
-- the version it was issued under and is refused on the next request once they differ.
ALTER TABLE account ADD COLUMN token_version INT NOT NULL DEFAULT 0;
