package vn.donghanh.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;

/**
 * The "the public knowledge pages open in a browser without signing in", on the demo data:
 * the demo service (its own database) serves its five published pages to anyone, the first also in
 * English, and the demo province's counselling point, methadone clinic and Employment Service Centre
 * on the help page, without their contact persons.
 */
class DemoKnowledgeTest extends IntegrationTest {
    private static ApplicationContext demo;

    private static Api startDemo() {
        Map<String, Object> props = serviceProperties();
        String url = (String) props.get("datasources.default.url");
        int q = url.indexOf('?');
        String base = url.substring(0, q);
        props.put(
                "datasources.default.url",
                base.substring(0, base.lastIndexOf('/') + 1) + "donghanh_demo_knowledge" + url.substring(q)
                        + "&createDatabaseIfNotExist=true");
        props.put("micronaut.server.port", -1);
        props.put("donghanh.auth.bcrypt-cost", 4);
        props.put("donghanh.demo", "true");
        props.put(
                "donghanh.data-dir",
                Path.of("target", "test-data-demo-knowledge").toAbsolutePath().toString());
        props.put("donghanh.report.scan-initial-delay", "3650d");
        demo = ApplicationContext.builder().properties(props).build();
        demo.registerSingleton(Clock.class, CLOCK);
        demo.start();
        return new Api(demo.getBean(EmbeddedServer.class).start().getURI());
    }

    @AfterAll
    static void stopDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    private static ApiResponse vi(Api d, String path) {
        return d.raw("GET", null, path, null, null, Map.of("Accept-Language", "vi"));
    }

    @Test
    void theDemoPagesAndPlacesOfHelpAreOpenToAnyone() {
        Api d = startDemo();
        String index = vi(d, "/kien-thuc").text();
        for (String title : new String[] {
            "Thời gian quản lý sau cai nghiện",
            "Quyền và nghĩa vụ của bạn",
            "Các hình thức cai nghiện",
            "Tìm nơi hỗ trợ ở tỉnh của bạn",
            "Khi bạn cần giúp đỡ"
        }) {
            assertTrue(index.contains(title), title + " in " + index);
        }
        ApiResponse page = vi(d, "/kien-thuc/quan-ly-sau-cai");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<h2>Kéo dài bao lâu?</h2>"), page::text);
        assertTrue(vi(d, "/kien-thuc/quan-ly-sau-cai?lang=en").text().contains("The management period after rehab"));
        assertEquals(
                5,
                d.get(null, "/api/v1/public/knowledge?lang=vi")
                        .json()
                        .get("items")
                        .size());

        Matcher province = Pattern.compile("<option value=\"([0-9a-f-]{36})\"[^>]*>Tỉnh Thái Nguyên</option>")
                .matcher(vi(d, "/kien-thuc/noi-ho-tro").text());
        assertTrue(province.find(), "the demo province is offered");
        String help = vi(d, "/kien-thuc/noi-ho-tro?tinh=" + province.group(1)).text();
        assertTrue(help.contains("Điểm tư vấn, hỗ trợ điều trị nghiện phường Tân Thịnh"), help);
        assertTrue(help.contains("Cơ sở điều trị Methadone thành phố Thái Nguyên"), help);
        assertTrue(help.contains("Trung tâm Dịch vụ việc làm tỉnh Thái Nguyên"), help);
        assertFalse(help.contains("Nông Thị Thu"), "no contact person");
        assertFalse(help.contains("Hà Văn Lợi"), "no contact person");
        assertFalse(help.contains("Trường Cao đẳng"), "a vocational school is not a place of help here");
    }
}
