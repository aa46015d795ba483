-- Knowledge for the public (package knowledge, issue 17): short pages in plain Vietnamese (English optional) about the
-- management period, a person's rights and duties, the forms of rehab and where to find help, written by admins and
-- read by anyone without an account (/kien-thuc, GET /api/v1/public/knowledge). No personal data lives here.
-- body_* is Markdown (CommonMark), rendered with raw HTML escaped; a page is public only while status = 'PUBLISHED'.
-- sort_order orders the index (smallest first, then slug); version is the optimistic-concurrency counter of an edit.
CREATE TABLE knowledge_page (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    slug         VARCHAR(80)  NOT NULL,
    sort_order   INT          NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    title_vi     VARCHAR(200) NOT NULL,
    summary_vi   VARCHAR(500) NULL,
    body_vi      MEDIUMTEXT   NOT NULL,
    title_en     VARCHAR(200) NULL,
    summary_en   VARCHAR(500) NULL,
    body_en      MEDIUMTEXT   NULL,
    version      INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   CHAR(36)     NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    updated_by   CHAR(36)     NOT NULL,
    published_at DATETIME(6)  NULL,
    CONSTRAINT uq_knowledge_page_slug UNIQUE (slug),
    INDEX ix_knowledge_page_public (status, sort_order, slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
