package vn.donghanh.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.donghanh.db.EmbeddedDatabase;
import vn.donghanh.support.Api;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * How long the console's Excel import takes for a commune's list of N persons (default 5,000), from
 * upload to every person registered, through the console's own pages over HTTP as a browser drives
 * them (sign in, upload, map the columns, preview, confirm, poll the progress fragment), against an
 * embedded MariaDB. Prints the time of each step and the total; fails (exit 1) over the ceiling of
 * 60 s. The list is made with POI: a title row, dates as date cells and as text, unique national IDs.
 *
 * <pre>backend/bench/import.sh [rows, default 5000]</pre>
 */
public final class ImportBenchmark {
    private static final Duration CEILING = Duration.ofSeconds(60);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path dir = Path.of("target", "bench-import").toAbsolutePath();
        deleteRecursively(dir);
        EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("db"), 0);
        Map<String, Object> props = new HashMap<>();
        props.put("datasources.default.url", db.jdbcUrl());
        props.put("datasources.default.username", db.username());
        props.put("datasources.default.password", db.password());
        props.put("donghanh.data-dir", dir.resolve("data").toString());
        props.put("donghanh.admin-password", IntegrationTest.ADMIN_PASSWORD);
        props.put("micronaut.server.port", -1);
        props.put("donghanh.supervision.scan-initial-delay", "3650d");
        props.put("donghanh.delivery.initial-delay", "3650d");
        props.put("donghanh.appointments.extend-initial-delay", "3650d");
        props.put("donghanh.reminders.initial-delay", "3650d");
        ApplicationContext context =
                ApplicationContext.builder().properties(props).build();
        context.start();
        boolean ok;
        try {
            URI base = context.getBean(EmbeddedServer.class).start().getURI();
            ok = run(new Api(base), base.toString().replaceAll("/$", ""), rows);
        } finally {
            context.close();
            db.stop();
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(Api api, String base, int rows) throws Exception {
        World w = World.create(api);
        byte[] xlsx = list(rows);
        System.out.printf("list: %,d rows, %,d bytes%n", rows, xlsx.length);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String signIn = get(http, base + "/sign-in").body();
        post(
                http,
                base + "/sign-in",
                Map.of("_csrf", csrf(signIn), "username", w.username("officerA"), "password", World.PASSWORD));
        String csrf = csrf(get(http, base + "/import").body());

        long t0 = System.nanoTime();
        HttpResponse<String> mapping = upload(http, base + "/import", csrf, xlsx);
        long tUpload = System.nanoTime();
        require(mapping.uri().getPath().endsWith("/mapping"), "upload → " + mapping.uri());
        String[] fields = {
            "fullName",
            "dateOfBirth",
            "sex",
            "nationalId",
            "address",
            "basis",
            "decisionNumber",
            "decisionDate",
            "startDate"
        };
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf);
        for (int i = 0; i < fields.length; i++) {
            form.put("col." + i, fields[i]);
        }
        HttpResponse<String> preview = post(http, mapping.uri().toString(), form);
        long tPreview = System.nanoTime();
        require(preview.uri().getPath().endsWith("/preview"), "mapping → " + preview.uri());
        require(preview.body().contains("id=\"count-bad\">0<"), "every generated row is good");
        String confirmAt = preview.uri().toString().replace("/preview", "/confirm");
        HttpResponse<String> progress = post(http, confirmAt, Map.of("_csrf", csrf));
        require(progress.uri().getPath().endsWith("/progress"), "confirm → " + progress.uri());
        String status = progress.uri().toString() + "/status";
        String body = progress.body();
        while (!body.contains("id=\"count-created\"") && !body.contains("class=\"error\"")) {
            Thread.sleep(200);
            body = get(http, status).body();
        }
        long tDone = System.nanoTime();
        Matcher created = Pattern.compile("id=\"count-created\">([\\d.,]+)<").matcher(body);
        require(created.find(), "done: " + body);
        int registered = Integer.parseInt(created.group(1).replaceAll("[.,]", ""));

        Duration total = Duration.ofNanos(tDone - t0);
        System.out.printf("upload + read + header      %6d ms%n", (tUpload - t0) / 1_000_000);
        System.out.printf("mapping + preview (checks)  %6d ms%n", (tPreview - tUpload) / 1_000_000);
        System.out.printf("confirm → all registered    %6d ms%n", (tDone - tPreview) / 1_000_000);
        System.out.printf(
                "total upload → registered   %6d ms  (%,d registered; ceiling %d s)%n",
                total.toMillis(), registered, CEILING.toSeconds());
        boolean ok = registered == rows && total.compareTo(CEILING) <= 0;
        System.out.println(ok ? "OK" : "OVER THE CEILING OR INCOMPLETE");
        return ok;
    }

    /** A commune's list: a title row, then the header and {@code rows} distinct persons. */
    static byte[] list(int rows) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet s = book.createSheet("Danh sách");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH NGƯỜI SAU CAI NGHIỆN MA TÚY ĐANG QUẢN LÝ");
            String[] header = {
                "Họ và tên",
                "Ngày sinh",
                "Giới tính",
                "Số CCCD",
                "Nơi cư trú",
                "Hình thức cai nghiện",
                "Số quyết định",
                "Ngày quyết định",
                "Ngày bắt đầu"
            };
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
            String[] middle = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Hữu"};
            String[] given = {"An", "Bình", "Cường", "Dũng", "Hải", "Khánh", "Long", "Nam", "Sơn", "Tâm", "Tuấn"};
            for (int r = 0; r < rows; r++) {
                Row row = s.createRow(3 + r);
                row.createCell(0)
                        .setCellValue(family[r % family.length] + " " + middle[(r / 10) % middle.length] + " "
                                + given[(r / 60) % given.length] + " " + (r + 1));
                LocalDate dob = LocalDate.of(1970 + r % 30, 1 + r % 12, 1 + r % 28);
                if (r % 2 == 0) {
                    row.createCell(1).setCellValue(dob);
                    row.getCell(1).setCellStyle(date);
                } else {
                    row.createCell(1)
                            .setCellValue(dob.getDayOfMonth() + "/" + dob.getMonthValue() + "/" + dob.getYear());
                }
                row.createCell(2).setCellValue(r % 7 == 0 ? "Nữ" : "Nam");
                row.createCell(3).setCellValue(String.format("0%02d%09d", 1 + r % 90, 100_000_000L + r));
                row.createCell(4).setCellValue("Tổ " + (1 + r % 20));
                row.createCell(5)
                        .setCellValue(
                                r % 3 == 0 ? "Cai bắt buộc" : r % 3 == 1 ? "Cai tự nguyện" : "Điều trị Methadone");
                row.createCell(6).setCellValue((100 + r) + "/QĐ-UBND");
                row.createCell(7).setCellValue("01/03/2025");
                row.createCell(8).setCellValue("10/03/2025");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        require(m.find(), "no CSRF field in the page");
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> upload(HttpClient http, String url, String csrf, byte[] xlsx) throws Exception {
        String boundary = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"danh-sach.xlsx\"\r\n"
                                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(xlsx);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException("benchmark step failed: " + what);
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
