package vn.donghanh.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Vietnamese text for search: strips diacritics and maps đ/Đ to d, so "Nguyen Van A"
 * finds "Nguyễn Văn A". (Collations treat đ as its own letter, hence a folded column.)
 */
public final class TextFold {
    private TextFold() {}

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** Escapes LIKE's wildcards so that user text matches literally. */
    public static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
