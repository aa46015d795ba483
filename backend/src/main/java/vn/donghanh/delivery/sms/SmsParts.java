package vn.donghanh.delivery.sms;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the short_message payloads of one or more submit_sm PDUs.
 *
 * <p>GSM 7-bit (data_coding 0) when every character is in the GSM alphabet, else UCS-2
 * (data_coding 8): Vietnamese with diacritics is always UCS-2. A text too long for one SMS
 * (160 septets / 70 UCS-2 characters) becomes concatenated parts, each starting with a 6-octet
 * user data header (IEI 0x00, 8-bit reference) and sent with esm_class UDHI (0x40); the header
 * leaves 153 septets or 67 UCS-2 characters per part. A UDH rather than the SAR TLVs because the
 * UDH is what the handset reassembles from, every SMSC passes it through, while SAR TLVs rely on
 * the SMSC to build the header and some do not.
 */
public record SmsParts(byte dataCoding, boolean concatenated, List<byte[]> payloads) {
    public static final byte GSM_7BIT = 0x00;
    public static final byte UCS2 = 0x08;
    static final int GSM_SINGLE = 160;
    static final int GSM_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;
    static final int MAX_PARTS = 255;

    /**
     * @param reference the concatenation reference shared by the parts (low 8 bits used); a new one
     *                  for each message, so a retried message never mixes with an earlier attempt's parts
     */
    public static SmsParts of(String text, int reference) {
        // Precomposed Vietnamese letters are single UCS-2 characters; decomposed ones would cost two.
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> chunks;
        boolean gsm = GsmAlphabet.canEncode(normalised);
        if (gsm) {
            chunks = fits(normalised, GSM_SINGLE, true) ? List.of(normalised) : split(normalised, GSM_PART, true);
        } else {
            chunks = fits(normalised, UCS2_SINGLE, false) ? List.of(normalised) : split(normalised, UCS2_PART, false);
        }
        if (chunks.size() > MAX_PARTS) {
            throw new IllegalArgumentException("Text needs " + chunks.size() + " parts; SMS allows " + MAX_PARTS);
        }
        boolean concatenated = chunks.size() > 1;
        List<byte[]> payloads = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            byte[] body =
                    gsm ? GsmAlphabet.encode(chunks.get(i)) : chunks.get(i).getBytes(StandardCharsets.UTF_16BE);
            payloads.add(concatenated ? withHeader(body, reference, chunks.size(), i + 1) : body);
        }
        return new SmsParts(gsm ? GSM_7BIT : UCS2, concatenated, List.copyOf(payloads));
    }

    private static boolean fits(String text, int limit, boolean gsm) {
        return length(text, 0, text.length(), gsm) <= limit;
    }

    private static int length(String text, int from, int to, boolean gsm) {
        if (!gsm) {
            return to - from;
        }
        int septets = 0;
        for (int i = from; i < to; i++) {
            septets += GsmAlphabet.septets(text.charAt(i));
        }
        return septets;
    }

    /** Cuts at the unit limit without splitting a GSM escape sequence or a UTF-16 surrogate pair. */
    private static List<String> split(String text, int perPart, boolean gsm) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int used = 0;
            while (end < text.length()) {
                char c = text.charAt(end);
                int width = !gsm && Character.isHighSurrogate(c) && end + 1 < text.length() ? 2 : 1;
                int cost = gsm ? GsmAlphabet.septets(c) : width;
                if (used + cost > perPart) {
                    break;
                }
                used += cost;
                end += width;
            }
            chunks.add(text.substring(start, end));
            start = end;
        }
        return chunks;
    }

    private static byte[] withHeader(byte[] body, int reference, int total, int sequence) {
        byte[] payload = new byte[6 + body.length];
        payload[0] = 0x05; // header length
        payload[1] = 0x00; // IEI: concatenated message, 8-bit reference
        payload[2] = 0x03; // IE length
        payload[3] = (byte) reference;
        payload[4] = (byte) total;
        payload[5] = (byte) sequence;
        System.arraycopy(body, 0, payload, 6, body.length);
        return payload;
    }

    public int count() {
        return payloads.size();
    }
}
