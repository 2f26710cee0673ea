package org.shelfcare.web;

import java.util.Locale;

/** Published, synchronously within the request, when someone picks a language. */
public record LanguageChosen(Locale locale) {}
