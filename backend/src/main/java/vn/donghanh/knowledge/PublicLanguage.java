package vn.donghanh.knowledge;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.donghanh.common.ProblemResponseProcessor;

/**
 * The language of a public page: {@code ?lang=vi|en} when given (a link a reader can share), else
 * the browser's Accept-Language as everywhere in the service (vi or en, whichever it prefers; any
 * other language, or none, is Vietnamese).
 */
@Singleton
class PublicLanguage {
    private final ProblemResponseProcessor problems;

    PublicLanguage(ProblemResponseProcessor problems) {
        this.problems = problems;
    }

    String of(HttpRequest<?> request) {
        String asked = request.getParameters().get("lang");
        if (KnowledgeService.EN.equals(asked) || KnowledgeService.VI.equals(asked)) {
            return asked;
        }
        return KnowledgeService.supported(problems.locale(request).getLanguage());
    }
}
