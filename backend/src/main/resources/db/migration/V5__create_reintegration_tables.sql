-- Providers are organisations (employers, vocational schools, the Employment Service Centre, Social
-- Policy Bank branches, counselling points) with a contact person and the communes they serve.
CREATE TABLE provider_profile (
    organisation_id  CHAR(36)     NOT NULL PRIMARY KEY,
    contact_person   VARCHAR(200) NULL,
    contact_phone    VARCHAR(32)  NULL,
    created_by       CHAR(36)     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_provider_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_unit (
    organisation_id  CHAR(36) NOT NULL,
    admin_unit_id    CHAR(36) NOT NULL,
    PRIMARY KEY (organisation_id, admin_unit_id),
    CONSTRAINT fk_provider_unit_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_provider_unit_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    INDEX ix_provider_unit (admin_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Job openings, vocational courses and loan programmes; type-specific columns are null otherwise.
CREATE TABLE opportunity (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    provider_id      CHAR(36)      NOT NULL,
    type             VARCHAR(16)   NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    title_search     VARCHAR(600)  NOT NULL,
    description      VARCHAR(2000) NULL,
    admin_unit_id    CHAR(36)      NOT NULL,
    place            VARCHAR(500)  NULL,
    seats            INT           NULL,
    deadline         DATE          NULL,
    requirements     VARCHAR(1000) NULL,
    wage_min         BIGINT        NULL,
    wage_max         BIGINT        NULL,
    trade            VARCHAR(200)  NULL,
    start_date       DATE          NULL,
    duration_weeks   INT           NULL,
    fee_support      VARCHAR(500)  NULL,
    loan_purpose     VARCHAR(500)  NULL,
    loan_ceiling     BIGINT        NULL,
    loan_conditions  VARCHAR(1000) NULL,
    status           VARCHAR(16)   NOT NULL,
    created_by       CHAR(36)      NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_opportunity_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
    CONSTRAINT fk_opportunity_unit FOREIGN KEY (admin_unit_id) REFERENCES admin_unit (id),
    INDEX ix_opportunity_status (status, type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "I'm interested": a person's interest in an opportunity, once per person and opportunity.
CREATE TABLE opportunity_interest (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    opportunity_id  CHAR(36)    NOT NULL,
    case_id         CHAR(36)    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_interest UNIQUE (opportunity_id, case_id),
    CONSTRAINT fk_interest_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_interest_case FOREIGN KEY (case_id) REFERENCES managed_case (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A referral of a case to an opportunity or directly to a provider, and every step it took.
-- shared_fields is what the person agreed to let the provider see (consent per referral).
CREATE TABLE referral (
    id              CHAR(36)     NOT NULL PRIMARY KEY,
    case_id         CHAR(36)     NOT NULL,
    opportunity_id  CHAR(36)     NULL,
    provider_id     CHAR(36)     NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    status_date     DATE         NOT NULL,
    shared_fields   VARCHAR(200) NOT NULL,
    created_by      CHAR(36)     NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES managed_case (id),
    CONSTRAINT fk_referral_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_referral_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
    INDEX ix_referral_case (case_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_step (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    referral_id  CHAR(36)      NOT NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NOT NULL,
    step_date    DATE          NOT NULL,
    note         VARCHAR(1000) NULL,
    actor_id     CHAR(36)      NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    seq          BIGINT        NOT NULL AUTO_INCREMENT UNIQUE,
    CONSTRAINT fk_step_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    INDEX ix_step_referral (referral_id, seq)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Retention follow-up 3 and 6 months after a placement or enrolment, until answered.
CREATE TABLE retention_check (
    id           CHAR(36)      NOT NULL PRIMARY KEY,
    referral_id  CHAR(36)      NOT NULL,
    case_id      CHAR(36)      NOT NULL,
    months       INT           NOT NULL,
    due_on       DATE          NOT NULL,
    answered_at  DATETIME(6)   NULL,
    answered_by  CHAR(36)      NULL,
    outcome      VARCHAR(16)   NULL,
    note         VARCHAR(1000) NULL,
    CONSTRAINT uq_retention UNIQUE (referral_id, months),
    CONSTRAINT fk_retention_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
    INDEX ix_retention_due (answered_at, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
