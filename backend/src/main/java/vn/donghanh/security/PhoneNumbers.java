package vn.donghanh.security;

/** Vietnamese phone numbers in one canonical form (0xxxxxxxxx), so "+84 912 345 678" and "0912345678" match. */
public final class PhoneNumbers {
    private PhoneNumbers() {}

    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    public static boolean isValid(String phone) {
        return phone != null && normalise(phone).matches("0\\d{9,10}");
    }
}
