package vn.donghanh.knowledge;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.knowledge.KnowledgeModels.CreateKnowledgePage;
import vn.donghanh.knowledge.KnowledgeModels.KnowledgePage;
import vn.donghanh.knowledge.KnowledgeModels.PublicKnowledgeList;
import vn.donghanh.knowledge.KnowledgeModels.PublicKnowledgePage;
import vn.donghanh.knowledge.KnowledgeModels.PublicKnowledgeSummary;
import vn.donghanh.knowledge.KnowledgeModels.UpdateKnowledgePage;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Knowledge pages: admins write, publish and withdraw them (each change audited); anyone reads the
 * published ones, in Vietnamese or, where the page has it, English. Pages are national, so only
 * admins edit them: a provincial supervisor's words would reach every province.
 */
@Singleton
public class KnowledgeService {
    public static final String VI = "vi";
    public static final String EN = "en";

    private final KnowledgeStore store;
    private final AuditLog audit;
    private final Clock clock;

    public KnowledgeService(KnowledgeStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public KnowledgePage create(Caller caller, CreateKnowledgePage r) {
        requireEditor(caller);
        String id = Ids.orNew(r.id());
        Optional<KnowledgeStore.Row> existing = store.byId(id);
        if (existing.isPresent()) {
            // A repeat of the same creation (same id, same address) answers the page as it is.
            if (!existing.get().slug().equals(r.slug())) {
                throw ApiException.conflict("id-in-use", "id is already used by another knowledge page");
            }
            return model(existing.get());
        }
        KnowledgeStore.Text text = new KnowledgeStore.Text(
                r.slug(),
                r.position(),
                r.titleVi(),
                blankToNull(r.summaryVi()),
                r.bodyVi(),
                blankToNull(r.titleEn()),
                blankToNull(r.summaryEn()),
                blankToNull(r.bodyEn()));
        requireBothEnglishParts(text);
        if (!store.insert(id, text, caller.accountId(), now())) {
            throw slugInUse();
        }
        audit.append(AuditEntry.of(caller, AuditAction.KNOWLEDGE_PAGE_CHANGE, null, id, "created " + r.slug()));
        return model(store.byId(id).orElseThrow());
    }

    @Transactional
    public KnowledgePage update(Caller caller, String id, UpdateKnowledgePage r) {
        requireEditor(caller);
        KnowledgeStore.Row row = store.byId(id).orElseThrow(ApiException::notFound);
        KnowledgeStore.Text text = new KnowledgeStore.Text(
                r.slug(),
                r.position(),
                r.titleVi(),
                blankToNull(r.summaryVi()),
                r.bodyVi(),
                blankToNull(r.titleEn()),
                blankToNull(r.summaryEn()),
                blankToNull(r.bodyEn()));
        requireBothEnglishParts(text);
        if (row.version() != r.version()) {
            throw stale();
        }
        Optional<KnowledgeStore.Row> sameSlug = store.bySlug(r.slug());
        if (sameSlug.isPresent() && !sameSlug.get().id().equals(id)) {
            throw slugInUse();
        }
        if (!store.update(id, r.version(), text, caller.accountId(), now())) {
            throw stale();
        }
        audit.append(AuditEntry.of(caller, AuditAction.KNOWLEDGE_PAGE_CHANGE, null, id, "edited " + r.slug()));
        return model(store.byId(id).orElseThrow());
    }

    /** Makes the page public (again, after an edit, nothing else is needed: a published page shows its edits). */
    @Transactional
    public KnowledgePage publish(Caller caller, String id) {
        return setStatus(caller, id, KnowledgePageStatus.PUBLISHED);
    }

    /** Takes the page back to draft: the public address answers 404 at once. */
    @Transactional
    public KnowledgePage unpublish(Caller caller, String id) {
        return setStatus(caller, id, KnowledgePageStatus.DRAFT);
    }

    @Transactional(readOnly = true)
    public List<KnowledgePage> list(Caller caller) {
        requireEditor(caller);
        return store.all().stream().map(KnowledgeService::model).toList();
    }

    @Transactional
    public KnowledgePage get(Caller caller, String id) {
        requireEditor(caller);
        return model(store.byId(id).orElseThrow(ApiException::notFound));
    }

    /** The published pages, by position, in {@code language} where a page has it (else in Vietnamese). */
    @Transactional(readOnly = true)
    public PublicKnowledgeList publishedIndex(String language) {
        String lang = supported(language);
        return new PublicKnowledgeList(
                lang,
                store.published().stream()
                        .map(row -> {
                            boolean en = EN.equals(lang) && row.titleEn() != null;
                            return new PublicKnowledgeSummary(
                                    row.slug(),
                                    en ? row.titleEn() : row.titleVi(),
                                    en ? row.summaryEn() : row.summaryVi(),
                                    en ? EN : VI,
                                    row.updatedAt());
                        })
                        .toList());
    }

    /** A published page by its address; empty for a draft or nothing there (the public cannot tell which). */
    @Transactional(readOnly = true)
    public Optional<PublicKnowledgePage> published(String slug, String language) {
        String lang = supported(language);
        return store.bySlug(slug)
                .filter(row -> row.status() == KnowledgePageStatus.PUBLISHED)
                .map(row -> {
                    boolean en = EN.equals(lang) && row.titleEn() != null && row.bodyEn() != null;
                    return new PublicKnowledgePage(
                            row.slug(),
                            en ? row.titleEn() : row.titleVi(),
                            en ? row.summaryEn() : row.summaryVi(),
                            en ? EN : VI,
                            KnowledgeMarkup.toHtml(en ? row.bodyEn() : row.bodyVi()),
                            row.updatedAt());
                });
    }

    /** {@code vi} or {@code en}; anything else is Vietnamese, the service's first language. */
    public static String supported(String language) {
        return EN.equals(language) ? EN : VI;
    }

    private KnowledgePage setStatus(Caller caller, String id, KnowledgePageStatus status) {
        requireEditor(caller);
        KnowledgeStore.Row row = store.byId(id).orElseThrow(ApiException::notFound);
        if (row.status() != status) {
            store.setStatus(id, status, caller.accountId(), now());
            audit.append(AuditEntry.of(
                    caller,
                    AuditAction.KNOWLEDGE_PAGE_CHANGE,
                    null,
                    id,
                    (status == KnowledgePageStatus.PUBLISHED ? "published " : "unpublished ") + row.slug()));
        }
        return model(store.byId(id).orElseThrow());
    }

    /** The slug is not the help page's; an English version is a title and a body together: half of one would show a Vietnamese page with an English title. */
    private static void requireBothEnglishParts(KnowledgeStore.Text t) {
        if (PublicPaths.HELP_SLUG.equals(t.slug())) {
            throw ApiException.badField("slug", "is the address of the help-by-province page; choose another");
        }
        if (t.bodyEn() != null && t.titleEn() == null) {
            throw ApiException.badField("titleEn", "is required when an English body is given");
        }
        if (t.titleEn() != null && t.bodyEn() == null) {
            throw ApiException.badField("bodyEn", "is required when an English title is given");
        }
    }

    private static void requireEditor(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ApiException.forbidden("only admins edit the knowledge pages");
        }
    }

    private static ApiException slugInUse() {
        return ApiException.badField("slug", "is already the address of another knowledge page");
    }

    private static ApiException stale() {
        return ApiException.conflict(
                "stale-version", "the knowledge page was changed by someone else; reload and edit again");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static KnowledgePage model(KnowledgeStore.Row r) {
        return new KnowledgePage(
                r.id(),
                r.slug(),
                r.position(),
                r.status(),
                r.titleVi(),
                r.summaryVi(),
                r.bodyVi(),
                r.titleEn(),
                r.summaryEn(),
                r.bodyEn(),
                r.version(),
                r.createdAt(),
                r.updatedAt(),
                r.publishedAt());
    }
}
