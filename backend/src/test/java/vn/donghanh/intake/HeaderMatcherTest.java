package vn.donghanh.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Header words to fields: diacritics, case and punctuation aside, and the header row found below a title block. */
class HeaderMatcherTest {

    @Test
    void headerWordsAsCommunesWriteThemNameTheirField() {
        assertEquals(ImportField.FULL_NAME, HeaderMatcher.match("Họ và tên"));
        assertEquals(ImportField.FULL_NAME, HeaderMatcher.match("HỌ TÊN"));
        assertEquals(ImportField.FULL_NAME, HeaderMatcher.match("Ho ten:"));
        assertEquals(ImportField.DATE_OF_BIRTH, HeaderMatcher.match("Ngày sinh"));
        assertEquals(ImportField.DATE_OF_BIRTH, HeaderMatcher.match("Năm sinh"));
        assertEquals(ImportField.DATE_OF_BIRTH, HeaderMatcher.match("Ngày, tháng, năm sinh"));
        assertEquals(ImportField.SEX, HeaderMatcher.match("Giới tính"));
        assertEquals(ImportField.NATIONAL_ID, HeaderMatcher.match("Số CCCD"));
        assertEquals(ImportField.NATIONAL_ID, HeaderMatcher.match("CMND"));
        assertEquals(ImportField.NATIONAL_ID, HeaderMatcher.match("Số CMND/CCCD"));
        assertEquals(ImportField.ADDRESS, HeaderMatcher.match("Địa chỉ"));
        assertEquals(ImportField.ADDRESS, HeaderMatcher.match("Nơi cư trú"));
        assertEquals(ImportField.DECISION_NUMBER, HeaderMatcher.match("Số quyết định"));
        assertEquals(ImportField.DECISION_NUMBER, HeaderMatcher.match("Số QĐ"));
        assertEquals(ImportField.DECISION_DATE, HeaderMatcher.match("Ngày quyết định"));
        assertEquals(ImportField.START_DATE, HeaderMatcher.match("Ngày bắt đầu"));
        assertEquals(ImportField.START_DATE, HeaderMatcher.match("Ngày chấp hành xong"));
        assertEquals(ImportField.BASIS, HeaderMatcher.match("Hình thức cai nghiện"));
        assertEquals(ImportField.PHONE, HeaderMatcher.match("SĐT"));
        assertEquals(ImportField.ETHNICITY, HeaderMatcher.match("Dân tộc"));
    }

    @Test
    void aLongerHeaderIsMatchedByTheWordsItContains() {
        assertEquals(ImportField.DECISION_DATE, HeaderMatcher.match("Ngày quyết định quản lý sau cai"));
        assertEquals(ImportField.ADDRESS, HeaderMatcher.match("Nơi cư trú hiện nay (thôn, tổ)"));
    }

    @Test
    void columnsThatNameNoFieldAreLeftUnmapped() {
        assertNull(HeaderMatcher.match("STT"));
        assertNull(HeaderMatcher.match("Người giúp đỡ"));
        assertNull(HeaderMatcher.match("Ghi chú"));
        assertNull(HeaderMatcher.match(""));
        assertNull(HeaderMatcher.match(null));
    }

    @Test
    void theHeaderRowIsFoundBelowATitleBlockAndEachFieldGoesToItsFirstColumn() {
        List<List<String>> top = List.of(
                List.of("UBND PHƯỜNG TÂN LẬP", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                List.of("DANH SÁCH NGƯỜI SAU CAI NGHIỆN MA TÚY"),
                List.of("STT", "Họ tên", "Số CCCD", "Ngày sinh", "Giới tính", "Họ và tên"));
        assertEquals(2, HeaderMatcher.findHeaderRow(top));
        Map<Integer, ImportField> proposed = HeaderMatcher.propose(top.get(2));
        assertEquals(
                Map.of(
                        1,
                        ImportField.FULL_NAME,
                        2,
                        ImportField.NATIONAL_ID,
                        3,
                        ImportField.DATE_OF_BIRTH,
                        4,
                        ImportField.SEX),
                proposed);
        assertEquals(-1, HeaderMatcher.findHeaderRow(top.subList(0, 2)));
    }

    @Test
    void theRememberedMappingsKeyIgnoresDiacriticsAndCaseButNotOrder() {
        assertEquals(
                HeaderMatcher.key(List.of("Họ và tên", "Ngày sinh")),
                HeaderMatcher.key(List.of("HO VA TEN", "ngay sinh")));
        org.junit.jupiter.api.Assertions.assertNotEquals(
                HeaderMatcher.key(List.of("Họ và tên", "Ngày sinh")),
                HeaderMatcher.key(List.of("Ngày sinh", "Họ và tên")));
    }
}
