-- The content (sha-256) of the file each claim is working on, one claim per content: two files with the same bytes
-- under two names, taken at the same moment by two nodes, cannot both pass the check for content already received.
-- The node whose update sets the content first loads its file; the other finds it taken and treats its own file as
-- the duplicate it is. NULL until the claimed file is hashed (a unique index keeps any number of NULLs). The content
-- goes with the claim: released when the file has left processing/ (by then its load batch answers for it), and
-- taken from a claim whose lease ran out (its node died).
ALTER TABLE file_claim ADD COLUMN content_sha256 CHAR(64) NULL;
CREATE UNIQUE INDEX file_claim_content ON file_claim (content_sha256);
