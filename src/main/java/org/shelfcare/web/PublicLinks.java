package org.shelfcare.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links for emails and API answers: from {@code shelfcare.base-url} when set, else from
 * the current request (forwarded headers are honored only from trusted proxies).
 */
@Component
public class PublicLinks {

    private final String baseUrl;

    PublicLinks(@Value("${shelfcare.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** {@code path} (starting with /) as an absolute URL. */
    public String absolute(String path) {
        if (!baseUrl.isEmpty()) {
            return baseUrl + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
        }
        return "http://localhost:8080" + path;
    }
}
