package vn.donghanh.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * The console in a real browser (headless Chromium) against the running test service: an officer
 * signs in, finds an overdue person on "Hôm nay", opens the case; another commune's officer gets
 * "not found" as the API answers; persons and mentors are sent to the phone app; forms without the
 * CSRF token are refused; the cookie is HttpOnly and SameSite=Strict; signing out ends the session.
 */
class ConsoleBrowserTest extends IntegrationTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static World w;
    private static String overdueCase;
    private static World.Person person;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void setUp() {
        w = World.create(api);
        base = bean(EmbeddedServer.class).getURI().toString().replaceAll("/$", "");
        person = w.activatedPerson("Nguyễn Văn Quá Hạn", "mentorA1");
        overdueCase = person.caseId();
        LocalDate today = LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        ApiResponse plan = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + overdueCase + "/checkin-plans",
                Map.of(
                        "kind",
                        "SELF_CHECKIN",
                        "rrule",
                        "FREQ=DAILY",
                        "effectiveFrom",
                        today.minusDays(5).toString()));
        assertEquals(201, plan.status(), plan::toString);
        ApiResponse asked = api.post(
                person.token(),
                "/api/v1/cases/" + overdueCase + "/help-requests",
                Map.of("id", java.util.UUID.randomUUID().toString(), "category", "CRAVING"));
        assertEquals(201, asked.status(), asked::toString);
        browser = ConsoleBrowser.start("vi");
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void freshBrowser() throws Exception {
        browser.manage().deleteAllCookies();
    }

    @Test
    void anOfficerSignsInSeesTheOverduePersonOpensTheCaseAndSignsOut() throws Exception {
        browser.get(base + "/");
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), "not signed in: the sign-in page");
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        ConsoleBrowser.screenshot(browser, "sign-in");

        signIn(w.username("officerA"), World.PASSWORD);
        assertEquals(base + "/", browser.getCurrentUrl(), browser::getPageSource);
        assertEquals("Hôm nay", browser.findElement(By.tagName("h1")).getText());
        WebElement overdue = browser.findElement(By.id("overdue"));
        WebElement link = overdue.findElement(By.linkText("Nguyễn Văn Quá Hạn"));
        assertEquals(base + "/cases/" + overdueCase, link.getAttribute("href"));
        WebElement row = link.findElement(By.xpath("./ancestor::tr"));
        assertTrue(row.getText().contains("Tự báo cáo"), row::getText);
        assertTrue(row.getText().matches("(?s).*\\d+ ngày.*"), row::getText);
        ConsoleBrowser.screenshot(browser, "today");

        Cookie cookie = browser.manage().getCookieNamed("dh_console");
        assertNotNull(cookie, "the session cookie");
        assertTrue(cookie.isHttpOnly(), "HttpOnly");
        assertEquals("Strict", cookie.getSameSite());
        assertFalse(cookie.isSecure(), "plain HTTP here: Secure only over TLS");
        assertNull(cookie.getExpiry(), "a browser-session cookie; the server enforces the timeouts");

        int logBefore = accessLog().size();
        ConsoleBrowser.submit(browser, link, link::click);
        assertEquals(base + "/cases/" + overdueCase, browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Nguyễn Văn Quá Hạn"));
        String page = browser.findElement(By.id("main")).getText();
        assertTrue(page.contains("Đang quản lý"), page);
        assertTrue(page.contains("Nguyễn Thanh Niên"), "the mentor: " + page);
        assertTrue(page.contains("17/05/1990"), "dates dd/MM/yyyy: " + page);
        assertTrue(browser.findElement(By.id("timeline")).getText().contains("Lập hồ sơ"));
        String help = browser.findElement(By.id("help")).getText();
        assertTrue(help.contains("Thèm sử dụng") && help.contains("Chưa ai nhận"), help);
        ConsoleBrowser.screenshot(browser, "case");
        // The page's contents: a link to every part, and every link lands on its part.
        List<WebElement> parts = browser.findElements(By.cssSelector("#contents a"));
        assertTrue(parts.size() >= 13, "every section, help and timeline: " + parts.size());
        for (WebElement part : parts) {
            String target = part.getAttribute("href").replaceAll(".*#", "");
            assertFalse(
                    browser.findElements(By.id(target)).isEmpty(), "no element #" + target + " for " + part.getText());
        }
        assertTrue(
                parts.stream()
                        .anyMatch(a -> a.getText().equals("Kế hoạch trình báo")
                                && a.getAttribute("href").endsWith("#plans")),
                "the plans link");
        List<JsonNode> log = accessLog();
        assertTrue(log.size() > logBefore, "the console's view is in the person's access log");
        assertTrue(log.toString().contains("Trần Văn Công"), log::toString);

        // Keyboard: the skip link is the first stop and leads to the content.
        browser.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        assertEquals("skip", browser.switchTo().activeElement().getAttribute("class"));

        String token = cookie.getValue();
        WebElement signOut = browser.findElement(By.cssSelector("form[action='/sign-out'] button"));
        ConsoleBrowser.submit(browser, signOut, signOut::click);
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"), browser.getCurrentUrl());
        assertNull(browser.manage().getCookieNamed("dh_console"), "the cookie is cleared");
        HttpResponse<String> after = get("/", token, "vi");
        assertEquals(303, after.statusCode(), "the old session no longer opens a page");
        assertEquals("/sign-in", after.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anOfficerOfAnotherCommuneGetsNotFoundInTheConsoleAsInTheApi() throws Exception {
        browser.get(base + "/sign-in");
        signIn(w.username("officerB"), World.PASSWORD);
        browser.get(base + "/cases/" + overdueCase);
        assertEquals("Không tìm thấy", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Nguyễn Văn Quá Hạn"));
        ConsoleBrowser.screenshot(browser, "not-found");
        assertEquals(
                404,
                api.get(w.token("officerB"), "/api/v1/cases/" + overdueCase).status());
        HttpResponse<String> raw = get("/cases/" + overdueCase, sessionToken(), "vi");
        assertEquals(404, raw.statusCode());
        HttpResponse<String> missing = get("/cases/not-a-uuid", sessionToken(), "vi");
        assertEquals(404, missing.statusCode());
    }

    @Test
    void personsAndMentorsAreSentToThePhoneApp() throws Exception {
        browser.get(base + "/sign-in");
        signIn(w.username("mentorA1"), World.PASSWORD);
        assertTrue(browser.getCurrentUrl().endsWith("/use-the-app"), browser.getCurrentUrl());
        assertEquals(
                "Hãy dùng ứng dụng trên điện thoại",
                browser.findElement(By.tagName("h1")).getText());
        assertNull(browser.manage().getCookieNamed("dh_console"), "no session for a mentor");
        ConsoleBrowser.screenshot(browser, "use-the-app");

        browser.get(base + "/sign-in");
        signIn(person.phone(), "135790");
        assertTrue(browser.getCurrentUrl().endsWith("/use-the-app"), browser.getCurrentUrl());
        assertNull(browser.manage().getCookieNamed("dh_console"), "no session for a person");
    }

    @Test
    void aWrongPasswordIsRefusedWithTheApisOneAnswer() throws Exception {
        browser.get(base + "/sign-in");
        signIn(w.username("officerA"), "wrong password");
        assertTrue(browser.getCurrentUrl().endsWith("/sign-in"));
        assertFalse(browser.findElements(By.id("signin-error")).isEmpty(), browser::getPageSource);
        String error = browser.findElement(By.id("signin-error")).getText();
        assertTrue(error.startsWith("Đăng nhập không thành công"), error);
        assertEquals(
                w.username("officerA"), browser.findElement(By.id("username")).getAttribute("value"));
        ConsoleBrowser.screenshot(browser, "sign-in-failed");
    }

    @Test
    void aPageWhoseTemplateFailsAnswersAt500AtOnceInsteadOfLeavingTheBrowserWaiting() throws Exception {
        String session = signInOverHttp(w.username("officerA"), World.PASSWORD);
        HttpResponse<String> broken = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + BrokenPageController.PATH))
                        .header("Cookie", "dh_console=" + session)
                        .header("Accept-Language", "vi")
                        .timeout(java.time.Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, broken.statusCode(), broken::body);
        assertTrue(broken.body().startsWith("Trang này gặp lỗi khi hiển thị"), broken::body);
        assertEquals(200, get("/", session, "vi").statusCode(), "the next page renders as before");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() throws Exception {
        String session = signInOverHttp(w.username("officerA"), World.PASSWORD);
        HttpResponse<String> noToken = post("/sign-out", session, "");
        assertEquals(403, noToken.statusCode(), noToken::body);
        HttpResponse<String> wrongToken = post("/sign-out", session, "_csrf=" + "x".repeat(43));
        assertEquals(403, wrongToken.statusCode());
        assertEquals(200, get("/", session, "vi").statusCode(), "the session still works: nothing was done");

        // htmx sends the token as a header (hx-headers on the page's body): a wrong one is refused...
        HttpResponse<String> wrongHeader = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-out"))
                        .header("Cookie", "dh_console=" + session)
                        .header("X-CSRF-Token", "y".repeat(43))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrongHeader.statusCode());
        assertEquals(200, get("/", session, "vi").statusCode());
        // ...and the page's own token, as htmx would send it, is accepted.
        Matcher headers = Pattern.compile("hx-headers=\"\\{&quot;X-CSRF-Token&quot;: &quot;([^&]+)&quot;\\}\"")
                .matcher(get("/", session, "vi").body());
        assertTrue(headers.find(), "the page carries its token for htmx");
        HttpResponse<String> rightHeader = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-out"))
                        .header("Cookie", "dh_console=" + session)
                        .header("X-CSRF-Token", headers.group(1))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, rightHeader.statusCode(), rightHeader::body);
        assertEquals(303, get("/", session, "vi").statusCode(), "signed out");

        // The sign-in form needs the token of its own pre-session cookie.
        HttpResponse<String> bare = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + w.username("officerA") + "&password=" + enc(World.PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, bare.statusCode());
    }

    @Test
    void theSessionCookieAndThePagesCarryTheProtectiveHeaders() throws Exception {
        HttpResponse<String> form = get("/sign-in", null, "en");
        assertTrue(form.body().contains("Sign in"), "English when the browser asks for it");
        String session = signInOverHttp(w.username("officerA"), World.PASSWORD);
        for (String path : List.of("/", "/cases/" + overdueCase)) {
            HttpResponse<String> page = get(path, session, "vi");
            assertEquals(200, page.statusCode(), path);
            String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
        }
        HttpResponse<String> htmx = get("/assets/htmx/htmx.min.js", null, "vi");
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"), "htmx is served by the backend");
        assertEquals(200, get("/assets/console/console.css", null, "vi").statusCode());
    }

    @Test
    void aSessionEndsWhenIdleAtItsAbsoluteEndAndWhenTheAccountIsDeactivated() throws Exception {
        String idle = signInOverHttp(w.username("officerA"), World.PASSWORD);
        CLOCK.advance(java.time.Duration.ofMinutes(29));
        assertEquals(200, get("/", idle, "vi").statusCode(), "29 minutes idle: still open");
        CLOCK.advance(java.time.Duration.ofMinutes(29));
        assertEquals(200, get("/", idle, "vi").statusCode(), "used 29 minutes ago: still open");
        CLOCK.advance(java.time.Duration.ofMinutes(31));
        assertEquals(303, get("/", idle, "vi").statusCode(), "31 minutes idle: ended");

        String busy = signInOverHttp(w.username("officerA"), World.PASSWORD);
        for (int i = 0; i < 25; i++) {
            CLOCK.advance(java.time.Duration.ofMinutes(29));
            get("/sign-in", busy, "vi");
        }
        assertEquals(303, get("/", busy, "vi").statusCode(), "past 12 hours: ended however busy");

        w.account("officerGone", "OFFICER", w.communeA, w.policeA, "Cán Bộ Nghỉ Việc");
        String gone = signInOverHttp(w.username("officerGone"), World.PASSWORD);
        assertEquals(200, get("/", gone, "vi").statusCode());
        ApiResponse deactivated = api.post(w.admin, "/api/v1/accounts/" + w.id("officerGone") + "/deactivate", null);
        assertEquals(200, deactivated.status(), deactivated::toString);
        assertEquals(303, get("/", gone, "vi").statusCode(), "a deactivated account's session ends at once");
    }

    @Test
    void theApisBearerSignInIsUnchanged() throws Exception {
        ApiResponse login = api.post(
                null, "/api/v1/auth/login", Map.of("username", w.username("officerA"), "password", World.PASSWORD));
        assertEquals(200, login.status(), login::toString);
        assertEquals(
                200,
                api.get(login.json().get("accessToken").asText(), "/api/v1/overdue")
                        .status());
    }

    // --- helpers ---

    private static void signIn(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        WebElement button = browser.findElement(By.cssSelector("button[type=submit]"));
        ConsoleBrowser.submit(browser, button, button::click);
    }

    private static String sessionToken() {
        return browser.manage().getCookieNamed("dh_console").getValue();
    }

    private List<JsonNode> accessLog() {
        return vn.donghanh.support.Pages.all(api, person.token(), "/api/v1/me/access-log");
    }

    /** Signs in as a browser would (GET the form, POST it with the pre-session cookie); checks the Set-Cookie. */
    private static String signInOverHttp(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get("/sign-in", null, "vi");
        String pre = cookieValue(form, "dh_console_pre");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(csrf.find(), form::body);
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "dh_console_pre=" + pre)
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf.group(1)) + "&username="
                                + enc(username) + "&password=" + enc(password)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode(), r::body);
        String setCookie = r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("dh_console="))
                .findFirst()
                .orElseThrow();
        String attributes = setCookie.toLowerCase(java.util.Locale.ROOT);
        assertTrue(attributes.contains("; httponly"), setCookie);
        assertTrue(attributes.contains("; samesite=strict"), setCookie);
        assertFalse(attributes.contains("; secure"), "not over TLS: " + setCookie);
        return cookieValue(r, "dh_console");
    }

    private static String cookieValue(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + r.headers()));
    }

    private static HttpResponse<String> get(String path, String session, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
        if (session != null) {
            b.header("Cookie", "dh_console=" + session);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String session, String body)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", "dh_console=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
