package vn.donghanh.common;

/**
 * A record of a case by id, as a feature hands it to the phones' sync snapshot ({@code sync/SyncSnapshot}): the
 * snapshot pages by case, then loads the records through the feature's usual {@code byIds}.
 */
public record CaseRecordId(String caseId, String id) {}
