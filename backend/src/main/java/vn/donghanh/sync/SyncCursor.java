package vn.donghanh.sync;

import java.util.List;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Cursor;
import vn.donghanh.sync.SyncModels.Type;

/**
 * Where a phone is in the feed. Either incremental ({@code sync}: the last change number it has applied) or in a
 * snapshot ({@code snap}: the change number the snapshot began at, and the last record it sent, by case, type
 * and id, or by notification id once the cases are done). No cursor: a snapshot from its start.
 */
record SyncCursor(boolean snapshot, long position, boolean inNotifications, String caseId, Type type, String entityId) {
    private static final String INCREMENTAL = "sync";
    private static final String SNAPSHOT = "snap";
    /** Inside a snapshot cursor's second part: ids are UUIDs and types are names, neither holds it. */
    private static final String SEP = "|";

    static SyncCursor start() {
        return new SyncCursor(true, -1, false, "", null, "");
    }

    static SyncCursor after(long seq) {
        return new SyncCursor(false, seq, false, "", null, "");
    }

    boolean isStart() {
        return snapshot && position < 0;
    }

    SyncCursor at(long position) {
        return new SyncCursor(snapshot, position, inNotifications, caseId, type, entityId);
    }

    /** A snapshot cursor just after {@code item}. */
    SyncCursor past(SyncSnapshot.Item item) {
        boolean notifications = item.type() == Type.NOTIFICATION;
        return new SyncCursor(
                true,
                position,
                notifications,
                notifications ? "" : item.caseId(),
                notifications ? null : item.type(),
                item.id());
    }

    /** Whether {@code item} comes after this snapshot cursor (within the cases' part). */
    boolean isBefore(SyncSnapshot.Item item) {
        if (type == null) {
            return true;
        }
        return SyncSnapshot.ORDER.compare(new SyncSnapshot.Item(type, entityId, caseId), item) < 0;
    }

    String encode() {
        if (!snapshot) {
            return Cursor.encode(INCREMENTAL, Long.toString(position));
        }
        String where = String.join(
                SEP,
                Long.toString(position),
                inNotifications ? "N" : "C",
                caseId,
                type == null ? "" : type.name(),
                entityId);
        return Cursor.encode(SNAPSHOT, where);
    }

    static SyncCursor decode(String cursor) {
        if (cursor == null) {
            return start();
        }
        List<String> parts = Cursor.decode(cursor, 2);
        try {
            if (INCREMENTAL.equals(parts.get(0))) {
                return after(nonNegative(parts.get(1)));
            }
            if (SNAPSHOT.equals(parts.get(0))) {
                String[] p = parts.get(1).split("\\" + SEP, -1);
                if (p.length != 5 || !(p[1].equals("C") || p[1].equals("N"))) {
                    throw invalid();
                }
                Type type = p[3].isEmpty() ? null : Type.valueOf(p[3]);
                return new SyncCursor(true, nonNegative(p[0]), p[1].equals("N"), p[2], type, p[4]);
            }
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw invalid();
        }
        throw invalid();
    }

    private static long nonNegative(String s) {
        long n = Long.parseLong(s);
        if (n < 0) {
            throw new NumberFormatException();
        }
        return n;
    }

    private static ApiException invalid() {
        return ApiException.badField("cursor", "is not a cursor this feed issued");
    }
}
