package vn.donghanh.console;

/** The console's addresses, in one place for controllers, templates' links and tests. */
public final class ConsolePaths {
    public static final String START = "/";
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";
    public static final String USE_THE_APP = "/use-the-app";
    public static final String CASES = "/cases";
    public static final String SUPERVISION = "/supervision";
    public static final String SUPERVISION_SHEET = "/supervision/sheet";
    public static final String ADMIN = "/admin";
    public static final String ADMIN_UNITS = "/admin/units";
    public static final String ADMIN_ORGANISATIONS = "/admin/organisations";
    public static final String ADMIN_ACCOUNTS = "/admin/accounts";
    public static final String ADMIN_AUDIT = "/admin/audit";

    private ConsolePaths() {}

    public static String casePage(String caseId) {
        return CASES + "/" + caseId;
    }

    /** A unit's page in the supervisor's drill-down. */
    public static String supervisionOf(String unitId) {
        return SUPERVISION + "?unit=" + unitId;
    }
}
