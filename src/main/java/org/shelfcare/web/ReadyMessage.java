package org.shelfcare.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the address to open once ShelfCare is ready, so a first-time installer knows where to go. */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

    private final String baseUrl;

    ReadyMessage(@Value("${shelfcare.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            String url = baseUrl.isEmpty() ? "http://localhost:" + web.getWebServer().getPort() + "/" : baseUrl;
            log.info("ShelfCare is ready: open {}", url);
        }
    }
}
