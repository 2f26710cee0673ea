package org.shelfcare.safety;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.Unit;
import org.shelfcare.privacy.AuditLog;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ready message from a leader to staff after an incident, in English or Spanish, for safety leads
 * and admins to edit and copy. It acknowledges what happened, says what is being done (the record,
 * the review, no blame), says that stress reactions are common, and offers support without pushing
 * it ("Get help now", the EAP, a conversation), after FACTS.md §1 and §4. It carries the type, the
 * date and the branch only: never a name, a description or anything of the care track.
 */
@Service
@Transactional
public class LeaderMessages {

    public static final List<String> LANGUAGES = List.of("en", "es");

    private final SafetyManagement safety;
    private final IncidentTypes types;
    private final IncidentReviews reviews;
    private final DirectoryManagement directory;
    private final AuditLog audit;
    private final MessageSource messages;

    LeaderMessages(SafetyManagement safety, IncidentTypes types, IncidentReviews reviews, DirectoryManagement directory,
            AuditLog audit, MessageSource messages) {
        this.safety = safety;
        this.types = types;
        this.reviews = reviews;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The message about a submitted incident in {@code language} ("en" or "es"; anything else the
     * leader's own), signed with the leader's name. Safety leads and admins; the reporter 403, everyone
     * else 404. The read goes to the audit log.
     */
    public String message(CurrentUser lead, UUID incidentId, @Nullable String language) {
        Incidents.Row row = safety.readable(lead, incidentId);
        if (!SafetyManagement.readsAll(lead)) {
            throw Problems.forbidden();
        }
        if (row.status() != IncidentStatus.SUBMITTED) {
            throw Problems.notFound();
        }
        audit.recordRead(lead, SafetyManagement.SUBJECT_KIND, incidentId);
        Locale locale = language(lead, language);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String type = types.label(lead.organizationId(), row.typeCode(), locale);
        String date = row.occurredAt() == null ? "" : dates.format(row.occurredAt().atZone(lead.zone()));
        String branch = null;
        if (row.branchId() != null) {
            branch = directory.branches(lead.organizationId()).stream().filter(b -> b.id().equals(row.branchId()))
                    .map(Unit::name).findFirst().orElse(null);
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(t("safety.message.greeting", locale));
        paragraphs.add(branch == null ? t("safety.message.opening", locale, date, type)
                : t("safety.message.openingBranch", locale, date, branch, type));
        String doing = t("safety.message.doing", locale);
        var review = reviews.find(lead, row.id());
        if (review.isPresent()) {
            doing += " " + t("safety.message.reviewOn", locale, dates.format(review.get().scheduledAt().atZone(lead.zone())));
        }
        paragraphs.add(doing);
        paragraphs.add(t("safety.message.reactions", locale));
        paragraphs.add(t("safety.message.support", locale));
        paragraphs.add(t("safety.message.privacy", locale));
        paragraphs.add(t("safety.message.closing", locale) + "\n" + lead.name());
        return String.join("\n\n", paragraphs);
    }

    /** The language asked for, or the leader's own. */
    public static Locale language(CurrentUser lead, @Nullable String language) {
        String tag = language != null && LANGUAGES.contains(language) ? language
                : LANGUAGES.contains(lead.locale().getLanguage()) ? lead.locale().getLanguage() : "en";
        return Locale.forLanguageTag(tag);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
