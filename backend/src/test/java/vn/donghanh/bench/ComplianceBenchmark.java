package vn.donghanh.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.checkin.ComplianceCalculator;
import vn.donghanh.checkin.PlanKind;

/**
 * How long the overdue list's arithmetic takes for a province: N cases, each with a daily self
 * check-in, a fortnightly mentor contact and a monthly office presence over a 2-year management
 * period, with ~80 % of check-ins present. Prints cases/s and heap used. No database: this isolates
 * the compliance computation that the overdue list and the escalation scan run on every call.
 *
 * <pre>backend/bench/compliance.sh 3000</pre>
 */
public final class ComplianceBenchmark {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        LocalDate start = LocalDate.of(2025, 1, 6);
        Instant now = LocalDate.of(2026, 11, 20).atTime(10, 0).atZone(VN).toInstant();
        Random random = new Random(42);
        List<ComplianceCalculator.StatusSpan> statuses =
                List.of(new ComplianceCalculator.StatusSpan(start, CaseStatus.ACTIVE));
        List<List<Instant>> checkins = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            List<Instant> days = new ArrayList<>();
            for (LocalDate d = start; d.isBefore(LocalDate.of(2026, 11, 20)); d = d.plusDays(1)) {
                if (random.nextInt(10) < 8) {
                    days.add(d.atTime(7 + random.nextInt(14), random.nextInt(60))
                            .atZone(VN)
                            .toInstant());
                }
            }
            checkins.add(days);
        }
        List<List<ComplianceCalculator.PlanVersion>> plans = List.of(
                List.of(new ComplianceCalculator.PlanVersion(
                        "a", "a", PlanKind.SELF_CHECKIN, "FREQ=DAILY", Duration.ofHours(12), start, null)),
                List.of(new ComplianceCalculator.PlanVersion(
                        "b",
                        "b",
                        PlanKind.MENTOR_CONTACT,
                        "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO",
                        Duration.ofDays(6),
                        start,
                        null)),
                List.of(new ComplianceCalculator.PlanVersion(
                        "c",
                        "c",
                        PlanKind.OFFICE_PRESENCE,
                        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
                        Duration.ofDays(3),
                        start,
                        null)));
        // Warm up the JIT on a slice before measuring.
        run(Math.min(200, cases), plans, statuses, checkins, now);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        long overdue = run(cases, plans, statuses, checkins, now);
        long elapsed = System.nanoTime() - t0;
        long heapAfter = rt.totalMemory() - rt.freeMemory();
        double seconds = elapsed / 1e9;
        System.out.printf("cases=%d plans/case=3 period=%s..2026-11-20%n", cases, start);
        System.out.printf(
                "elapsed=%.3f s  cases/s=%.0f  per case=%.3f ms  overdue plans=%d%n",
                seconds, cases / seconds, elapsed / 1e6 / cases, overdue);
        System.out.printf(
                "heap grew by ~%d MiB during the run (max heap %d MiB)%n",
                Math.max(0, heapAfter - heapBefore) >> 20, rt.maxMemory() >> 20);
    }

    private static long run(
            int cases,
            List<List<ComplianceCalculator.PlanVersion>> plans,
            List<ComplianceCalculator.StatusSpan> statuses,
            List<List<Instant>> checkins,
            Instant now) {
        long overdue = 0;
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 11, 21);
        for (int c = 0; c < cases; c++) {
            for (List<ComplianceCalculator.PlanVersion> plan : plans) {
                List<Instant> events = plan.get(0).kind() == PlanKind.SELF_CHECKIN
                        ? checkins.get(c)
                        : checkins.get(c).subList(0, 40);
                if (ComplianceCalculator.evaluate(plan, VN, statuses, events, from, to, now)
                                .overdueSince()
                        != null) {
                    overdue++;
                }
            }
        }
        return overdue;
    }
}
