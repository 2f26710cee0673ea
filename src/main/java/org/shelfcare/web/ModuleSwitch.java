package org.shelfcare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A module the library has switched off is gone for its people, not just hidden: its pages
 * ({@code /<module>/...}) and API ({@code /api/v1/<module>/...}) answer 404. Nothing saved is deleted.
 */
@Component
class ModuleSwitch implements HandlerInterceptor, WebMvcConfigurer {

    /** The modules a library may switch off (DESIGN.md's feature modules). */
    static final Set<String> SWITCHABLE = Set.of("wellbeing", "timeoff", "listening", "peers", "programs",
            "training", "safety", "pulse", "advocacy", "exchange");

    private final ObjectProvider<ChromeProvider> chrome;

    ModuleSwitch(ObjectProvider<ChromeProvider> chrome) {
        this.chrome = chrome;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String module = moduleOf(request.getRequestURI());
        ChromeProvider provider = chrome.getIfAvailable();
        if (module != null && provider != null && provider.chrome(request).disabledModules().contains(module)) {
            throw Problems.notFound();
        }
        return true;
    }

    static @org.jspecify.annotations.Nullable String moduleOf(String path) {
        String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path.substring(1);
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        return SWITCHABLE.contains(first) ? first : null;
    }
}
