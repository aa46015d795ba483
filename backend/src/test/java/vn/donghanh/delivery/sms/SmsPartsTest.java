package vn.donghanh.delivery.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Encoding choice and the cut into parts, at the exact limits where it goes wrong. */
class SmsPartsTest {

    private static String body(SmsParts parts, int index) {
        byte[] payload = parts.payloads().get(index);
        byte[] body = parts.concatenated() ? Arrays.copyOfRange(payload, 6, payload.length) : payload;
        return parts.dataCoding() == SmsParts.UCS2
                ? new String(body, StandardCharsets.UTF_16BE)
                : GsmAlphabet.decode(body, 0, body.length);
    }

    @Test
    void gsmTextUpTo160SeptetsIsOneMessage() {
        SmsParts parts = SmsParts.of("a".repeat(160), 1);

        assertEquals(SmsParts.GSM_7BIT, parts.dataCoding());
        assertEquals(1, parts.count());
        assertFalse(parts.concatenated());
    }

    @Test
    void gsmText161SeptetsIsTwoPartsOf153AndTheRest() {
        SmsParts parts = SmsParts.of("a".repeat(161), 7);

        assertEquals(2, parts.count());
        assertEquals(153, body(parts, 0).length());
        assertEquals(8, body(parts, 1).length());
        assertArrayEquals(
                new byte[] {5, 0, 3, 7, 2, 1}, Arrays.copyOf(parts.payloads().get(0), 6));
        assertArrayEquals(
                new byte[] {5, 0, 3, 7, 2, 2}, Arrays.copyOf(parts.payloads().get(1), 6));
    }

    @Test
    void extensionCharactersCountTwiceAndAreNeverCutInHalf() {
        assertEquals(2, SmsParts.of("a".repeat(159) + "€", 1).count(), "159 + 2 septets do not fit in 160");

        SmsParts parts = SmsParts.of("a".repeat(152) + "€" + "b".repeat(10), 1);

        assertEquals("a".repeat(152), body(parts, 0), "the escape and its code stay together in part 2");
        assertEquals("€" + "b".repeat(10), body(parts, 1));
    }

    @Test
    void vietnameseUpTo70CharactersIsOneUcs2Message() {
        SmsParts parts = SmsParts.of("ạ".repeat(70), 1);

        assertEquals(SmsParts.UCS2, parts.dataCoding());
        assertEquals(1, parts.count());
        assertEquals(140, parts.payloads().get(0).length);
    }

    @Test
    void vietnamese71CharactersIsTwoPartsOf67AndTheRest() {
        SmsParts parts = SmsParts.of("ạ".repeat(71), 1);

        assertEquals(2, parts.count());
        assertEquals(67, body(parts, 0).length());
        assertEquals(4, body(parts, 1).length());
    }

    @Test
    void aSurrogatePairIsNeverSplitAcrossParts() {
        String text = "ạ".repeat(66) + "\uD83D\uDE00" + "ạ".repeat(10);

        SmsParts parts = SmsParts.of(text, 1);

        assertEquals("ạ".repeat(66), body(parts, 0));
        assertEquals("\uD83D\uDE00" + "ạ".repeat(10), body(parts, 1));
    }

    @Test
    void decomposedVietnameseIsSentPrecomposed() {
        SmsParts parts = SmsParts.of("Ba\u0323n", 1);

        assertArrayEquals(
                "B\u1EA1n".getBytes(StandardCharsets.UTF_16BE), parts.payloads().get(0));
    }

    @Test
    void textNeedingMoreThan255PartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SmsParts.of("a".repeat(153 * 255 + 1), 1));
        assertTrue(SmsParts.of("a".repeat(153 * 255), 1).count() == 255);
    }

    @Test
    void referenceUsesTheLowEightBits() {
        assertEquals(0x34, SmsParts.of("a".repeat(161), 0x1234).payloads().get(0)[3]);
    }
}
