package vn.donghanh.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.common.ApiException;
import vn.donghanh.intake.ColumnMapping;
import vn.donghanh.intake.HeaderMatcher;
import vn.donghanh.intake.ImportField;
import vn.donghanh.intake.ImportRow;
import vn.donghanh.intake.IntakeService;
import vn.donghanh.intake.SheetReader;
import vn.donghanh.security.Role;

/**
 * "Nhập từ Excel": a commune's list of persons into the registry, in steps that write nothing until
 * the officer confirms. Upload an {@code .xlsx} ({@link SheetReader}: refused in plain words when it
 * is not one, is password-protected, has macros, is broken or too big); map its columns once (the
 * mapping proposed from the header words, remembered for the commune's lists with these headers);
 * a preview of every row as it will be registered with every problem ({@link IntakeService#analyse}:
 * the API's validation and rules); confirm, registering every row in one transaction or, with "skip
 * the bad rows", the good ones, with the skipped rows back as an {@code .xlsx} with a reason column.
 * The registration runs in the background; the progress page polls a fragment with htmx.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class ImportController {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** A preview shows every row with a problem (up to this many) and the first good rows. */
    static final int PREVIEW_BAD = 1000;

    static final int PREVIEW_GOOD = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);

    private final IntakeService intake;
    private final ImportJobs jobs;

    public ImportController(IntakeService intake, ImportJobs jobs) {
        this.intake = intake;
        this.jobs = jobs;
    }

    @Get(value = ConsolePaths.IMPORT, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> uploadPage(HttpRequest<?> request, ConsoleSession session) {
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        return ConsolePage.render("console/import", uploadModel(request, session, null));
    }

    @Post(value = ConsolePaths.IMPORT, consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> upload(
            HttpRequest<?> request,
            ConsoleSession session,
            @Part(ConsoleCsrf.FIELD) @Nullable String csrf,
            @Part("file") @Nullable CompletedFileUpload file) {
        ConsoleCsrf.require(request, session.csrfToken(), csrf == null ? Map.of() : Map.of(ConsoleCsrf.FIELD, csrf));
        if (!session.caller().is(Role.OFFICER)) {
            return ConsolePage.render(HttpStatus.FORBIDDEN, "console/forbidden", ConsolePage.model(request, session));
        }
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            return refusedFile(request, session, "import.refused.none");
        }
        if (file.getSize() > MAX_BYTES) {
            return refusedFile(request, session, "import.refused.tooLarge");
        }
        List<SheetReader.SheetRow> sheet;
        try {
            sheet = SheetReader.read(file.getFilename(), file.getBytes());
        } catch (SheetReader.Unreadable e) {
            return refusedFile(request, session, "import.refused." + e.reason().name());
        } catch (IOException e) {
            return refusedFile(request, session, "import.refused.MALFORMED");
        }
        Optional<IntakeService.Table> table = IntakeService.table(sheet);
        if (table.isEmpty()) {
            return refusedFile(request, session, "import.refused.noHeader");
        }
        if (table.get().rows().isEmpty()) {
            return refusedFile(request, session, "import.refused.noRows");
        }
        ImportJob job = jobs.start(session.caller().accountId(), file.getFilename(), table.get());
        try {
            Optional<ColumnMapping> remembered = intake.remembered(session.caller(), job.headers());
            if (remembered.isPresent()
                    && complete(remembered.get(), job.headers().size())) {
                job.mapping = remembered.get();
                job.rememberedMapping = true;
                analyse(session, job);
                return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(job.id, "preview")));
            }
            job.mapping = new ColumnMapping(HeaderMatcher.propose(job.headers()), null);
            return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(job.id, "mapping")));
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    /**
     * A body over the server's limit is refused before the upload handler runs: the upload page says
     * so in words rather than the API's problem+json.
     */
    @Error(exception = ContentLengthExceededException.class)
    public HttpResponse<?> tooLarge(HttpRequest<?> request) {
        Optional<ConsoleSession> session = request.getAttribute(ConsoleSession.ATTRIBUTE, ConsoleSession.class);
        if (session.isEmpty()) {
            return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN));
        }
        return ConsolePage.render(
                HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                "console/import",
                uploadModel(request, session.get(), "import.refused.tooLarge"));
    }

    @Get(value = ConsolePaths.IMPORT + "/{id}/mapping", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> mappingPage(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        return withJob(
                request,
                session,
                id,
                job -> ConsolePage.render(
                        "console/import-mapping", mappingModel(request, session, job, job.mapping, List.of())));
    }

    @Post(
            value = ConsolePaths.IMPORT + "/{id}/mapping",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> saveMapping(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return withJob(request, session, id, job -> {
            if (job.state == ImportJob.State.RUNNING || job.state == ImportJob.State.DONE) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(job.id, "progress")));
            }
            ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
            Map<Integer, ImportField> columns = new LinkedHashMap<>();
            List<String> errors = new java.util.ArrayList<>();
            for (int i = 0; i < columnCount(job); i++) {
                ImportField f = ImportField.byJsonName(form.getOrDefault("col." + i, ""));
                if (f == null) {
                    continue;
                }
                if (columns.containsValue(f)) {
                    errors.add(fill(words.get("import.mapping.twice"), words.get("import.field." + f.jsonName())));
                } else {
                    columns.put(i, f);
                }
            }
            ManagementBasis basis = null;
            String basisValue = form.getOrDefault("basis", "");
            for (ManagementBasis b : ManagementBasis.values()) {
                if (b.name().equals(basisValue)) {
                    basis = b;
                }
            }
            ColumnMapping mapping = new ColumnMapping(columns, basis);
            for (ImportField f : ImportField.values()) {
                if (f.required() && !columns.containsValue(f)) {
                    errors.add(fill(words.get("import.mapping.missing"), words.get("import.field." + f.jsonName())));
                }
            }
            if (!columns.containsValue(ImportField.BASIS) && basis == null) {
                errors.add(words.get("import.mapping.basisMissing"));
            }
            if (!errors.isEmpty()) {
                return ConsolePage.render(
                        HttpStatus.BAD_REQUEST,
                        "console/import-mapping",
                        mappingModel(request, session, job, mapping, errors));
            }
            job.mapping = mapping;
            job.rememberedMapping = false;
            intake.remember(session.caller(), job.headers(), mapping);
            analyse(session, job);
            return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(job.id, "preview")));
        });
    }

    @Get(value = ConsolePaths.IMPORT + "/{id}/preview", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> previewPage(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        return withJob(request, session, id, job -> {
            if (job.state == ImportJob.State.MAPPING) {
                return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(job.id, "mapping")));
            }
            return ConsolePage.render("console/import-preview", previewModel(request, session, job, null));
        });
    }

    @Post(
            value = ConsolePaths.IMPORT + "/{id}/confirm",
            consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    public HttpResponse<?> confirm(
            HttpRequest<?> request, ConsoleSession session, @PathVariable String id, @Body Map<String, String> form) {
        ConsoleCsrf.require(request, session.csrfToken(), form);
        return withJob(request, session, id, job -> {
            synchronized (job) {
                if (job.state != ImportJob.State.PREVIEW) {
                    // Confirmed already (a second click, the back button): show where it is.
                    return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(
                            job.id, job.state == ImportJob.State.MAPPING ? "mapping" : "progress")));
                }
                boolean skip = form != null && form.get("skip") != null;
                long good = job.good();
                String refusal = null;
                if (good == 0) {
                    refusal = "import.confirm.nothing";
                } else if (job.bad() > 0 && !skip) {
                    refusal = "import.confirm.badRows";
                }
                if (refusal != null) {
                    return ConsolePage.render(
                            HttpStatus.BAD_REQUEST,
                            "console/import-preview",
                            previewModel(request, session, job, refusal));
                }
                job.skipBadRows = skip;
                job.total = (int) good;
                job.done = 0;
                job.state = ImportJob.State.RUNNING;
            }
            var caller = session.caller();
            jobs.runInBackground(() -> register(caller, job));
            return HttpResponse.seeOther(URI.create(ConsolePaths.importPage(job.id, "progress")));
        });
    }

    @Get(value = ConsolePaths.IMPORT + "/{id}/progress", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> progressPage(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        return withJob(request, session, id, job -> {
            if (job.state == ImportJob.State.MAPPING || job.state == ImportJob.State.PREVIEW) {
                return HttpResponse.seeOther(URI.create(
                        ConsolePaths.importPage(job.id, job.state == ImportJob.State.MAPPING ? "mapping" : "preview")));
            }
            return ConsolePage.render("console/import-progress", progressModel(request, session, job));
        });
    }

    /** The progress fragment htmx polls (the same section the page shows). */
    @Get(value = ConsolePaths.IMPORT + "/{id}/progress/status", produces = MediaType.TEXT_HTML)
    public HttpResponse<?> progressStatus(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        return withJob(
                request,
                session,
                id,
                job -> ConsolePage.render("console/import-status", progressModel(request, session, job)));
    }

    @Get(value = ConsolePaths.IMPORT + "/{id}/skipped.xlsx")
    public HttpResponse<?> skipped(HttpRequest<?> request, ConsoleSession session, @PathVariable String id) {
        return withJob(request, session, id, job -> {
            if (job.state != ImportJob.State.DONE || !job.skipBadRows) {
                return ConsolePage.refused(request, session, ApiException.notFound());
            }
            ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
            String lang = words.locale().getLanguage();
            int width = columnCount(job);
            List<String> headers = new java.util.ArrayList<>();
            for (int i = 0; i < width; i++) {
                String h = i < job.headers().size() ? job.headers().get(i) : "";
                headers.add(h.isBlank() ? columnLetter(i) : h);
            }
            headers.add(words.get("import.skipped.reason"));
            Map<Integer, SheetReader.SheetRow> byNumber = new LinkedHashMap<>();
            job.dataRows().forEach(r -> byNumber.put(r.number(), r));
            List<List<Object>> rows = job.rows.stream()
                    .filter(r -> !r.ok())
                    .map(r -> {
                        List<Object> cells = new java.util.ArrayList<>();
                        SheetReader.SheetRow original = byNumber.get(r.number());
                        for (int i = 0; i < width; i++) {
                            cells.add(ImportWords.cellValue(original.cell(i)));
                        }
                        cells.add(String.join("; ", ImportWords.texts(r.problems(), words, lang)));
                        return cells;
                    })
                    .toList();
            byte[] xlsx = ConsoleSheet.write(words.get("import.skipped.sheet"), headers, rows);
            return ConsoleSheet.download(words.get("import.skipped.fileName"), xlsx);
        });
    }

    private void register(vn.donghanh.security.Caller caller, ImportJob job) {
        try {
            List<String> created = intake.register(caller, job.rows, n -> job.done = n);
            job.created = created.size();
            job.alreadyThere = job.total - created.size();
            job.done = job.total;
            job.state = ImportJob.State.DONE;
        } catch (ApiException e) {
            job.failure =
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            job.state = ImportJob.State.FAILED;
        } catch (RuntimeException e) {
            LOG.error("import {} failed", job.id, e);
            job.failure = null;
            job.state = ImportJob.State.FAILED;
        } finally {
            job.finishedAt = java.time.Instant.now();
        }
    }

    private void analyse(ConsoleSession session, ImportJob job) {
        job.rows = intake.analyse(session.caller(), job.dataRows(), job.mapping);
        job.state = ImportJob.State.PREVIEW;
    }

    /** A remembered mapping is used as it is only if it still names every column a registration needs. */
    private static boolean complete(ColumnMapping m, int width) {
        for (ImportField f : ImportField.values()) {
            if (f.required() && m.columnOf(f) < 0) {
                return false;
            }
        }
        return m.columns().keySet().stream().allMatch(c -> c < width)
                && (m.columnOf(ImportField.BASIS) >= 0 || m.defaultBasis() != null);
    }

    private HttpResponse<?> withJob(
            HttpRequest<?> request, ConsoleSession session, String id, Function<ImportJob, HttpResponse<?>> page) {
        Optional<ImportJob> job = jobs.find(session.caller().accountId(), id);
        if (job.isEmpty()) {
            // Another account's import, or one forgotten: the same "not found" as the API's.
            return ConsolePage.refused(request, session, ApiException.notFound());
        }
        try {
            return page.apply(job.get());
        } catch (ApiException e) {
            return ConsolePage.refused(request, session, e);
        }
    }

    private HttpResponse<?> refusedFile(HttpRequest<?> request, ConsoleSession session, String key) {
        return ConsolePage.render(HttpStatus.BAD_REQUEST, "console/import", uploadModel(request, session, key));
    }

    private static Map<String, Object> uploadModel(HttpRequest<?> request, ConsoleSession session, String errorKey) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "import");
        model.put("uploadError", errorKey);
        model.put("maxMegabytes", MAX_BYTES / (1024 * 1024));
        return model;
    }

    private static int columnCount(ImportJob job) {
        int width = job.headers().size();
        for (SheetReader.SheetRow r : job.dataRows()) {
            width = Math.max(width, r.cells().size());
        }
        return width;
    }

    static String columnLetter(int index) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(index);
    }

    private static Map<String, Object> mappingModel(
            HttpRequest<?> request, ConsoleSession session, ImportJob job, ColumnMapping mapping, List<String> errors) {
        Map<String, Object> model = ConsolePage.model(request, session);
        model.put("navCurrent", "import");
        model.put("importId", job.id);
        model.put("fileName", job.fileName);
        model.put("headerRow", job.table.header().number());
        model.put("rowCount", job.dataRows().size());
        List<Map<String, Object>> columns = new java.util.ArrayList<>();
        for (int i = 0; i < columnCount(job); i++) {
            final int c = i;
            String header = i < job.headers().size() ? job.headers().get(i) : "";
            List<String> samples = job.dataRows().stream()
                    .map(r -> r.cell(c))
                    .filter(v -> !v.isBlank())
                    .limit(3)
                    .map(ImportWords::shown)
                    .toList();
            ImportField f = mapping.columns().get(i);
            columns.add(ConsolePage.row(
                    "index",
                    i,
                    "letter",
                    columnLetter(i),
                    "header",
                    header,
                    "samples",
                    String.join(" · ", samples),
                    "field",
                    f == null ? "" : f.jsonName()));
        }
        model.put("columns", columns);
        model.put(
                "fields",
                java.util.Arrays.stream(ImportField.values())
                        .map(ImportField::jsonName)
                        .toList());
        model.put(
                "bases",
                java.util.Arrays.stream(ManagementBasis.values())
                        .map(Enum::name)
                        .toList());
        model.put(
                "basis",
                mapping.defaultBasis() == null ? "" : mapping.defaultBasis().name());
        model.put("errors", errors);
        return model;
    }

    private static Map<String, Object> previewModel(
            HttpRequest<?> request, ConsoleSession session, ImportJob job, String refusalKey) {
        Map<String, Object> model = ConsolePage.model(request, session);
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        String lang = words.locale().getLanguage();
        model.put("navCurrent", "import");
        model.put("importId", job.id);
        model.put("fileName", job.fileName);
        model.put("remembered", job.rememberedMapping);
        model.put("total", job.rows.size());
        model.put("good", job.good());
        model.put("bad", job.bad());
        model.put("ignoredBelow", job.table.ignoredBelow());
        model.put("refusal", refusalKey);
        List<ImportRow> shown = new java.util.ArrayList<>();
        job.rows.stream().filter(r -> !r.ok()).limit(PREVIEW_BAD).forEach(shown::add);
        job.rows.stream().filter(ImportRow::ok).limit(PREVIEW_GOOD).forEach(shown::add);
        shown.sort(java.util.Comparator.comparingInt(ImportRow::number));
        model.put("shown", shown.size());
        model.put("rows", shown.stream().map(r -> previewRow(r, words, lang)).toList());
        return model;
    }

    private static Map<String, Object> previewRow(ImportRow r, ConsoleMessages.Words words, String lang) {
        var b = r.body();
        return ConsolePage.row(
                "number", r.number(),
                "ok", r.ok(),
                "fullName", b.fullName(),
                "dateOfBirth", ConsoleFormat.date(b.dateOfBirth()),
                "sex", b.sex() == null ? null : b.sex().name(),
                "nationalId", b.nationalId(),
                "address", b.address(),
                "basis", b.basis() == null ? null : b.basis().name(),
                "decisionNumber", b.decisionNumber(),
                "decisionDate", ConsoleFormat.date(b.decisionDate()),
                "startDate", ConsoleFormat.date(b.startDate()),
                "problems", ImportWords.texts(r.problems(), words, lang),
                "notes", ImportWords.texts(r.notes(), words, lang),
                "caseHref", r.registeredCaseId() == null ? null : ConsolePaths.casePage(r.registeredCaseId()));
    }

    private static Map<String, Object> progressModel(HttpRequest<?> request, ConsoleSession session, ImportJob job) {
        Map<String, Object> model = ConsolePage.model(request, session);
        ConsoleMessages.Words words = ConsoleMessages.forRequest(request);
        model.put("navCurrent", "import");
        model.put("importId", job.id);
        model.put("fileName", job.fileName);
        model.put("state", job.state.name());
        model.put("done", job.done);
        model.put("total", job.total);
        model.put("percent", job.total == 0 ? 0 : (int) Math.floor(100.0 * job.done / job.total));
        model.put("created", job.created);
        model.put("alreadyThere", job.alreadyThere);
        model.put("skipped", job.skipBadRows ? job.bad() : 0);
        model.put("statusHref", ConsolePaths.importPage(job.id, "progress/status"));
        model.put(
                "skippedHref",
                job.skipBadRows && job.bad() > 0 ? ConsolePaths.importPage(job.id, "skipped.xlsx") : null);
        model.put(
                "failure",
                job.failure == null
                        ? null
                        : ImportWords.api(job.failure, words.locale().getLanguage()));
        return model;
    }

    static String fill(String text, String... args) {
        return ImportWords.fill(text, args);
    }
}
