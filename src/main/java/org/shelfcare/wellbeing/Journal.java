package org.shelfcare.wellbeing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.Role;
import org.shelfcare.privacy.KeyOwner;
import org.shelfcare.privacy.Sealed;
import org.shelfcare.privacy.SealedField;
import org.shelfcare.privacy.SealedText;
import org.shelfcare.privacy.SealedTextUnreadable;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own journal, and the prompts to write with. Every entry method acts for the
 * signed-in person on their own entries only: anyone else's, a supervisor's report's included,
 * answers 404. Title, body, tags and prompt are sealed for the person; search opens the person's
 * own entries in memory, so there is no plaintext index anywhere.
 */
@Service
@Transactional
public class Journal {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 40;
    public static final int PROMPT_MAX = 500;

    /** The built-in prompt topics, in the order the picker shows them. */
    public static final List<String> TOPICS = List.of("gratitude", "listening", "walking", "boundaries", "hardShift",
            "joy");

    /** Built-in prompts per topic; their texts are {@code wellbeing.journal.prompt.<topic>.<n>}. */
    static final int PROMPTS_PER_TOPIC = 3;

    private final JournalEntries entries;
    private final SealedText sealedText;
    private final MessageSource messages;

    Journal(JournalEntries entries, SealedText sealedText, MessageSource messages) {
        this.entries = entries;
        this.sealedText = sealedText;
        this.messages = messages;
    }

    /** Writes a new entry for {@code person}; answers its id. */
    public UUID write(CurrentUser person, JournalDraft draft) {
        Checked checked = check(draft);
        String prompt = null;
        if (draft.promptId() != null && !draft.promptId().isBlank()) {
            prompt = prompt(person, draft.promptId())
                    .orElseThrow(() -> Problems.invalid("promptId", "wellbeing.journal.unknownPrompt")).text();
        }
        UUID id = UUID.randomUUID();
        entries.insert(person.organizationId(), person.personId(), id, seal(person, id, JournalEntries.TITLE, checked.title()),
                sealRequired(person, id, checked.body()), seal(person, id, JournalEntries.TAGS, joinTags(checked.tags())),
                seal(person, id, JournalEntries.PROMPT, prompt));
        return id;
    }

    /**
     * One of the person's own entries. Reads run outside a transaction of their own, so that an
     * entry that can no longer be opened spoils nothing else.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public JournalEntry entry(CurrentUser person, UUID id) {
        return open(person, row(person, id));
    }

    /**
     * The person's own entries, newest first; those containing {@code query} (in title, body or a
     * tag, ignoring case) and carrying {@code tag} when given.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<JournalEntry> entries(CurrentUser person, @Nullable String query, @Nullable String tag) {
        String q = query == null ? "" : query.strip();
        String t = tag == null ? "" : tag.strip();
        return entries.all(person.organizationId(), person.personId()).stream().map(row -> open(person, row))
                .filter(e -> q.isEmpty() || e.matches(q))
                .filter(e -> t.isEmpty() || e.tagged(t))
                .toList();
    }

    /** Every tag the person has used, sorted, ignoring case. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<String> tags(CurrentUser person) {
        Map<String, String> tags = new TreeMap<>();
        for (JournalEntry entry : entries(person, null, null)) {
            entry.tags().forEach(tag -> tags.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag));
        }
        return List.copyOf(tags.values());
    }

    /** Changes one of the person's own entries: title, body and tags are replaced; the prompt stays. */
    public JournalEntry change(CurrentUser person, UUID id, JournalDraft draft) {
        JournalEntries.Row existing = row(person, id);
        Checked checked = check(draft);
        String prompt = existing.prompt();
        if (!entries.update(person.organizationId(), person.personId(), id,
                seal(person, id, JournalEntries.TITLE, checked.title()), sealRequired(person, id, checked.body()),
                seal(person, id, JournalEntries.TAGS, joinTags(checked.tags())), prompt)) {
            throw Problems.notFound();
        }
        return entry(person, id);
    }

    public void delete(CurrentUser person, UUID id) {
        if (!entries.delete(person.organizationId(), person.personId(), id)) {
            throw Problems.notFound();
        }
    }

    // ---- prompts ---------------------------------------------------------------------------------

    /** The built-in prompts in the language of the current request, then the library's own. */
    @Transactional(readOnly = true)
    public List<JournalPrompt> prompts(CurrentUser person) {
        List<JournalPrompt> prompts = new ArrayList<>();
        for (String topic : TOPICS) {
            IntStream.rangeClosed(1, PROMPTS_PER_TOPIC).forEach(n -> prompts.add(builtIn(person, topic, n)));
        }
        prompts.addAll(ownPrompts(person));
        return prompts;
    }

    /** The prompts grouped by topic (the library's own under the key {@code own}), for the picker. */
    @Transactional(readOnly = true)
    public Map<String, List<JournalPrompt>> promptsByTopic(CurrentUser person) {
        Map<String, List<JournalPrompt>> byTopic = new LinkedHashMap<>();
        for (JournalPrompt prompt : prompts(person)) {
            byTopic.computeIfAbsent(prompt.topic() == null ? "own" : prompt.topic(), k -> new ArrayList<>()).add(prompt);
        }
        return byTopic;
    }

    /** The library's own prompts, oldest first. */
    @Transactional(readOnly = true)
    public List<JournalPrompt> ownPrompts(CurrentUser person) {
        return entries.prompts(person.organizationId()).stream().map(Journal::own).toList();
    }

    /** A built-in prompt or one of the person's library's own; empty for anything else. */
    @Transactional(readOnly = true)
    public Optional<JournalPrompt> prompt(CurrentUser person, String id) {
        String[] parts = id.strip().split("-");
        if (parts.length == 2 && TOPICS.contains(parts[0]) && Arrays.asList("1", "2", "3").contains(parts[1])) {
            return Optional.of(builtIn(person, parts[0], Integer.parseInt(parts[1])));
        }
        try {
            return entries.findPrompt(person.organizationId(), UUID.fromString(id.strip())).map(Journal::own);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Adds one of the library's own prompts; wellness leads and admins only. */
    public UUID addPrompt(CurrentUser person, @Nullable String text) {
        requirePromptEditor(person);
        String prompt = text == null ? "" : text.strip();
        if (prompt.isEmpty()) {
            throw Problems.invalid("text", "validation.required");
        }
        if (prompt.codePointCount(0, prompt.length()) > PROMPT_MAX) {
            throw Problems.invalid("text", "validation.tooLong", PROMPT_MAX);
        }
        UUID id = UUID.randomUUID();
        entries.insertPrompt(person.organizationId(), id, prompt);
        return id;
    }

    /** One of the library's own prompts, for the wellness lead or admin about to delete it. */
    @Transactional(readOnly = true)
    public JournalPrompt ownPrompt(CurrentUser person, UUID id) {
        requirePromptEditor(person);
        return entries.findPrompt(person.organizationId(), id).map(Journal::own).orElseThrow(Problems::notFound);
    }

    /** Deletes one of the library's own prompts; entries written to it keep their copy of its text. */
    public void deletePrompt(CurrentUser person, UUID id) {
        requirePromptEditor(person);
        if (!entries.deletePrompt(person.organizationId(), id)) {
            throw Problems.notFound();
        }
    }

    /** Whether the person may add and delete the library's own prompts. */
    public static boolean editsPrompts(CurrentUser person) {
        return person.has(Role.WELLNESS_LEAD) || person.isAdmin();
    }

    private static void requirePromptEditor(CurrentUser person) {
        person.requireAny(Role.WELLNESS_LEAD, Role.ADMIN);
    }

    private JournalPrompt builtIn(CurrentUser person, String topic, int n) {
        return new JournalPrompt(topic + "-" + n, topic,
                messages.getMessage("wellbeing.journal.prompt." + topic + "." + n, null, LocaleContextHolder.getLocale()), false);
    }

    private static JournalPrompt own(JournalEntries.PromptRow row) {
        return new JournalPrompt(row.id().toString(), null, row.text(), true);
    }

    // ---- sealing ---------------------------------------------------------------------------------

    private JournalEntries.Row row(CurrentUser person, UUID id) {
        return entries.find(person.organizationId(), person.personId(), id).orElseThrow(Problems::notFound);
    }

    private @Nullable String seal(CurrentUser person, UUID id, String column, @Nullable String text) {
        return text == null ? null : sealedText.seal(KeyOwner.of(person), field(id, column), text).text();
    }

    private String sealRequired(CurrentUser person, UUID id, String body) {
        return sealedText.seal(KeyOwner.of(person), field(id, JournalEntries.BODY), body).text();
    }

    private JournalEntry open(CurrentUser person, JournalEntries.Row row) {
        try {
            String body = sealedText.open(KeyOwner.of(person), field(row.id(), JournalEntries.BODY), Sealed.of(row.body()));
            String title = open(person, row.id(), JournalEntries.TITLE, row.title());
            String tags = open(person, row.id(), JournalEntries.TAGS, row.tags());
            String prompt = open(person, row.id(), JournalEntries.PROMPT, row.prompt());
            return new JournalEntry(row.id(), title, body, splitTags(tags), prompt, false, row.createdAt(),
                    row.updatedAt());
        } catch (SealedTextUnreadable gone) {
            return new JournalEntry(row.id(), null, null, List.of(), null, true, row.createdAt(), row.updatedAt());
        }
    }

    private @Nullable String open(CurrentUser person, UUID id, String column, @Nullable String sealed) {
        return sealed == null ? null : sealedText.open(KeyOwner.of(person), field(id, column), Sealed.of(sealed));
    }

    private static SealedField field(UUID id, String column) {
        return SealedField.of(JournalEntries.TABLE, column, id);
    }

    private static @Nullable String joinTags(List<String> tags) {
        return tags.isEmpty() ? null : String.join("\n", tags);
    }

    private static List<String> splitTags(@Nullable String tags) {
        return tags == null ? List.of() : List.of(tags.split("\n"));
    }

    // ---- checking --------------------------------------------------------------------------------

    private record Checked(@Nullable String title, String body, List<String> tags) {}

    private static Checked check(JournalDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String title = draft.title() == null ? null : draft.title().strip();
        if (title != null && title.isEmpty()) {
            title = null;
        }
        if (title != null && length(title) > TITLE_MAX) {
            errors.add(new InvalidInput.FieldError("title", "validation.tooLong", new Object[] {TITLE_MAX}));
        }
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty()) {
            errors.add(new InvalidInput.FieldError("body", "validation.required", new Object[0]));
        } else if (length(body) > BODY_MAX) {
            errors.add(new InvalidInput.FieldError("body", "validation.tooLong", new Object[] {BODY_MAX}));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : draft.tags() == null ? List.<String>of() : draft.tags()) {
            String clean = tag == null ? "" : tag.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty()) {
                tags.putIfAbsent(clean.toLowerCase(Locale.ROOT), clean);
            }
        }
        if (tags.size() > TAGS_MAX) {
            errors.add(new InvalidInput.FieldError("tags", "wellbeing.journal.tooManyTags", new Object[] {TAGS_MAX}));
        } else if (tags.values().stream().anyMatch(tag -> length(tag) > TAG_MAX)) {
            errors.add(new InvalidInput.FieldError("tags", "wellbeing.journal.tagTooLong", new Object[] {TAG_MAX}));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Checked(title, body, List.copyOf(tags.values()));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
