package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches between English and Spanish; remembered on this browser and, when signed in, for the person. */
@Controller
class LanguageController {

    static final String LANGUAGE = "/language";

    private final LocaleResolver locales;
    private final ApplicationEventPublisher events;

    LanguageController(LocaleResolver locales, ApplicationEventPublisher events) {
        this.locales = locales;
        this.events = events;
    }

    @PostMapping(LANGUAGE)
    String choose(@RequestParam("lang") String lang, @RequestParam(name = "back", defaultValue = "/") String back,
            HttpServletRequest request, HttpServletResponse response) {
        Locale locale = LanguageResolver.supported(lang);
        locales.setLocale(request, response, locale);
        events.publishEvent(new LanguageChosen(locale));
        return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/");
    }
}
