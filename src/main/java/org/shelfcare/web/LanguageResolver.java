package org.shelfcare.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.LocaleResolver;

/**
 * English or Spanish: the signed-in person's choice first, then the language picked on this
 * browser (a cookie, for the sign-in page), then the browser's own preference.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "shelfcare-lang";
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final ObjectProvider<ChromeProvider> chrome;

    LanguageResolver(ObjectProvider<ChromeProvider> chrome) {
        this.chrome = chrome;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        ChromeProvider provider = chrome.getIfAvailable();
        if (provider != null) {
            Locale preferred = provider.chrome(request).preferredLocale();
            if (preferred != null) {
                return supported(preferred.getLanguage());
            }
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return fromHeader(request.getHeader("Accept-Language"));
    }

    static Locale fromHeader(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    static Locale supported(@Nullable String language) {
        return "es".equals(language) ? SUPPORTED.get(1) : Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, supported(locale == null ? null : locale.getLanguage()).getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }
}
