package org.shelfcare.support;

import java.io.File;
import java.util.List;

/**
 * Whether the browser tests can run: Debian's Chromium and ChromeDriver. Without them the tests
 * are skipped with one line saying so, unless {@code shelfcare.test.strict} is true (CI), when a
 * missing browser fails the build instead.
 */
public final class BrowserSupport {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** Headless, as root in a container, with no network chatter. */
    public static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,900");

    private static boolean announced;

    private BrowserSupport() {}

    /** Used by {@code @EnabledIf}. */
    public static synchronized boolean chromiumInstalled() {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!installed) {
            if (Boolean.getBoolean("shelfcare.test.strict")) {
                throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver)");
            }
            if (!announced) {
                System.out.println("Browser tests skipped: Chromium is not installed (apt-get install chromium chromium-driver).");
                announced = true;
            }
        }
        return installed;
    }
}
