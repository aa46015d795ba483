package vn.donghanh.club;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.TextFold;

/**
 * A member's alias: what the club knows them by. Kept as typed (NFC, single spaces); compared folded to lower
 * case only, so "Hoa" and "hoa" are one alias while "Hoa" and "Hòa" stay two names. An alias must not give the
 * person away by accident: no phone number in it, and not their own name (showing the name is a choice of its own).
 */
final class Aliases {
    static final int MIN = 2;
    static final int MAX = 40;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} .\\-_]+");
    private static final Pattern DIGITS = Pattern.compile("\\p{N}");

    private Aliases() {}

    /** The alias as it is kept, or a problem naming {@code alias}. */
    static String clean(String typed, String fullName) {
        String alias = Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        int length = alias.codePointCount(0, alias.length());
        if (length < MIN || length > MAX) {
            throw ApiException.badField("alias", "must be 2 to 40 characters");
        }
        if (!ALLOWED.matcher(alias).matches()) {
            throw ApiException.badField("alias", "may hold letters, digits, spaces and . - _ only");
        }
        if (DIGITS.matcher(alias).results().count() >= 6) {
            throw ApiException.badField("alias", "must not contain a phone number");
        }
        if (fullName != null && TextFold.fold(alias).equals(TextFold.fold(fullName))) {
            throw ApiException.badField("alias", "must not be your real name; choose showName to show it");
        }
        return alias;
    }

    /** The unique key: case-insensitive, accents kept. */
    static String key(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }
}
