package vn.donghanh.knowledge;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.donghanh.common.ApiException;

/**
 * The published knowledge pages as JSON for the phone, which shows them before anyone signs in: no
 * token, nothing personal, cacheable ({@link PublicCaching}). A draft and a missing page are the
 * same 404.
 */
@Controller("/api/v1/public/knowledge")
@Secured(SecurityRule.IS_ANONYMOUS)
public class PublicKnowledgeController {
    private final KnowledgeService service;
    private final PublicLanguage languages;
    private final JsonMapper json;

    public PublicKnowledgeController(KnowledgeService service, PublicLanguage languages, JsonMapper json) {
        this.service = service;
        this.languages = languages;
        this.json = json;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> index(HttpRequest<?> request) {
        KnowledgeModels.PublicKnowledgeList list = service.publishedIndex(languages.of(request));
        return PublicCaching.answer(request, bytes(list), MediaType.APPLICATION_JSON, list.language());
    }

    @Get(value = "/{slug}", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<?> page(HttpRequest<?> request, @PathVariable String slug) {
        KnowledgeModels.PublicKnowledgePage page =
                service.published(slug, languages.of(request)).orElseThrow(ApiException::notFound);
        return PublicCaching.answer(request, bytes(page), MediaType.APPLICATION_JSON, page.language());
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
