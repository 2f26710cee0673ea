package org.shelfcare.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The view helper every template receives as {@code page}: translated text (with the library's
 * own terms filled in), the CSRF token, the layout's chrome and the navigation.
 */
public final class Page {

    private static final Pattern TERM = Pattern.compile("\\{\\{(\\w+)}}");

    private final MessageSource messages;
    private final Locale locale;
    private final Chrome chrome;
    private final @Nullable String csrfToken;
    private final String path;
    private final List<NavigationItem> navigation;
    private final @Nullable String notice;
    private final Duration idleTimeout;
    private final List<HeaderBadge.Badge> badges;
    private final List<PageBanner.Banner> banners;

    Page(MessageSource messages, Locale locale, Chrome chrome, @Nullable String csrfToken, String path,
            List<NavigationItem> navigation, @Nullable String notice, Duration idleTimeout,
            List<HeaderBadge.Badge> badges) {
        this(messages, locale, chrome, csrfToken, path, navigation, notice, idleTimeout, badges, List.of());
    }

    Page(MessageSource messages, Locale locale, Chrome chrome, @Nullable String csrfToken, String path,
            List<NavigationItem> navigation, @Nullable String notice, Duration idleTimeout,
            List<HeaderBadge.Badge> badges, List<PageBanner.Banner> banners) {
        this.messages = messages;
        this.locale = locale;
        this.chrome = chrome;
        this.csrfToken = csrfToken;
        this.path = path;
        this.navigation = navigation;
        this.notice = notice;
        this.idleTimeout = idleTimeout;
        this.badges = badges;
        this.banners = banners;
    }

    /**
     * This page in another language, for a page whose reader is known without being signed in (an
     * alert's answer link speaks the language of the person it was sent to).
     */
    public Page in(Locale language) {
        return new Page(messages, LanguageResolver.supported(language.getLanguage()), chrome, csrfToken, path,
                navigation, notice, idleTimeout, badges, banners);
    }

    /** The message for {@code key} in the page's language, with {@code {{term}}} replaced by the library's term. */
    public String t(String key, Object... args) {
        String text = messages.getMessage(key, args, key, locale);
        return text == null ? key : withTerms(text);
    }

    private String withTerms(String text) {
        if (text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = TERM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String custom = chrome.term(locale, m.group(1));
            String term = custom != null ? custom : messages.getMessage("term." + m.group(1), null, m.group(1), locale);
            m.appendReplacement(out, Matcher.quoteReplacement(term == null ? m.group(1) : term));
        }
        return m.appendTail(out).toString();
    }

    public String lang() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    public Chrome chrome() {
        return chrome;
    }

    public String csrf() {
        return csrfToken == null ? "" : csrfToken;
    }

    public String path() {
        return path;
    }

    public boolean current(String prefix) {
        return path.equals(prefix) || (!"/".equals(prefix) && path.startsWith(prefix + "/"));
    }

    public List<NavigationItem> navigation() {
        return navigation;
    }

    /** Links with a count in the header, such as the notification center's unread count. */
    public List<HeaderBadge.Badge> badges() {
        return badges;
    }

    /** Banners at the top of the page, such as a safety alert. */
    public List<PageBanner.Banner> banners() {
        return banners;
    }

    public @Nullable String notice() {
        return notice;
    }

    public long idleTimeoutSeconds() {
        return idleTimeout.toSeconds();
    }

    /** A date or date-time in the page's language, e.g. "Nov 28, 2026". */
    public String date(@Nullable TemporalAccessor value) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(value);
    }

    /** An instant shown in the given zone, e.g. "Nov 28, 2026, 3:15 PM". */
    public String dateTime(java.time.@Nullable Instant value, ZoneId zone) {
        return value == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(ZonedDateTime.ofInstant(value, zone));
    }
}
