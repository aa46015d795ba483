-- Training for mentors and officers (issue 17; Thái Nguyên activity 1.5 "đào tạo trực tuyến", Quảng Trị
-- "100 % cán bộ được tập huấn"). Owned by the training feature (training/TrainingStore).
--   training_course          one row per course: who it is for and which unit published it (the course is
--                            offered to the staff at or below that unit); current_version is the one taken now.
--   training_course_version  every published version, kept whole (lessons and quiz, correct answers included,
--                            as JSON): an attempt is checked against the version the taker downloaded, and a
--                            completion of an older version stays recorded with its number.
--   training_image           a lesson's picture, PNG or JPEG, size-limited when published (TrainingImages).
--   training_attempt         one submitted quiz: the phone's own id (a resubmission from its offline outbox
--                            answers with the first attempt), the score and whether it passed.
--   training_completion      the first passing attempt of a staff member for a course version.
-- No case_id anywhere: these rows are about staff accounts, not about persons under management.
CREATE TABLE training_course (
    id              CHAR(36)     NOT NULL,
    audience        VARCHAR(16)  NOT NULL,
    owner_unit_id   CHAR(36)     NOT NULL,
    owner_unit_path VARCHAR(512) NOT NULL,
    current_version INT          NOT NULL,
    created_by      CHAR(36)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_training_course_path (owner_unit_path(191))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_course_version (
    course_id    CHAR(36)     NOT NULL,
    version      INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    summary      VARCHAR(1000) NOT NULL,
    pass_percent INT          NOT NULL,
    content_json MEDIUMTEXT   NOT NULL,
    published_by CHAR(36)     NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (course_id, version),
    CONSTRAINT fk_training_version_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_image (
    id           CHAR(36)    NOT NULL,
    course_id    CHAR(36)    NOT NULL,
    content_type VARCHAR(16) NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_training_image_course (course_id),
    CONSTRAINT fk_training_image_course FOREIGN KEY (course_id) REFERENCES training_course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_attempt (
    id           CHAR(36)    NOT NULL,
    course_id    CHAR(36)    NOT NULL,
    version      INT         NOT NULL,
    account_id   CHAR(36)    NOT NULL,
    answers_json TEXT        NOT NULL,
    score        INT         NOT NULL,
    total        INT         NOT NULL,
    passed       BOOLEAN     NOT NULL,
    occurred_at  DATETIME(6) NOT NULL,
    received_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_training_attempt_account (account_id, course_id),
    CONSTRAINT fk_training_attempt_version FOREIGN KEY (course_id, version)
        REFERENCES training_course_version (course_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_completion (
    course_id    CHAR(36)    NOT NULL,
    version      INT         NOT NULL,
    account_id   CHAR(36)    NOT NULL,
    attempt_id   CHAR(36)    NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (course_id, version, account_id),
    INDEX ix_training_completion_account (account_id),
    CONSTRAINT fk_training_completion_attempt FOREIGN KEY (attempt_id) REFERENCES training_attempt (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
