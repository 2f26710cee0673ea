package org.shelfcare.wellbeing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.PeopleAdministration;
import org.shelfcare.directory.PersonView;
import org.shelfcare.web.InvalidInput;
import org.shelfcare.web.Problems;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos to a colleague of the same library: on the Joy Wall for everyone at the library, or only
 * for that colleague, as the giver chooses. The receiver sees everything given to them and can
 * take any of it off the wall (and put it back); the giver can delete what they gave. Kudos that
 * are not on the wall are seen by their giver and receiver only: anyone else answers 404.
 */
@Service
@Transactional
public class Kudos {

    public static final int MAX = 500;
    /** The most kudos the wall shows at once. */
    public static final int WALL_SIZE = 100;

    private final KudosEntries entries;
    private final PeopleAdministration people;

    Kudos(KudosEntries entries, PeopleAdministration people) {
        this.entries = entries;
        this.people = people;
    }

    /**
     * Gives kudos; answers their id. Someone of another library, someone inactive or an unknown id
     * answers 404; oneself, an empty or over-long text, or no visibility 400.
     */
    public UUID give(CurrentUser giver, KudosDraft draft) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        String to = draft.to() == null ? "" : draft.to().strip();
        UUID receiver = null;
        if (to.isEmpty()) {
            errors.add(new InvalidInput.FieldError("to", "wellbeing.kudos.toRequired", new Object[0]));
        } else {
            try {
                receiver = UUID.fromString(to);
            } catch (IllegalArgumentException notAnId) {
                throw Problems.notFound();
            }
            UUID id = receiver;
            if (people.colleagues(giver, null).stream().noneMatch(p -> p.id().equals(id))) {
                throw Problems.notFound();
            }
            if (receiver.equals(giver.personId())) {
                errors.add(new InvalidInput.FieldError("to", "wellbeing.kudos.self", new Object[0]));
            }
        }
        String text = draft.text() == null ? "" : draft.text().strip();
        if (text.isEmpty()) {
            errors.add(new InvalidInput.FieldError("text", "wellbeing.reflection.empty", new Object[0]));
        } else if (text.codePointCount(0, text.length()) > MAX) {
            errors.add(new InvalidInput.FieldError("text", "validation.tooLong", new Object[] {MAX}));
        }
        KudosVisibility visibility = null;
        try {
            visibility = KudosVisibility.valueOf(draft.visibility() == null ? "" : draft.visibility().strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(new InvalidInput.FieldError("visibility", "wellbeing.kudos.visibilityRequired", new Object[0]));
        }
        if (!errors.isEmpty() || receiver == null || visibility == null) {
            throw new InvalidInput(errors);
        }
        UUID id = UUID.randomUUID();
        entries.insert(giver.organizationId(), id, giver.personId(), receiver, text, visibility);
        return id;
    }

    /** "Kudos for you": everything given to the person, on the wall or not, hidden or not, newest first. */
    @Transactional(readOnly = true)
    public List<KudosNote> received(CurrentUser person) {
        return notes(person, entries.receivedBy(person.organizationId(), person.personId()));
    }

    @Transactional(readOnly = true)
    public List<KudosNote> given(CurrentUser person) {
        return notes(person, entries.givenBy(person.organizationId(), person.personId()));
    }

    /** The kudos on the library's Joy Wall, newest first. */
    @Transactional(readOnly = true)
    public List<KudosNote> wall(CurrentUser viewer) {
        return notes(viewer, entries.wall(viewer.organizationId(), WALL_SIZE));
    }

    /** Kudos the viewer sees: theirs as giver or receiver, or on the wall; others answer 404. */
    @Transactional(readOnly = true)
    public KudosNote kudos(CurrentUser viewer, UUID id) {
        return notes(viewer, List.of(visible(viewer, id))).get(0);
    }

    /** The giver deletes kudos they gave; anyone else who sees them gets 403. */
    public void delete(CurrentUser giver, UUID id) {
        KudosEntries.Row row = visible(giver, id);
        if (!row.giverId().equals(giver.personId())) {
            throw Problems.forbidden();
        }
        entries.delete(giver.organizationId(), id);
    }

    /** The receiver takes kudos about them off the wall ({@code hidden}) or puts them back; others 403. */
    public void hide(CurrentUser receiver, UUID id, boolean hidden) {
        KudosEntries.Row row = visible(receiver, id);
        if (!row.receiverId().equals(receiver.personId())) {
            throw Problems.forbidden();
        }
        entries.hide(receiver.organizationId(), id, hidden);
    }

    private KudosEntries.Row visible(CurrentUser viewer, UUID id) {
        KudosEntries.Row row = entries.find(viewer.organizationId(), id).orElseThrow(Problems::notFound);
        boolean involved = row.giverId().equals(viewer.personId()) || row.receiverId().equals(viewer.personId());
        if (!involved && (row.visibility() != KudosVisibility.WALL || row.hidden())) {
            throw Problems.notFound();
        }
        return row;
    }

    private List<KudosNote> notes(CurrentUser viewer, List<KudosEntries.Row> rows) {
        Map<UUID, String> names = people.colleagues(viewer, null).stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::name));
        return rows.stream().map(row -> note(row, names)).toList();
    }

    private static KudosNote note(KudosEntries.Row row, Map<UUID, @Nullable String> names) {
        return new KudosNote(row.id(), row.giverId(), names.get(row.giverId()), row.receiverId(),
                names.get(row.receiverId()), row.text(), row.visibility(), row.hidden(), row.createdAt());
    }
}
