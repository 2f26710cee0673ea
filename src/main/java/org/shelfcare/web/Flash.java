package org.shelfcare.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A short confirmation shown once on the page after a redirect ("Invitation sent."). */
public final class Flash {

    private Flash() {}

    /** Shows {@code text} (already translated) on the next page. */
    public static void notice(RedirectAttributes redirect, String text) {
        redirect.addFlashAttribute(PageAdvice.NOTICE, text);
    }
}
