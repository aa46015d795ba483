package vn.donghanh.client.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class Rfc3339Test {
    // 2026-11-24T00:30:00Z
    private static final long T = 1_795_480_200_000L;

    @Test
    void parsesUtcAndOffsetsToTheSameInstant() {
        assertEquals(T, Rfc3339.parse("2026-11-24T00:30:00Z"));
        assertEquals(T, Rfc3339.parse("2026-11-24T07:30:00+07:00"));
        assertEquals(T, Rfc3339.parse("2026-11-23T19:30:00-05:00"));
        assertEquals(T, Rfc3339.parse("2026-11-24t00:30:00z"));
    }

    @Test
    void keepsMillisecondsAndTruncatesMicroseconds() {
        assertEquals(T + 123, Rfc3339.parse("2026-11-24T00:30:00.123456Z"));
        assertEquals(T + 500, Rfc3339.parse("2026-11-24T00:30:00.5Z"));
    }

    @Test
    void rejectsWhatIsNotRfc3339() {
        assertThrows(IllegalArgumentException.class, () -> Rfc3339.parse("2026-11-24T00:30:00"));
        assertThrows(IllegalArgumentException.class, () -> Rfc3339.parse("2026-11-24 00:30"));
        assertThrows(IllegalArgumentException.class, () -> Rfc3339.parse("2026-13-24T00:30:00Z"));
        assertThrows(IllegalArgumentException.class, () -> Rfc3339.parse("2026-02-30T00:30:00Z"));
        assertThrows(IllegalArgumentException.class, () -> Rfc3339.parse("2026-11-24T00:30:00+0700"));
        assertThrows(IllegalArgumentException.class, () -> Rfc3339.parse("2026-11-24T00:30:00.Z"));
    }

    @Test
    void formatsAndParsesBack() {
        assertEquals("2026-11-24T00:30:00.000Z", Rfc3339.formatUtc(T));
        TimeZone hcm = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
        assertEquals("2026-11-24T07:30:00.000+07:00", Rfc3339.format(T, hcm));
        assertEquals("2026-11-24T07:30:00", Rfc3339.formatLocal(T, hcm));
        TimeZone ny = TimeZone.getTimeZone("America/New_York");
        assertEquals("2026-11-23T19:30:00.000-05:00", Rfc3339.format(T, ny));
        assertEquals(T, Rfc3339.parse(Rfc3339.format(T, ny)));
    }
}
