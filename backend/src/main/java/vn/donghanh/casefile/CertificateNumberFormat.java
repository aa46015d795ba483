package vn.donghanh.casefile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed number of a completion certificate from its register entry, by the configured pattern
 * ({@code donghanh.certificate.number-format}): {@code {seq}} the commune's sequence in the year
 * ({@code {seq:3}} zero-padded to 3 digits: 007), {@code {year}} the year of completion,
 * {@code {unit}} the commune's code. Anything else is printed as written.
 */
final class CertificateNumberFormat {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(seq(?::(\\d{1,2}))?|year|unit)}");
    private static final Pattern SEQ = Pattern.compile("\\{seq(?::\\d{1,2})?}");

    private CertificateNumberFormat() {}

    /** Why the pattern cannot number certificates, or null: without {seq} two certificates would share a number. */
    static String problem(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return "must not be empty";
        }
        if (!SEQ.matcher(pattern).find()) {
            return "must contain {seq} (or {seq:N}), the sequence that makes each number unique";
        }
        if (pattern.length() > 60) {
            return "must be at most 60 characters";
        }
        return null;
    }

    static String format(String pattern, int seq, int year, String unitCode) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value;
            if (m.group(1).startsWith("seq")) {
                int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                value = width == 0 ? Integer.toString(seq) : String.format("%0" + width + "d", seq);
            } else if (m.group(1).equals("year")) {
                value = Integer.toString(year);
            } else {
                value = unitCode;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
