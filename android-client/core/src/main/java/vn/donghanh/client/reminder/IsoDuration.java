package vn.donghanh.client.reminder;

/** The ISO-8601 durations the server sends for reminder offsets (P1D, PT1H, PT30M, P1DT2H...). */
final class IsoDuration {
    private IsoDuration() {}

    /** Whole minutes, or -1 when the text is not a day/hour/minute duration. */
    static long minutes(String text) {
        if (text == null || !text.startsWith("P")) {
            return -1;
        }
        long total = 0;
        long number = 0;
        boolean inTime = false;
        boolean haveDigits = false;
        int components = 0;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                number = number * 10 + (c - '0');
                haveDigits = true;
            } else if (c == 'T' && !inTime && !haveDigits) {
                inTime = true;
            } else if (haveDigits && c == 'D' && !inTime) {
                total += number * 24 * 60;
                number = 0;
                haveDigits = false;
                components++;
            } else if (haveDigits && c == 'H' && inTime) {
                total += number * 60;
                number = 0;
                haveDigits = false;
                components++;
            } else if (haveDigits && c == 'M' && inTime) {
                total += number;
                number = 0;
                haveDigits = false;
                components++;
            } else if (haveDigits && c == 'S' && inTime) {
                number = 0;
                haveDigits = false;
                components++;
            } else {
                return -1;
            }
        }
        return haveDigits || components == 0 ? -1 : total;
    }
}
