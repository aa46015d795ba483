package vn.donghanh.consent;

/**
 * The person withdrew a consent, published inside the transaction that recorded it. Withdrawal reaches back: the
 * feature that keeps data under the consent erases it in its listener (check-ins: their locations), in the same
 * transaction.
 */
public record ConsentWithdrawnEvent(String caseId, ConsentPurpose purpose) {}
