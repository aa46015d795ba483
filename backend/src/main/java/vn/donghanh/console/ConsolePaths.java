package vn.donghanh.console;

/** The console's addresses, in one place for controllers, templates' links and tests. */
public final class ConsolePaths {
    public static final String START = "/";
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";
    public static final String USE_THE_APP = "/use-the-app";
    public static final String CASES = "/cases";
    public static final String REFERRALS = "/referrals";
    public static final String REFERRALS_XLSX = "/referrals.xlsx";
    public static final String CASES_XLSX = "/cases.xlsx";
    public static final String OVERDUE_XLSX = "/overdue.xlsx";
    public static final String RETENTION_XLSX = "/retention-checks.xlsx";
    /** Hôm nay's actions (take or resolve a help request, acknowledge an alert, answer a retention check). */
    public static final String TODAY_ACTIONS = "/today";

    public static final String SUPERVISION = "/supervision";
    public static final String SUPERVISION_SHEET = "/supervision/sheet";
    public static final String ADMIN = "/admin";
    public static final String ADMIN_UNITS = "/admin/units";
    public static final String ADMIN_ORGANISATIONS = "/admin/organisations";
    public static final String ADMIN_ACCOUNTS = "/admin/accounts";
    public static final String ADMIN_AUDIT = "/admin/audit";
    /** issue 17: what the retention job anonymised. */
    public static final String ADMIN_RETENTION = "/admin/retention";

    public static final String IMPORT = "/import";
    /** Transfers between communes: {@code /transfers/{id}}, {@code /transfers/lookup} (issue 14). */
    public static final String TRANSFERS = "/transfers";

    public static final String TRANSFER_LOOKUP = "/transfers/lookup";

    /** The periodic reports: {@code /reports}, {@code /reports/{period}}, {@code /reports/{period}/units} (issue 15). */
    public static final String REPORTS = "/reports";

    private ConsolePaths() {}

    /** A page of one import: {@code mapping}, {@code preview}, {@code confirm}, {@code progress}, {@code skipped.xlsx}. */
    public static String importPage(String importId, String page) {
        return IMPORT + "/" + importId + "/" + page;
    }

    public static String casePage(String caseId) {
        return CASES + "/" + caseId;
    }

    /** A unit's page in the supervisor's drill-down. */
    public static String supervisionOf(String unitId) {
        return SUPERVISION + "?unit=" + unitId;
    }
}
