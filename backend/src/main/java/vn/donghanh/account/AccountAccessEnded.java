package vn.donghanh.account;

/** An account may no longer sign in: whatever keeps its sessions alive (refresh tokens) must end. */
public record AccountAccessEnded(String accountId) {}
