package vn.donghanh.console;

import java.time.Instant;
import java.util.List;
import vn.donghanh.intake.ColumnMapping;
import vn.donghanh.intake.ImportRow;
import vn.donghanh.intake.IntakeService;
import vn.donghanh.intake.SheetReader;

/**
 * One officer's import, from upload to registered, held in memory between the pages (upload →
 * columns → preview → progress → done). Nothing in it is written anywhere until the officer
 * confirms; it belongs to the account that uploaded it and is forgotten after {@link ImportJobs#TTL}.
 */
final class ImportJob {
    enum State {
        MAPPING,
        PREVIEW,
        RUNNING,
        DONE,
        FAILED
    }

    final String id;
    final String accountId;
    final String fileName;
    final IntakeService.Table table;
    final Instant createdAt;

    volatile State state = State.MAPPING;
    volatile ColumnMapping mapping;
    /** Whether the mapping is the one this commune confirmed for these headers before. */
    volatile boolean rememberedMapping;

    volatile List<ImportRow> rows = List.of();
    volatile boolean skipBadRows;
    volatile int total;
    volatile int done;
    volatile int created;
    volatile int alreadyThere;
    /** The English text of the refusal that rolled the registration back, when it failed. */
    volatile String failure;

    volatile Instant finishedAt;

    ImportJob(String id, String accountId, String fileName, IntakeService.Table table, Instant createdAt) {
        this.id = id;
        this.accountId = accountId;
        this.fileName = fileName;
        this.table = table;
        this.createdAt = createdAt;
    }

    List<String> headers() {
        return table.header().cells();
    }

    List<SheetReader.SheetRow> dataRows() {
        return table.rows();
    }

    long good() {
        return rows.stream().filter(ImportRow::ok).count();
    }

    long bad() {
        return rows.size() - good();
    }
}
