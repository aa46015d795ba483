package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The supervisor's trend chart: well-formed SVG, accessible, drawn to scale, nothing inline a CSP forbids. */
class TrendChartTest {
    private static final TrendChart.Words WORDS = new TrendChart.Words(
            "Diễn biến 12 tháng của Tỉnh <Thử> & \"Nghiệm\"", "Biểu đồ cột và đường", "Đang quản lý", "Tuân thủ (%)");

    private static List<TrendChart.Point> year() {
        List<TrendChart.Point> points = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            points.add(new TrendChart.Point(String.format("%02d/2026", m), m * 100L, m == 3 ? null : 50 + m));
        }
        return points;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void isWellFormedSvgWithATitleAndADescriptionItIsLabelledBy() throws Exception {
        String svg =
                TrendChart.svg("trend", WORDS, year(), n -> OversightFormat.number(n, Locale.forLanguageTag("vi")));
        Element root = parse(svg).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("trend-title trend-desc", root.getAttribute("aria-labelledby"));
        Element title = (Element) root.getElementsByTagName("title").item(0);
        assertEquals("trend-title", title.getAttribute("id"));
        assertEquals(WORDS.title(), title.getTextContent(), "escaped, and read back as written");
        assertEquals(
                "Biểu đồ cột và đường",
                root.getElementsByTagName("desc").item(0).getTextContent());
        assertFalse(svg.contains("style="), "no inline style: the console's CSP refuses it");
        assertFalse(svg.contains("<script"), svg);
    }

    @Test
    void drawsABarPerMonthToScaleAndBreaksTheLineWhereNothingWasExpected() throws Exception {
        Document doc = parse(TrendChart.svg("t", WORDS, year(), n -> Long.toString(n)));
        NodeList rects = doc.getElementsByTagName("rect");
        List<Element> bars = new ArrayList<>();
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getParentNode() instanceof Element g && "bars".equals(g.getAttribute("class"))) {
                bars.add(r);
            }
        }
        assertEquals(12, bars.size());
        // 1,200 at most: steps of 500 to 2,000 (four round steps), so the last bar is 60% of the plot's height.
        assertEquals(500, TrendChart.niceStep(1200));
        int plot = TrendChart.HEIGHT - TrendChart.TOP - TrendChart.BOTTOM;
        assertEquals(plot * 0.6, Double.parseDouble(bars.get(11).getAttribute("height")), 0.1);
        assertEquals(plot * 0.05, Double.parseDouble(bars.get(0).getAttribute("height")), 0.1, "100 of 2,000");
        assertTrue(bars.get(11).getTextContent().contains("12/2026: 1200 Đang quản lý"));
        // March had nothing expected: no point, and the line starts again in April.
        NodeList dots = doc.getElementsByTagName("circle");
        assertEquals(1 + 11, dots.getLength(), "the legend's dot and one per month with a share");
        String d = ((Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        assertEquals(2, d.split("M").length - 1, "two runs: Jan–Feb and Apr–Dec: " + d);
        assertTrue(doc.getDocumentElement().getTextContent().contains("100%"), "the right axis in percent");
    }

    @Test
    void anEmptyYearDrawsFlatBarsAndNoLine() throws Exception {
        List<TrendChart.Point> none = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            none.add(new TrendChart.Point(m + "/2026", 0, null));
        }
        Document doc = parse(TrendChart.svg("t", WORDS, none, n -> Long.toString(n)));
        assertEquals(0, doc.getElementsByTagName("path").getLength());
        assertEquals(1, TrendChart.niceStep(0));
    }

    @Test
    void numbersAreGroupedTheVietnameseWay() {
        assertEquals("1.234.567", OversightFormat.number(1_234_567, Locale.forLanguageTag("vi")));
        assertEquals("1,234", OversightFormat.number(1_234, Locale.ENGLISH));
        assertEquals("75%", OversightFormat.percent(75, Locale.forLanguageTag("vi")));
        assertEquals("—", OversightFormat.percent(null, Locale.forLanguageTag("vi")));
        assertEquals(new ConsoleFormat.Span("ovs.span.minutes", 45), OversightFormat.minutes(45L));
        assertEquals(new ConsoleFormat.Span("ovs.span.hours", 5), OversightFormat.minutes(300L));
        assertEquals(new ConsoleFormat.Span("ovs.span.days", 3), OversightFormat.minutes(3 * 1440L));
        assertEquals("ovs.span.none", OversightFormat.minutes(null).key());
    }
}
