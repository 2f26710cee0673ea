package org.shelfcare.listening;

import java.util.List;

/**
 * A suggestion as its own author sees it (by being its named author or holding its edit secret):
 * the suggestion with its hide reason, the actions it led to, and {@code news}: whether one of them
 * changed on or after the day its author last looked (worked out now; only that day is kept, on
 * the suggestion, never who looked).
 */
public record OwnSuggestion(Suggestion suggestion, List<LinkedAction> actions, boolean news) {}
