package vn.donghanh.knowledge;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API's records for knowledge pages: what editors send and read, and what the public reads. */
public final class KnowledgeModels {
    /** A slug is the page's address: /kien-thuc/{slug}. Lowercase ASCII so it survives any phone's browser. */
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** Bodies are short plain-language pages; 20,000 characters is several screens on a phone. */
    public static final int MAX_BODY = 20_000;

    private KnowledgeModels() {}

    /** A new page, always a draft until published; an optional client-chosen id makes it idempotent. */
    @Serdeable
    public record CreateKnowledgePage(
            @Nullable UUID id,

            @NotBlank
            @Size(max = 80)
            @Pattern(
                    regexp = SLUG_PATTERN,
                    message = "must be lowercase letters a-z, digits and single hyphens, such as quan-ly-sau-cai")
            String slug,

            @NotNull @Min(0) @Max(10_000) Integer position,
            @NotBlank @Size(max = 200) String titleVi,
            @Nullable @Size(max = 500) String summaryVi,
            @NotBlank @Size(max = MAX_BODY) String bodyVi,
            @Nullable @Size(max = 200) String titleEn,
            @Nullable @Size(max = 500) String summaryEn,
            @Nullable @Size(max = MAX_BODY) String bodyEn) {}

    /** An edit of every field, against the version the editor read (409 when someone saved since). */
    @Serdeable
    public record UpdateKnowledgePage(
            @NotBlank
            @Size(max = 80)
            @Pattern(
                    regexp = SLUG_PATTERN,
                    message = "must be lowercase letters a-z, digits and single hyphens, such as quan-ly-sau-cai")
            String slug,

            @NotNull @Min(0) @Max(10_000) Integer position,
            @NotBlank @Size(max = 200) String titleVi,
            @Nullable @Size(max = 500) String summaryVi,
            @NotBlank @Size(max = MAX_BODY) String bodyVi,
            @Nullable @Size(max = 200) String titleEn,
            @Nullable @Size(max = 500) String summaryEn,
            @Nullable @Size(max = MAX_BODY) String bodyEn,
            @NotNull @Min(1) Integer version) {}

    /** A page as its editors see it: both languages' Markdown, draft or published. */
    @Serdeable
    public record KnowledgePage(
            String id,
            String slug,
            int position,
            KnowledgePageStatus status,
            String titleVi,
            @Nullable String summaryVi,
            String bodyVi,
            @Nullable String titleEn,
            @Nullable String summaryEn,
            @Nullable String bodyEn,
            int version,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Instant publishedAt) {}

    /** One published page in the public index, in the language served. */
    @Serdeable
    public record PublicKnowledgeSummary(
            String slug, String title, @Nullable String summary, String language, Instant updatedAt) {}

    /** The public index: the language asked for and what was served (a page without English is in Vietnamese). */
    @Serdeable
    public record PublicKnowledgeList(String language, List<PublicKnowledgeSummary> items) {}

    /** One published page: its body already rendered to safe HTML (raw HTML in the Markdown escaped). */
    @Serdeable
    public record PublicKnowledgePage(
            String slug, String title, @Nullable String summary, String language, String html, Instant updatedAt) {}
}
