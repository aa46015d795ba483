package vn.donghanh.console;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The console's words: {@code i18n/console_vi.properties} and {@code i18n/console_en.properties}.
 * Vietnamese unless the browser asks for English first among the two (Accept-Language); any other
 * language gets Vietnamese. Templates reach these through Thymeleaf's {@code #{key}} (Micronaut
 * Views resolves them with this MessageSource and the request's locale); Java code through
 * {@link #forRequest}.
 */
@Singleton
public class ConsoleMessages extends AbstractMessageSource {
    public static final Locale VI = Locale.forLanguageTag("vi");
    public static final Locale EN = Locale.ENGLISH;
    /**
     * The catalogues, searched in this order: the frame's words, then one per part of the console
     * (each part's words in a file of its own, so parts are written and reviewed apart).
     */
    static final List<String> BUNDLES = List.of(
            "i18n.console",
            "i18n.console_case",
            "i18n.console_supervision",
            "i18n.console_checks",
            "i18n.console_lists",
            "i18n.console_import",
            "i18n.console_oversight",
            "i18n.console_transfer",
            "i18n.console_report",
            "i18n.console_privacy", // issue 17: the person's data rights
            "i18n.console_retention",
            "i18n.console_clubs", // issue 17: peer clubs
            "i18n.console_knowledge",
            "i18n.console_training");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public @NonNull Optional<String> getRawMessage(@NonNull String code, @NonNull MessageContext context) {
        return lookup(supported(context.getLocale()), code);
    }

    /**
     * vi or en for this request, as Micronaut's locale resolution (which the template renderer
     * uses) sees it: the browser's first language if it is English, else Vietnamese.
     */
    public static Locale localeOf(HttpRequest<?> request) {
        return supported(request.getLocale().orElse(VI));
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : VI;
    }

    /** Words for Java code (plain-text answers, redirects' flash texts). */
    public static Words forRequest(HttpRequest<?> request) {
        return new Words(localeOf(request));
    }

    public record Words(Locale locale) {
        public String get(String code) {
            return lookup(locale, code).orElse(code);
        }
    }

    private static Optional<String> lookup(Locale locale, String code) {
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, NO_FALLBACK);
                if (bundle.containsKey(code)) {
                    return Optional.of(bundle.getString(code));
                }
            } catch (MissingResourceException e) {
                // this part has no words in this language: the next catalogue may
            }
        }
        return Optional.empty();
    }
}
