package fi.turvaverkko.planning.domain;

/** What the working group writes of a drafted yearly report: its title and text. */
public record ReportCommand(String title, String body, Long version) {

    public static ReportCommand of(WellbeingReportView v) {
        return new ReportCommand(v.title(), v.body(), v.version());
    }
}
