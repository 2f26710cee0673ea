package org.shelfcare.safety.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.shelfcare.safety.Playbook;
import org.shelfcare.safety.Playbooks;

/**
 * The playbook form as typed: the source and the steps in order (each with its id, empty for a new
 * step). Moving, adding and removing steps happen on the form itself, without saving, so nothing
 * typed is lost; only "Save" writes.
 *
 * @param confirmRemove the step whose removal is being confirmed, or -1
 * @param confirmReset going back to the shipped steps is being confirmed
 */
public record PlaybookForm(String source, List<Playbooks.StepInput> steps, int confirmRemove, boolean confirmReset) {

    static PlaybookForm of(Playbook playbook) {
        return new PlaybookForm(playbook.source() == null ? "" : playbook.source(),
                playbook.steps().stream().map(s -> new Playbooks.StepInput(s.id(), s.text())).toList(), -1, false);
    }

    /** The form as posted: parallel {@code stepId} and {@code stepText} fields, in order. */
    static PlaybookForm of(HttpServletRequest request) {
        String[] ids = values(request, "stepId");
        String[] texts = values(request, "stepText");
        List<Playbooks.StepInput> steps = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String id = i < ids.length && !ids[i].isBlank() ? ids[i] : null;
            steps.add(new Playbooks.StepInput(id, texts[i]));
        }
        String source = request.getParameter("source");
        return new PlaybookForm(source == null ? "" : source, steps, -1, false);
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    /** Applies an editing action ({@code up:2}, {@code down:0}, {@code add}, {@code remove:1}...), or answers null for "save". */
    @Nullable PlaybookForm apply(String action) {
        List<Playbooks.StepInput> list = new ArrayList<>(steps);
        String[] parts = action.split(":", 2);
        int at = parts.length == 2 ? index(parts[1]) : -1;
        boolean valid = at >= 0 && at < list.size();
        switch (parts[0]) {
            case "add" -> list.add(new Playbooks.StepInput(null, ""));
            case "up" -> {
                if (valid && at > 0) {
                    Collections.swap(list, at, at - 1);
                }
            }
            case "down" -> {
                if (valid && at < list.size() - 1) {
                    Collections.swap(list, at, at + 1);
                }
            }
            case "remove" -> {
                return new PlaybookForm(source, list, valid ? at : -1, false);
            }
            case "removeConfirmed" -> {
                if (valid) {
                    list.remove(at);
                }
            }
            case "reset" -> {
                return new PlaybookForm(source, list, -1, true);
            }
            case "keep" -> { }
            default -> {
                return null;
            }
        }
        return new PlaybookForm(source, list, -1, false);
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException bad) {
            return -1;
        }
    }
}
