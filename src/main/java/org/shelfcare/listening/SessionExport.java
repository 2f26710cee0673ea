package org.shelfcare.listening;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's export for its host, admins and wellness leads (others who see it 403, others 404), as
 * CSV and PDF: title, date, notes, the hidden questions counted per reason (never their text), and
 * each visible question with its votes, status and written answer. An anonymous question never has
 * an author; a named one shows the name its asker chose to give.
 */
@Service
@Transactional(readOnly = true)
public class SessionExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ListeningSessions sessions;
    private final SessionNotes notes;
    private final MessageSource messages;

    SessionExport(ListeningSessions sessions, SessionNotes notes, MessageSource messages) {
        this.sessions = sessions;
        this.notes = notes;
        this.messages = messages;
    }

    /** What an export holds, once checked. */
    record Content(ListeningSession session, String when, @Nullable String notes, Map<HideReason, Integer> hidden,
            List<Question> questions) {}

    /** Checks that the person may export the session: 404 when they do not see it, 403 when they do not moderate it. */
    public ListeningSession authorize(CurrentUser person, UUID sessionId) {
        ListeningSession session = sessions.session(person, sessionId);
        if (!session.moderates()) {
            throw Problems.forbidden();
        }
        return session;
    }

    private Content content(CurrentUser person, UUID sessionId) {
        ListeningSession session = authorize(person, sessionId);
        String when = WHEN.format(session.startsAt().atZone(person.zone()));
        if (session.endsAt() != null) {
            when += " - " + WHEN.format(session.endsAt().atZone(person.zone()));
        }
        List<Question> visible = sessions.questions(person, sessionId).stream()
                .filter(q -> q.status() == QuestionStatus.VISIBLE).toList();
        return new Content(session, when, notes.notes(person, sessionId).map(SessionNotes.Notes::text).orElse(null),
                sessions.hiddenCounts(person, sessionId), visible);
    }

    /** The session as CSV (UTF-8, RFC 4180); cells that a spreadsheet would read as a formula are neutralized. */
    public String csv(CurrentUser person, UUID sessionId, Locale locale) {
        Content content = content(person, sessionId);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(cells(t("listening.export.session", locale), content.session().title()));
            csv.printRecord(cells(t("listening.export.date", locale), content.when()));
            csv.printRecord(cells(t("listening.export.notes", locale), content.notes() == null ? "" : content.notes()));
            for (Map.Entry<HideReason, Integer> hidden : content.hidden().entrySet()) {
                csv.printRecord(cells(t("listening.export.hidden", locale, t("listening.reason." + hidden.getKey().name(), locale)),
                        String.valueOf(hidden.getValue())));
            }
            csv.printRecord(cells(header(locale)));
            for (Question question : content.questions()) {
                csv.printRecord(cells(row(question, locale)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The session as a PDF document. */
    public byte[] pdf(CurrentUser person, UUID sessionId, Locale locale) {
        Content content = content(person, sessionId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(content.session().title());
            document.open();
            document.add(new Paragraph(content.session().title(), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16)));
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            document.add(new Paragraph(t("listening.export.date", locale) + ": " + content.when(), body));
            if (content.notes() != null) {
                document.add(new Paragraph(t("listening.export.notes", locale), bold));
                document.add(new Paragraph(content.notes(), body));
            }
            for (Map.Entry<HideReason, Integer> hidden : content.hidden().entrySet()) {
                document.add(new Paragraph(t("listening.export.hidden", locale,
                        t("listening.reason." + hidden.getKey().name(), locale)) + ": " + hidden.getValue(), body));
            }
            document.add(new Paragraph(" ", body));
            List<String> header = header(locale);
            PdfPTable table = new PdfPTable(new float[] {0.5f, 4f, 1.3f, 1f, 0.6f, 1f, 3f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            header.forEach(cell -> table.addCell(new com.lowagie.text.Phrase(cell, bold)));
            for (Question question : content.questions()) {
                row(question, locale).forEach(cell -> table.addCell(new com.lowagie.text.Phrase(cell, body)));
            }
            document.add(table);
            if (content.questions().isEmpty()) {
                document.add(new Paragraph(t("listening.questions.none", locale), body));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The session's PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private List<String> header(Locale locale) {
        return List.of(t("listening.export.position", locale), t("listening.export.question", locale),
                t("listening.export.askedBy", locale), t("listening.export.askedOn", locale),
                t("listening.export.votes", locale), t("listening.export.status", locale),
                t("listening.export.answer", locale));
    }

    private List<String> row(Question question, Locale locale) {
        String askedBy = question.anonymous() ? t("listening.question.anonymous", locale)
                : question.authorName() != null ? question.authorName() : t("listening.question.formerColleague", locale);
        return List.of(String.valueOf(question.position()), question.text(), askedBy, question.date().toString(),
                String.valueOf(question.votes()),
                t(question.answer() == null ? "listening.export.open" : "listening.export.answered", locale),
                question.answer() == null ? "" : question.answer());
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static List<String> cells(String... values) {
        return cells(List.of(values));
    }

    /** Cells a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) get a leading apostrophe. */
    static List<String> cells(List<String> values) {
        List<String> safe = new ArrayList<>(values.size());
        for (String value : values) {
            safe.add(!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value);
        }
        return safe;
    }
}
