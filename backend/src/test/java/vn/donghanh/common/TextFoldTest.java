package vn.donghanh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextFoldTest {
    @Test
    void foldsVietnameseDiacriticsAndTheLetterD() {
        assertEquals("nguyen van a", TextFold.fold("Nguyễn Văn A"));
        assertEquals("dang thi duong", TextFold.fold("ĐẶNG  Thị   Đường"));
        assertEquals("ho chi minh", TextFold.fold("Hồ Chí Minh"));
        assertEquals("quynh uyen", TextFold.fold("Quỳnh Uyên"));
        // Composed and decomposed input fold the same way.
        assertEquals(TextFold.fold("Nguye\u0302\u0303n"), TextFold.fold("Nguyễn"));
    }
}
