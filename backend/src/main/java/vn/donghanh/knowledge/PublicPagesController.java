package vn.donghanh.knowledge;

import static vn.donghanh.knowledge.PublicHtml.esc;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.donghanh.knowledge.KnowledgeModels.PublicKnowledgeList;
import vn.donghanh.knowledge.KnowledgeModels.PublicKnowledgePage;

/**
 * The knowledge pages for anyone, without an account: {@code /kien-thuc} (the index),
 * {@code /kien-thuc/{slug}} (one page) and {@code /kien-thuc/noi-ho-tro?tinh=} (where to find help
 * in a province). Server-rendered HTML that works with JavaScript off; no session, no cookie, no
 * personal data; cacheable with an ETag ({@link PublicCaching}).
 */
@Controller(PublicPaths.INDEX)
@Secured(SecurityRule.IS_ANONYMOUS)
public class PublicPagesController {
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final KnowledgeService service;
    private final PublicLanguage languages;
    private final PublicHelpPoints helpPoints;

    public PublicPagesController(KnowledgeService service, PublicLanguage languages, PublicHelpPoints helpPoints) {
        this.service = service;
        this.languages = languages;
        this.helpPoints = helpPoints;
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<?> index(HttpRequest<?> request) {
        PublicWords words = PublicWords.of(languages.of(request));
        PublicKnowledgeList list = service.publishedIndex(words.language());
        StringBuilder main = new StringBuilder();
        main.append("<h1>").append(esc(words.get("index.title"))).append("</h1>");
        main.append("<p class=\"lead\">").append(esc(words.get("index.lead"))).append("</p>");
        if (list.items().isEmpty()) {
            main.append("<p>").append(esc(words.get("index.none"))).append("</p>");
        }
        main.append("<ul class=\"pages\">");
        for (var item : list.items()) {
            main.append("<li><a href=\"")
                    .append(esc(PublicPaths.page(item.slug(), words.language())))
                    .append("\"")
                    .append(item.language().equals(words.language()) ? "" : " hreflang=\"" + item.language() + "\"")
                    .append(">")
                    .append(esc(item.title()))
                    .append("</a>");
            if (item.summary() != null) {
                main.append("<br><span class=\"muted\">")
                        .append(esc(item.summary()))
                        .append("</span>");
            }
            main.append("</li>");
        }
        main.append("<li><a href=\"")
                .append(esc(PublicPaths.help(words.language(), null)))
                .append("\">")
                .append(esc(words.get("index.help")))
                .append("</a><br><span class=\"muted\">")
                .append(esc(words.get("index.help.lead")))
                .append("</span></li></ul>");
        main.append(PublicHtml.urgent(words));
        return html(request, words, words.get("index.title"), main, PublicPaths.index(other(words)), HttpStatus.OK);
    }

    @Get(value = "/" + PublicPaths.HELP_SLUG, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> help(HttpRequest<?> request, @QueryValue @Nullable String tinh) {
        PublicWords words = PublicWords.of(languages.of(request));
        String main = helpPoints.render(words, tinh);
        return html(
                request,
                words,
                words.get("help.title"),
                new StringBuilder(main),
                PublicPaths.help(other(words), helpPoints.known(tinh) ? tinh : null),
                HttpStatus.OK);
    }

    @Get(value = "/{slug}", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> page(HttpRequest<?> request, @PathVariable String slug) {
        PublicWords words = PublicWords.of(languages.of(request));
        Optional<PublicKnowledgePage> found = service.published(slug, words.language());
        if (found.isEmpty()) {
            StringBuilder main = new StringBuilder()
                    .append("<h1>")
                    .append(esc(words.get("notfound.title")))
                    .append("</h1>")
                    .append("<p>")
                    .append(esc(words.get("notfound.text")))
                    .append("</p>")
                    .append(PublicHtml.nav(words));
            return html(
                    request,
                    words,
                    words.get("notfound.title"),
                    main,
                    PublicPaths.index(other(words)),
                    HttpStatus.NOT_FOUND);
        }
        PublicKnowledgePage page = found.get();
        StringBuilder main = new StringBuilder();
        main.append("<article lang=\"").append(page.language()).append("\">");
        if (!page.language().equals(words.language())) {
            main.append("<p class=\"muted\" lang=\"")
                    .append(words.language())
                    .append("\">")
                    .append(esc(words.get("page.only-vi")))
                    .append("</p>");
        }
        main.append("<h1>").append(esc(page.title())).append("</h1>");
        if (page.summary() != null) {
            main.append("<p class=\"lead\">").append(esc(page.summary())).append("</p>");
        }
        main.append(page.html()); // rendered by KnowledgeMarkup: raw HTML escaped, links sanitised
        main.append("<p class=\"muted\">")
                .append(esc(words.get("page.updated", DATE.format(page.updatedAt()))))
                .append("</p></article>");
        main.append(PublicHtml.urgent(words)).append(PublicHtml.nav(words));
        return html(request, words, page.title(), main, PublicPaths.page(page.slug(), other(words)), HttpStatus.OK);
    }

    private static String other(PublicWords words) {
        return words.get("lang.other.code");
    }

    /** A found page is cacheable with an ETag; a 404 is not kept (it may be published soon). */
    private static MutableHttpResponse<?> html(
            HttpRequest<?> request,
            PublicWords words,
            String title,
            CharSequence main,
            String otherLanguageHref,
            HttpStatus status) {
        byte[] body = PublicCaching.utf8(PublicHtml.page(words, title, main.toString(), otherLanguageHref));
        MutableHttpResponse<?> response = status == HttpStatus.OK
                ? PublicCaching.answer(request, body, HTML, words.language())
                : HttpResponse.status(status).body(body).contentType(HTML);
        response.header("Content-Security-Policy", PublicHtml.CSP);
        return response;
    }
}
