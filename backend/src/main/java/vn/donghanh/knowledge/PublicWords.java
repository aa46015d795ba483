package vn.donghanh.knowledge;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words around the public pages: {@code i18n/knowledge_vi.properties} and {@code knowledge_en.properties}. */
record PublicWords(String language, ResourceBundle bundle) {
    static final String BUNDLE = "i18n.knowledge";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static PublicWords of(String language) {
        String lang = KnowledgeService.supported(language);
        return new PublicWords(lang, ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(lang), NO_FALLBACK));
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A text with {0} filled in (plain replacement: the texts hold no MessageFormat quoting). */
    String get(String key, String value) {
        return get(key).replace("{0}", value);
    }
}
