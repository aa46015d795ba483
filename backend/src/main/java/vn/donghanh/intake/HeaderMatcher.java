package vn.donghanh.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.donghanh.common.TextFold;

/**
 * Finds the header row of a commune's list and proposes which field each column fills, by the
 * header's words with diacritics, case and punctuation aside ("Họ và tên", "HỌ TÊN", "Họ tên:" all
 * read {@code ho va ten}/{@code ho ten}). Lists have a title block above the table, so the header
 * row is the first of the top rows in which at least {@link #MIN_MATCHES} cells name a field.
 */
public final class HeaderMatcher {
    static final int MIN_MATCHES = 3;
    /** How far down a header row is looked for. */
    public static final int SEARCH_ROWS = 30;

    private HeaderMatcher() {}

    /** Folded, every run of non-letters and non-digits one space: the form header words are compared in. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        return TextFold.fold(header).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The field these header words name, or null: an exact match first, else the longest word contained. */
    public static ImportField match(String header) {
        String h = normalise(header);
        if (h.isEmpty()) {
            return null;
        }
        for (ImportField f : ImportField.values()) {
            if (f.words().contains(h)) {
                return f;
            }
        }
        ImportField best = null;
        int bestLength = 0;
        String padded = " " + h + " ";
        for (ImportField f : ImportField.values()) {
            for (String w : f.words()) {
                // Short words ("gt", "dt", "ten") only as an exact match: "ten" is in "ten goi khac" too.
                if (w.length() >= 5 && padded.contains(" " + w + " ") && w.length() > bestLength) {
                    best = f;
                    bestLength = w.length();
                }
            }
        }
        return best;
    }

    /** The index of the header row among {@code rows} (the sheet's top rows), or -1 when none looks like one. */
    public static int findHeaderRow(List<List<String>> rows) {
        for (int i = 0; i < Math.min(rows.size(), SEARCH_ROWS); i++) {
            if (propose(rows.get(i)).size() >= MIN_MATCHES) {
                return i;
            }
        }
        return -1;
    }

    /** Column index → field, each field to its first column only; columns that name nothing are left out. */
    public static Map<Integer, ImportField> propose(List<String> headers) {
        Map<Integer, ImportField> mapping = new LinkedHashMap<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (int i = 0; i < headers.size(); i++) {
            ImportField f = match(headers.get(i));
            if (f != null && taken.add(f)) {
                mapping.put(i, f);
            }
        }
        return mapping;
    }

    /** The key a remembered mapping is found by: the SHA-256 of the normalised headers, in order. */
    public static String key(List<String> headers) {
        StringBuilder sb = new StringBuilder();
        for (String h : headers) {
            sb.append(normalise(h)).append('\u001f');
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
