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

    private ConsolePaths() {}

    public static String casePage(String caseId) {
        return CASES + "/" + caseId;
    }
}
