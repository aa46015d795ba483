package vn.donghanh.app.storage;

import android.content.ContentValues;
import android.database.Cursor;
import android.database.sqlite.SQLiteDatabase;
import android.database.sqlite.SQLiteOpenHelper;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.client.reminder.PlannedAlarm;

/**
 * Planned alarms kept in SQLite. Two tables share the shape: {@code scheduled_alarm} (what is set
 * in AlarmManager now, the "previous plan" core's AlarmPlanDiff compares against) and
 * {@code pending_acknowledgement} (an answer given from a notification before the server's
 * reminder id had synced, kept until it can be queued).
 */
public final class AlarmTable {
    public static final String SCHEDULED = "scheduled_alarm";
    public static final String PENDING_ACKNOWLEDGEMENT = "pending_acknowledgement";

    private final SQLiteOpenHelper database;
    private final String table;

    public AlarmTable(SQLiteOpenHelper database, String table) {
        this.database = database;
        this.table = table;
    }

    static void create(SQLiteDatabase db, String table) {
        db.execSQL("CREATE TABLE " + table + " ("
                + "alarm_key TEXT PRIMARY KEY,"
                + "occurrence_id TEXT NOT NULL,"
                + "case_id TEXT,"
                + "appointment_type TEXT,"
                + "offset_minutes INTEGER NOT NULL,"
                + "starts_at INTEGER NOT NULL,"
                + "trigger_at INTEGER NOT NULL,"
                + "title_key TEXT NOT NULL,"
                + "body_key TEXT NOT NULL,"
                + "time_text TEXT NOT NULL,"
                + "response TEXT)");
    }

    /** Every alarm (with the stored response, for pending acknowledgements). */
    public synchronized List<Row> all() {
        List<Row> out = new ArrayList<>();
        try (Cursor c = database.getReadableDatabase()
                .query(
                        table,
                        new String[] {
                            "occurrence_id",
                            "case_id",
                            "appointment_type",
                            "offset_minutes",
                            "starts_at",
                            "trigger_at",
                            "title_key",
                            "body_key",
                            "time_text",
                            "response"
                        },
                        null,
                        null,
                        null,
                        null,
                        "trigger_at")) {
            while (c.moveToNext()) {
                out.add(new Row(
                        new PlannedAlarm(
                                c.getString(0),
                                c.getString(1),
                                c.getString(2),
                                c.getLong(3),
                                c.getLong(4),
                                c.getLong(5),
                                c.getString(6),
                                c.getString(7),
                                c.getString(8)),
                        c.getString(9)));
            }
        }
        return out;
    }

    public List<PlannedAlarm> alarms() {
        List<PlannedAlarm> out = new ArrayList<>();
        for (Row row : all()) {
            out.add(row.alarm);
        }
        return out;
    }

    /** Replaces the whole table in one transaction. */
    public synchronized void replaceAll(List<PlannedAlarm> alarms) {
        SQLiteDatabase db = database.getWritableDatabase();
        db.beginTransaction();
        try {
            db.delete(table, null, null);
            for (PlannedAlarm a : alarms) {
                db.insertOrThrow(table, null, values(a, null));
            }
            db.setTransactionSuccessful();
        } finally {
            db.endTransaction();
        }
    }

    public synchronized void put(PlannedAlarm alarm, String response) {
        database.getWritableDatabase()
                .insertWithOnConflict(table, null, values(alarm, response), SQLiteDatabase.CONFLICT_REPLACE);
    }

    public synchronized void remove(String alarmKey) {
        database.getWritableDatabase().delete(table, "alarm_key = ?", new String[] {alarmKey});
    }

    public synchronized void clear() {
        database.getWritableDatabase().delete(table, null, null);
    }

    private static ContentValues values(PlannedAlarm a, String response) {
        ContentValues v = new ContentValues();
        v.put("alarm_key", a.key);
        v.put("occurrence_id", a.occurrenceId);
        v.put("case_id", a.caseId);
        v.put("appointment_type", a.appointmentType);
        v.put("offset_minutes", a.offsetMinutes);
        v.put("starts_at", a.startsAtMillis);
        v.put("trigger_at", a.triggerAtMillis);
        v.put("title_key", a.titleKey);
        v.put("body_key", a.bodyKey);
        v.put("time_text", a.timeText);
        v.put("response", response);
        return v;
    }

    /** An alarm and, in the acknowledgement table, the answer given. */
    public static final class Row {
        public final PlannedAlarm alarm;
        public final String response;

        public Row(PlannedAlarm alarm, String response) {
            this.alarm = alarm;
            this.response = response;
        }
    }
}
