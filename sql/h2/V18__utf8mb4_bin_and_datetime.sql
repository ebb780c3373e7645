-- H2's side of MySQL's V18, which sets utf8mb4 with utf8mb4_bin and turns TIMESTAMP columns into DATETIME(6).
-- H2 needs no change: it compares text code point by code point already (as utf8mb4_bin does), holds every
-- character, and its TIMESTAMP keeps microseconds and runs well past 2038. This file keeps the two databases'
-- migration histories at the same version.
SELECT 1;
