package dk.servicelevel.report.activity;

import java.util.List;

import dk.servicelevel.report.activity.ActivityReport.ActivityType;
import dk.servicelevel.report.rendering.ReportLayout;
import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import dk.servicelevel.report.rendering.ReportTexts;
import dk.servicelevel.report.rendering.ReportWording;

/** The activity report: maintenance, then the registered faults and the work on them. */
final class ActivityLayout {

    private ActivityLayout() {
    }

    static ReportLayout of(ActivityReport report, ReportWording wording) {
        ReportTexts texts = wording.texts();
        long windows = report.maintenance().stream().filter(a -> a.type() == ActivityType.SERVICE_WINDOW).count();
        long changes = report.maintenance().size() - windows;
        Section maintenance = Section.of(texts.maintenance(), List.of(texts.changesAndWindowsCount(changes, windows)),
                List.of(new Table(null, List.of(texts.type(), texts.system(), texts.kind(), texts.title(), texts.start(),
                        texts.end(), texts.hours(), texts.result(), texts.noticeKept(), texts.reference()),
                        report.maintenance().stream().map(a -> List.of(
                                Cell.of(texts.activityType(a.type().name())),
                                Cell.of(a.systemCode()), Cell.of(a.changeKind() == null ? wording.orDash(null) : texts.changeKind(a.changeKind())),
                                Cell.of(a.title()), Cell.of(wording.time(a.start())), Cell.of(wording.time(a.end())),
                                Cell.of(wording.number(a.hours())),
                                Cell.of(a.result() == null ? wording.orDash(null) : texts.changeResult(a.result())),
                                Cell.marked(a.noticeKept() == null ? wording.orDash(null) : texts.yesOrNo(a.noticeKept()),
                                        Boolean.FALSE.equals(a.noticeKept())),
                                Cell.of(a.reference()))).toList())));
        Section faults = Section.of(texts.faultWork(), List.of(texts.faultsRegistered(report.faults().size())),
                List.of(new Table(null, List.of(texts.incident(), texts.system(), texts.layer(), texts.categoryHeader(),
                        texts.state(), texts.reactionMinutes(), texts.restorationMinutes(), texts.handling(),
                        texts.remedyActionsDone()), report.faults().stream().map(f -> List.of(Cell.of(f.incidentId()),
                                Cell.of(f.systemCode()), Cell.of(wording.layer(f.layer())), Cell.of(f.category()),
                                Cell.of(texts.incidentState(f.state())), Cell.of(wording.number(f.reactionMinutes())),
                                Cell.of(wording.number(f.restorationMinutes())), Cell.of(wording.orDash(f.handling())),
                                Cell.of(texts.ofCount(f.remedyActionsDone(), f.remedyActions())))).toList())));
        return new ReportLayout(texts.reportKind(report.kind().name()),
                wording.subtitle(wording.month(report.month()), report.generatedAt()), List.of(maintenance, faults),
                texts.noneInPeriod());
    }
}
