package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page template its {@link Page}. */
@ControllerAdvice
class PageAdvice {

    static final String NOTICE = "notice";

    private final MessageSource messages;
    private final ObjectProvider<ChromeProvider> chromeProvider;
    private final List<NavigationItem> navigation;
    private final Duration idleTimeout;
    private final List<HeaderBadge> badges;
    private final List<PageBanner> banners;

    PageAdvice(MessageSource messages, ObjectProvider<ChromeProvider> chromeProvider, List<NavigationItem> navigation,
            @Value("${shelfcare.session.idle-timeout:30m}") Duration idleTimeout, List<HeaderBadge> badges, List<PageBanner> banners) {
        this.messages = messages;
        this.chromeProvider = chromeProvider;
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.idleTimeout = idleTimeout;
        this.badges = badges;
        this.banners = banners;
    }

    @ModelAttribute("page")
    Page page(HttpServletRequest request) {
        return build(request);
    }

    Page build(HttpServletRequest request) {
        ChromeProvider provider = chromeProvider.getIfAvailable();
        Chrome chrome = provider == null ? Chrome.ANONYMOUS : provider.chrome(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        return new Page(messages, LocaleContextHolder.getLocale(), chrome, csrf == null ? null : csrf.getToken(),
                request.getRequestURI(), navigation.stream().filter(item -> item.visibleTo(chrome)).toList(),
                notice == null ? null : notice.toString(), idleTimeout, chrome.signedIn()
                        ? badges.stream().flatMap(badge -> badge.badge(request).stream()).toList() : List.of(),
                chrome.signedIn() ? banners.stream().flatMap(banner -> banner.banner(request).stream()).toList()
                        : List.of());
    }
}
