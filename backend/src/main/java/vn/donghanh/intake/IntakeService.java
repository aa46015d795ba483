package vn.donghanh.intake;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.common.TextFold;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * A commune's list of persons into the registry: each row read into the API's {@code RegisterCase},
 * checked with the API's own bean validation and {@link CaseService}'s rules, matched against the
 * registry and the rest of the file, and registered on confirmation through {@link CaseService} (its
 * scope, its audit rows). Every row gets an id derived from the commune and who the person is (the
 * national ID, else the folded name and date of birth), so the same list imported twice names the
 * same cases and registers no one twice.
 */
@Singleton
public class IntakeService {
    private final CaseService cases;
    private final Validator validator;
    private final ImportMappingStore mappings;
    private final Clock clock;

    public IntakeService(CaseService cases, Validator validator, ImportMappingStore mappings, ServiceTime time) {
        this.cases = cases;
        this.validator = validator;
        this.mappings = mappings;
        this.clock = time.clock();
    }

    /** The header row and the rows of the table below it, up to the first blank row (totals and signatures are below). */
    public record Table(SheetReader.SheetRow header, List<SheetReader.SheetRow> rows, int ignoredBelow) {}

    /** The table of a sheet, or empty when no row in the top rows reads as a header. */
    public static Optional<Table> table(List<SheetReader.SheetRow> sheet) {
        List<List<String>> top = sheet.stream()
                .limit(HeaderMatcher.SEARCH_ROWS)
                .map(SheetReader.SheetRow::cells)
                .toList();
        int h = HeaderMatcher.findHeaderRow(top);
        if (h < 0) {
            return Optional.empty();
        }
        SheetReader.SheetRow header = sheet.get(h);
        List<SheetReader.SheetRow> rows = new ArrayList<>();
        int previous = header.number();
        int i = h + 1;
        for (; i < sheet.size(); i++) {
            SheetReader.SheetRow r = sheet.get(i);
            if (r.number() > previous + 1 && !rows.isEmpty()) {
                break;
            }
            previous = r.number();
            if (rows.isEmpty() && r.cells().stream().allMatch(c -> c.isBlank() || c.matches("\\(?\\d{1,2}\\)?"))) {
                continue; // the column-numbering row some lists have under the header: (1) (2) (3) …
            }
            rows.add(r);
        }
        return Optional.of(new Table(header, rows, sheet.size() - i));
    }

    /** The mapping this commune last confirmed for a list with these headers. */
    @Transactional
    public Optional<ColumnMapping> remembered(Caller caller, List<String> headers) {
        requireOfficer(caller);
        return mappings.find(caller.unitId(), HeaderMatcher.key(headers)).map(ColumnMapping::parse);
    }

    /** Remembers {@code mapping} for this commune's lists with these headers. */
    @Transactional
    public void remember(Caller caller, List<String> headers, ColumnMapping mapping) {
        requireOfficer(caller);
        mappings.save(
                caller.unitId(), HeaderMatcher.key(headers), mapping.serialise(), caller.accountId(), clock.instant());
    }

    /**
     * Every row of the table as it would be registered in the caller's commune, with every problem:
     * what could not be read, the API's bean validation, the service's rules, the same person earlier
     * in the file, a person already registered. Writes nothing but the audit rows of the cases matched.
     */
    @Transactional
    public List<ImportRow> analyse(Caller caller, List<SheetReader.SheetRow> rows, ColumnMapping mapping) {
        requireOfficer(caller);
        UUID commune = UUID.fromString(caller.unitId());
        List<Map<ImportField, String>> cellsOf = new ArrayList<>(rows.size());
        List<RowReader.Read> reads = new ArrayList<>(rows.size());
        List<List<ImportRow.Problem>> problems = new ArrayList<>(rows.size());
        List<CaseModels.RegisterCase> checkable = new ArrayList<>();
        List<Integer> checkableIndex = new ArrayList<>();
        for (SheetReader.SheetRow row : rows) {
            Map<ImportField, String> cells = RowReader.cells(mapping, row);
            RowReader.Read read = RowReader.read(commune, mapping, cells);
            CaseModels.RegisterCase body = withId(read.body(), rowId(commune, read.body()));
            read = new RowReader.Read(body, read.problems(), read.notes());
            List<ImportRow.Problem> ps = new ArrayList<>(read.problems());
            for (ConstraintViolation<CaseModels.RegisterCase> v : validator.validate(body)) {
                String field = v.getPropertyPath().toString();
                boolean unread = ps.stream().anyMatch(p -> field.equals(p.field()));
                if (!unread) { // a value that did not read is already its problem; "must not be null" says less
                    ps.add(ImportRow.Problem.api(field, v.getMessage()));
                }
            }
            if (ruleCheckable(body)) {
                // The service's rules run whenever the values they compare are there, so a row shows
                // every problem at once, not the rules' only after the fields are fixed.
                checkable.add(body);
                checkableIndex.add(reads.size());
            }
            cellsOf.add(cells);
            reads.add(read);
            problems.add(ps);
        }
        List<List<ApiException.FieldError>> rules = cases.registrationProblems(caller, checkable);
        for (int i = 0; i < checkable.size(); i++) {
            List<ImportRow.Problem> ps = problems.get(checkableIndex.get(i));
            for (ApiException.FieldError e : rules.get(i)) {
                ImportRow.Problem p = ImportRow.Problem.api(e.field(), e.message());
                if (!ps.contains(p)) { // bean validation and the rules both refuse a decision in the future
                    ps.add(p);
                }
            }
        }
        List<String> registered = cases.alreadyRegistered(
                caller,
                reads.stream()
                        .map(r -> new CaseService.IdentityProbe(
                                r.body().fullName(),
                                r.body().dateOfBirth(),
                                r.body().nationalId()))
                        .toList());
        Map<String, Integer> firstByNationalId = new HashMap<>();
        Map<String, Integer> firstByNameAndBirth = new HashMap<>();
        List<ImportRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CaseModels.RegisterCase b = reads.get(i).body();
            List<ImportRow.Problem> ps = problems.get(i);
            int number = rows.get(i).number();
            if (registered.get(i) != null) {
                ps.add(ImportRow.Problem.words(null, "import.problem.registered"));
            } else {
                Integer same = null;
                if (b.nationalId() != null) {
                    same = firstByNationalId.putIfAbsent(b.nationalId(), number);
                }
                if (same == null && b.fullName() != null && b.dateOfBirth() != null) {
                    same = firstByNameAndBirth.putIfAbsent(TextFold.fold(b.fullName()) + "|" + b.dateOfBirth(), number);
                }
                if (same != null) {
                    ps.add(ImportRow.Problem.words(null, "import.problem.sameAsRow", String.valueOf(same)));
                }
            }
            out.add(new ImportRow(
                    number, cellsOf.get(i), b, List.copyOf(ps), reads.get(i).notes(), registered.get(i)));
        }
        return out;
    }

    /** Whether a body has every value {@link CaseService#registrationProblems} compares. */
    private static boolean ruleCheckable(CaseModels.RegisterCase b) {
        return b.adminUnitId() != null
                && b.fullName() != null
                && b.dateOfBirth() != null
                && b.basis() != null
                && b.decisionDate() != null
                && b.startDate() != null;
    }

    /**
     * Registers the rows without problems in one transaction (all or, on a refusal, none), through
     * {@link CaseService#registerAll}; the ids of the cases created. {@code progress} hears how many are done.
     */
    public List<String> register(Caller caller, List<ImportRow> rows, IntConsumer progress) {
        requireOfficer(caller);
        List<CaseModels.RegisterCase> bodies =
                rows.stream().filter(ImportRow::ok).map(ImportRow::body).toList();
        return cases.registerAll(caller, bodies, progress);
    }

    /**
     * The row's case id: a name-based UUID of the commune and the person (national ID, else folded
     * name and date of birth), so a repeated import sends the same id and the service answers with
     * the case it made the first time. Null when the row names no one.
     */
    static UUID rowId(UUID commune, CaseModels.RegisterCase b) {
        String who;
        if (b.nationalId() != null) {
            who = "nid:" + b.nationalId();
        } else if (b.fullName() != null && b.dateOfBirth() != null) {
            who = "name:" + TextFold.fold(b.fullName()) + "|" + b.dateOfBirth();
        } else {
            return null;
        }
        return UUID.nameUUIDFromBytes(("donghanh-import|" + commune + "|" + who).getBytes(StandardCharsets.UTF_8));
    }

    private static CaseModels.RegisterCase withId(CaseModels.RegisterCase b, UUID id) {
        return new CaseModels.RegisterCase(
                id,
                b.adminUnitId(),
                b.fullName(),
                b.dateOfBirth(),
                b.sex(),
                b.ethnicity(),
                b.preferredLanguage(),
                b.phone(),
                b.nationalId(),
                b.address(),
                b.basis(),
                b.decisionNumber(),
                b.decisionDate(),
                b.startDate(),
                b.timeZone());
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("only commune officers manage cases");
        }
    }
}
