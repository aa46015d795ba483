package vn.donghanh.delivery.sms;

import java.util.Optional;
import vn.donghanh.security.PhoneNumbers;

/**
 * SMSCs route on international numbers (TON 1, NPI 1 ISDN/E.164): a Vietnamese local number
 * {@code 0912345678} goes out as {@code 84912345678}. Numbers are first put in the project's
 * canonical form, so every spelling the apps accept ends up the same here.
 */
final class InternationalNumber {
    private static final String VIETNAM = "84";

    private InternationalNumber() {}

    /** The digits to send to, or empty when the phone is not something an SMS can reach. */
    static Optional<String> of(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        if (PhoneNumbers.isValid(phone)) {
            return Optional.of(VIETNAM + PhoneNumbers.normalise(phone).substring(1));
        }
        // A foreign SIM written in E.164 ("+66 81 234 5678"); anything else would be a guess.
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        return digits.matches("\\+[1-9]\\d{6,14}") ? Optional.of(digits.substring(1)) : Optional.empty();
    }
}
