package org.shelfcare.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may reach what, before any controller runs. Pages need a signed-in person except the few
 * public ones; the API answers 401 problem details instead of redirecting. Finer rights (roles,
 * relationships, another library's data) are checked by each module's facade.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig implements WebMvcConfigurer {

    static final String CSP = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
            "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'",
            "form-action 'self'", "frame-ancestors 'none'");

    /**
     * A library's embeddable program listing: framed by the origins the library allows. Its page
     * sends its own Content-Security-Policy (the default one is written only when a response has
     * none, so an error there keeps {@code frame-ancestors 'none'}) and no X-Frame-Options.
     */
    static final RequestMatcher EMBED = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/p/*/embed");

    static final String SESSION_COOKIE = "SHELFCARE_SESSION";

    /** Reachable without signing in. */
    static final String[] PUBLIC = {"/setup", "/login", "/help", "/help/**", "/p/**", "/invitations/**",
            "/forgot-password", "/reset-password/**", "/language", "/css/**", "/js/**", "/img/**", "/webjars/**",
            "/favicon.ico", "/favicon.svg", "/error", "/error/**", "/v3/api-docs", "/v3/api-docs/**", "/api/v1/setup",
            "/api/v1/invitations/**", "/api/v1/resources", "/sample-library",
            // secret calendar feed addresses: calendar apps cannot sign in (the secret is the key)
            "/feeds/**",
            // "I'm safe" / "I need help" links from a safety alert's email: people evacuating have only their phone
            "/safety/answer/**"};

    private final CurrentUsers currentUsers;

    SecurityConfig(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiProblems problems, PersonalAccessTokens tokens,
            SignInFailureHandler failures, SecuritySettings settings) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher bearer = request -> {
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request)
                && !request.getRequestURI().startsWith("/error"));
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null);

        // loading the sample library before setup needs no account (the directory decides who may)
        RequestMatcher sampleLoad = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/sample-library");
        RequestMatcher sessionless = request -> request.getRequestedSessionId() == null;

        http.authorizeHttpRequests(auth -> auth
                        // reading support resources is public; keeping a library's list needs signing in
                        .requestMatchers("/help/manage/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/resources").authenticated()
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(sampleLoad).permitAll()
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("OPERATOR")
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new PublicPagesCsrf(csrfHandler))
                        .ignoringRequestMatchers(bearer)
                        .ignoringRequestMatchers("/api/v1/setup", "/api/v1/invitations/**")
                        // a patron's registration, cancel link and feedback link use no session, so a forged
                        // request can borrow no one's rights (and public pages set no cookie to carry a token)
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                        .matcher(HttpMethod.POST, "/p/*/programs/sessions/*/registrations"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/p/*/programs/registrations/*"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/p/*/programs/feedback/*"))
                        .ignoringRequestMatchers(new AndRequestMatcher(sampleLoad, sessionless)))
                .formLogin(form -> form.loginPage("/login").usernameParameter("username").passwordParameter("password")
                        .failureHandler(failures).defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut")
                        .deleteCookies(SESSION_COOKIE)
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE, ClearSiteDataHeaderWriter.Directive.STORAGE))))
                .requestCache(cache -> cache.requestCache(requestCache))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(EMBED),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(new RateLimitFilter(settings.publicFormsPerMinute(), problems),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(settings.feedsPerMinute(), problems, RateLimitFilter.FEEDS),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new RateLimitFilter(settings.feedsPerMinute(), problems, RateLimitFilter.ALERT_ANSWERS),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentUserFilter(currentUsers), AuthorizationFilter.class);
        return http.build();
    }

    /** The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came over TLS. */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver(currentUsers));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }
}
