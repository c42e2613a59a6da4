package dk.servicelevel.report.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import dk.servicelevel.report.rendering.ReportLayout.Cell;
import dk.servicelevel.report.rendering.ReportLayout.Chart;
import dk.servicelevel.report.rendering.ReportLayout.Section;
import dk.servicelevel.report.rendering.ReportLayout.Table;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Renders a report in each of its formats: its figures as JSON, its layout as HTML, PDF (from the HTML) and CSV. */
@ApplicationScoped
public class ReportRenderer {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportLayout layout, Map<Chart, String> images, String language);
    }

    private final ObjectMapper json;

    ReportRenderer(ObjectMapper json) {
        this.json = json;
    }

    /** The report in a format; the formats for people are worded in the language (JSON is the same in every language). */
    public byte[] render(ReportDocument document, ReportFormat format, ReportLanguage language) {
        return switch (format) {
            case JSON -> json(document);
            case HTML -> html(layout(document, language), language).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(html(layout(document, language), language));
            case CSV -> csv(layout(document, language));
        };
    }

    private static ReportLayout layout(ReportDocument document, ReportLanguage language) {
        return document.layout(ReportWording.of(language, document.zone()));
    }

    private byte[] json(ReportDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report could not be written as JSON", e);
        }
    }

    private static String html(ReportLayout layout, ReportLanguage language) {
        Map<Chart, String> images = new LinkedHashMap<>();
        layout.sections().forEach(section -> section.charts().forEach(chart -> images.put(chart, ChartImages.dataUri(chart))));
        return Templates.report(layout, images, language.code()).render();
    }

    private static byte[] pdf(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every table of the report in turn: a line with its caption, its header, its rows and an empty line; no cell a
     * spreadsheet would run as a formula.
     */
    static byte[] csv(ReportLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            for (Section section : layout.sections()) {
                for (Table table : section.tables()) {
                    printer.printRecord(SpreadsheetText.neutralised(section.heading() + (table.caption() == null ? "" : ": " + table.caption())));
                    printer.printRecord(table.headers().stream().map(SpreadsheetText::neutralised).toList());
                    for (List<Cell> row : table.rows()) {
                        printer.printRecord(texts(row));
                    }
                    printer.println();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> texts(List<Cell> row) {
        List<String> texts = new ArrayList<>(row.size());
        row.forEach(cell -> texts.add(SpreadsheetText.neutralised(cell.text())));
        return texts;
    }
}
