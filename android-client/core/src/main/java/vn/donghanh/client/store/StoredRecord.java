package vn.donghanh.client.store;

/** One synced record: its type (CASE, APPOINTMENT, ...), id, case and the server's JSON. */
public final class StoredRecord {
    public final String type;
    public final String id;
    public final String caseId;
    public final String json;

    public StoredRecord(String type, String id, String caseId, String json) {
        this.type = type;
        this.id = id;
        this.caseId = caseId;
        this.json = json;
    }
}
