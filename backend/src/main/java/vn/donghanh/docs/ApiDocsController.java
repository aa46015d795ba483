package vn.donghanh.docs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the contract (api-spec/openapi.yaml, packaged by the api-spec module) and a browsable page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ApiDocsController {
    private final byte[] spec;

    public ApiDocsController() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("api-spec/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("api-spec/openapi.yaml is missing from the classpath");
            }
            spec = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get(value = "/api/v1/openapi.yaml", produces = "application/yaml")
    public HttpResponse<byte[]> openapi() {
        return HttpResponse.ok(spec).contentType(MediaType.of("application/yaml"));
    }

    @Get(value = "/api/docs", produces = MediaType.TEXT_HTML)
    public String docs() {
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><title>Đồng Hành API</title>
                <link rel="stylesheet" href="/api/docs/ui/swagger-ui.css"></head>
                <body><div id="swagger-ui"></div>
                <script src="/api/docs/ui/swagger-ui-bundle.js"></script>
                <script>SwaggerUIBundle({url: '/api/v1/openapi.yaml', dom_id: '#swagger-ui'});</script>
                </body></html>
                """;
    }

    String specText() {
        return new String(spec, StandardCharsets.UTF_8);
    }
}
