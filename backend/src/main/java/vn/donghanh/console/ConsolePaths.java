package vn.donghanh.console;

/** The console's addresses, in one place for controllers, templates' links and tests. */
public final class ConsolePaths {
    public static final String START = "/";
    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";
    public static final String USE_THE_APP = "/use-the-app";
    public static final String CASES = "/cases";
    public static final String IMPORT = "/import";

    private ConsolePaths() {}

    /** A page of one import: {@code mapping}, {@code preview}, {@code confirm}, {@code progress}, {@code skipped.xlsx}. */
    public static String importPage(String importId, String page) {
        return IMPORT + "/" + importId + "/" + page;
    }

    public static String casePage(String caseId) {
        return CASES + "/" + caseId;
    }
}
