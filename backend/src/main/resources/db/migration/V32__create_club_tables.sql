-- Peer clubs ("câu lạc bộ", issue 17): a club of one or several communes, run by an organisation, meeting on
-- an RFC 5545 schedule (local wall time in the club's zone, as appointments); persons join by their own
-- choice under an alias; attendance of a meeting is kept here and counted in supervision as a GROUP_ACTIVITY
-- check-in (the check-in feature's row, whose id the attendance keeps); a moderated message board.
CREATE TABLE club (
    id                 CHAR(36)      NOT NULL PRIMARY KEY,
    organisation_id    CHAR(36)      NOT NULL,
    name               VARCHAR(120)  NOT NULL,
    description        VARCHAR(1000) NULL,
    first_start_local  DATETIME      NOT NULL,
    rrule              VARCHAR(500)  NULL,
    duration_minutes   INT           NOT NULL,
    time_zone          VARCHAR(64)   NOT NULL,
    created_by         CHAR(36)      NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    CONSTRAINT fk_club_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The communes a club is for: their persons may join, their officers and mentors moderate.
CREATE TABLE club_commune (
    club_id        CHAR(36) NOT NULL,
    admin_unit_id  CHAR(36) NOT NULL,
    PRIMARY KEY (club_id, admin_unit_id),
    CONSTRAINT fk_club_commune_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_club_commune_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    INDEX ix_club_commune_unit (admin_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and club; leaving keeps the row (attendance and posts point to it) with left_at set and
-- alias_key null, so the alias is free again. alias_key is the alias folded (NFC, lower case, single spaces):
-- "Hoa" and "hoa" are one alias, "Hoa" and "Hòa" two (utf8mb4_bin), unique among current members.
CREATE TABLE club_member (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    club_id     CHAR(36)     NOT NULL,
    case_id     CHAR(36)     NOT NULL,
    alias       VARCHAR(40)  NOT NULL,
    alias_key   VARCHAR(40)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    show_name   BOOLEAN      NOT NULL,
    joined_at   DATETIME(6)  NOT NULL,
    left_at     DATETIME(6)  NULL,
    CONSTRAINT uq_club_member_case UNIQUE (club_id, case_id),
    CONSTRAINT uq_club_member_alias UNIQUE (club_id, alias_key),
    CONSTRAINT fk_club_member_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_club_member_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_club_member_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A meeting occurrence attended: occurrence_start is the occurrence's instant (UTC); checkin_id the
-- GROUP_ACTIVITY check-in it recorded.
CREATE TABLE club_attendance (
    club_id           CHAR(36)    NOT NULL,
    occurrence_start  DATETIME(6) NOT NULL,
    case_id           CHAR(36)    NOT NULL,
    checkin_id        CHAR(36)    NOT NULL,
    recorded_by       CHAR(36)    NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (club_id, occurrence_start, case_id),
    CONSTRAINT fk_club_attendance_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_club_attendance_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    INDEX ix_club_attendance_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The board: a post by a member (case_id: the author), hidden by a moderator with a reason.
CREATE TABLE club_post (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    club_id        CHAR(36)      NOT NULL,
    member_id      CHAR(36)      NOT NULL,
    case_id        CHAR(36)      NOT NULL,
    body           VARCHAR(1000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    hidden_at      DATETIME(6)   NULL,
    hidden_by      CHAR(36)      NULL,
    hidden_reason  VARCHAR(500)  NULL,
    CONSTRAINT fk_club_post_club FOREIGN KEY (club_id) REFERENCES club (id),
    CONSTRAINT fk_club_post_member FOREIGN KEY (member_id) REFERENCES club_member (id),
    INDEX ix_club_post_club (club_id, created_at),
    INDEX ix_club_post_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member's report of a post (case_id: the reporter), once per member and post.
CREATE TABLE club_post_report (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    post_id     CHAR(36)     NOT NULL,
    case_id     CHAR(36)     NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_club_post_report UNIQUE (post_id, case_id),
    CONSTRAINT fk_club_post_report_post FOREIGN KEY (post_id) REFERENCES club_post (id),
    INDEX ix_club_post_report_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
