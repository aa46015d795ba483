package vn.donghanh.client.presenter;

/** Implemented by the app with its string resources (Vietnamese by default, English). */
public interface CountdownFormatter {
    String format(Countdown countdown);
}
