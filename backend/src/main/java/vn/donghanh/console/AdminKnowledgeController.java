package vn.donghanh.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.knowledge.KnowledgeModels.CreateKnowledgePage;
import vn.donghanh.knowledge.KnowledgeModels.KnowledgePage;
import vn.donghanh.knowledge.KnowledgeModels.UpdateKnowledgePage;
import vn.donghanh.knowledge.KnowledgePageStatus;
import vn.donghanh.knowledge.KnowledgeService;
import vn.donghanh.knowledge.PublicPaths;

/**
 * The admin's knowledge pages (issue 17): every page with its state, a new one, an edit (against the
 * version read, as {@code PUT /api/v1/knowledge-pages/{id}}), publish and take back to draft — all
 * through {@code KnowledgeService}, the API's own service, so the same rules, words and audit rows.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class AdminKnowledgeController {
    static final String PAGES = ConsolePaths.ADMIN + "/knowledge";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final KnowledgeService knowledge;
    private final Validator validator;

    public AdminKnowledgeController(KnowledgeService knowledge, Validator validator) {
        this.knowledge = knowledge;
        this.validator = validator;
    }

    @Get(value = PAGES, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> list(HttpRequest<?> request, ConsoleSession session) {
        Map<String, Object> model = AdminPages.model(request, session, "knowledge");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        List<KnowledgePage> pages = knowledge.list(session.caller());
        Map<String, String> initial = new LinkedHashMap<>();
        initial.put(
                "position",
                String.valueOf(
                        pages.stream().mapToInt(KnowledgePage::position).max().orElse(0) + 10));
        model.put("form", ConsoleForm.blank(initial));
        return listPage(model, pages);
    }

    @Post(value = PAGES, consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> create(HttpRequest<?> request, ConsoleSession session, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        Map<String, Object> model = AdminPages.model(request, session, "knowledge");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        ConsoleForm f = ConsoleForm.of(request, form);
        CreateKnowledgePage body = new CreateKnowledgePage(
                null,
                f.text("slug"),
                f.integer("position"),
                f.text("titleVi"),
                f.text("summaryVi"),
                f.text("bodyVi"),
                f.text("titleEn"),
                f.text("summaryEn"),
                f.text("bodyEn"));
        f.check(validator, body);
        KnowledgePage created;
        try {
            created = f.run(() -> knowledge.create(session.caller(), body));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
        if (f.hasErrors()) {
            model.put("form", f.model());
            return listPage(model, knowledge.list(session.caller())).status(HttpStatus.BAD_REQUEST);
        }
        return HttpResponse.seeOther(URI.create(PAGES + "/" + created.id() + "?done=created"));
    }

    @Get(value = PAGES + "/{id}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> edit(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        Map<String, Object> model = AdminPages.model(request, session, "knowledge");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        try {
            KnowledgePage page = knowledge.get(session.caller(), Ids.parse("id", id));
            model.put("form", ConsoleForm.blank(values(page)));
            model.put("done", request.getParameters().get("done"));
            return editPage(model, page);
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(value = PAGES + "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> update(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        Map<String, Object> model = AdminPages.model(request, session, "knowledge");
        if (model == null) {
            return AdminPages.forbidden(request, session);
        }
        ConsoleForm f = ConsoleForm.of(request, form);
        UpdateKnowledgePage body = new UpdateKnowledgePage(
                f.text("slug"),
                f.integer("position"),
                f.text("titleVi"),
                f.text("summaryVi"),
                f.text("bodyVi"),
                f.text("titleEn"),
                f.text("summaryEn"),
                f.text("bodyEn"),
                f.integer("version"));
        f.check(validator, body);
        try {
            String pageId = Ids.parse("id", id);
            f.run(() -> knowledge.update(session.caller(), pageId, body));
            if (f.hasErrors()) {
                model.put("form", f.model());
                return editPage(model, knowledge.get(session.caller(), pageId)).status(HttpStatus.BAD_REQUEST);
            }
            return HttpResponse.seeOther(URI.create(PAGES + "/" + pageId + "?done=saved"));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    @Post(
            value = PAGES + "/{id}/publication",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> publish(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return changeStatus(request, session, id, KnowledgePageStatus.PUBLISHED);
    }

    @Post(
            value = PAGES + "/{id}/withdrawal",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> unpublish(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return changeStatus(request, session, id, KnowledgePageStatus.DRAFT);
    }

    private HttpResponse<?> changeStatus(
            HttpRequest<?> request, ConsoleSession session, String id, KnowledgePageStatus status) {
        if (AdminPages.model(request, session, "knowledge") == null) {
            return AdminPages.forbidden(request, session);
        }
        try {
            String pageId = Ids.parse("id", id);
            if (status == KnowledgePageStatus.PUBLISHED) {
                knowledge.publish(session.caller(), pageId);
            } else {
                knowledge.unpublish(session.caller(), pageId);
            }
            return HttpResponse.seeOther(URI.create(PAGES + "/" + pageId + "?done="
                    + (status == KnowledgePageStatus.PUBLISHED ? "published" : "unpublished")));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private static MutableHttpResponse<?> listPage(Map<String, Object> model, List<KnowledgePage> pages) {
        model.put(
                "pages",
                pages.stream()
                        .map(p -> ConsolePage.row(
                                "id", p.id(),
                                "slug", p.slug(),
                                "title", p.titleVi(),
                                "position", p.position(),
                                "status", p.status().name(),
                                "english", p.titleEn() != null,
                                "updated", ConsoleFormat.date(LocalDate.ofInstant(p.updatedAt(), ZONE)),
                                "publicHref", PublicPaths.INDEX + "/" + p.slug()))
                        .toList());
        return ConsolePage.render("console/admin-knowledge", model);
    }

    private static MutableHttpResponse<?> editPage(Map<String, Object> model, KnowledgePage page) {
        model.put(
                "page",
                ConsolePage.row(
                        "id", page.id(),
                        "status", page.status().name(),
                        "version", page.version(),
                        "published", page.status() == KnowledgePageStatus.PUBLISHED,
                        "publicHref", PublicPaths.INDEX + "/" + page.slug(),
                        "updated", ConsoleFormat.date(LocalDate.ofInstant(page.updatedAt(), ZONE))));
        return ConsolePage.render("console/admin-knowledge-page", model);
    }

    private static Map<String, String> values(KnowledgePage p) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("slug", p.slug());
        v.put("position", String.valueOf(p.position()));
        v.put("titleVi", p.titleVi());
        v.put("summaryVi", p.summaryVi());
        v.put("bodyVi", p.bodyVi());
        v.put("titleEn", p.titleEn());
        v.put("summaryEn", p.summaryEn());
        v.put("bodyEn", p.bodyEn());
        v.put("version", String.valueOf(p.version()));
        return v;
    }
}
