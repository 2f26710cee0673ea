package org.shelfcare.safety;

/**
 * A library's wording for one type of alert.
 *
 * @param type the type code
 * @param label the type's name in the reader's language
 * @param headline the first line people see, e.g. "Bomb threat: leave the building now"
 * @param message what to do, in plain language
 * @param allClear what the "all clear" says
 * @param custom false while the library uses the shipped default
 */
public record AlertTemplate(String type, String label, String headline, String message, String allClear, boolean custom) {}
