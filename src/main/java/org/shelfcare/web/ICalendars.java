package org.shelfcare.web;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/** Writes iCalendar files and feeds (ical4j) the same way for every module that offers them. */
public final class ICalendars {

    private ICalendars() {}

    /**
     * The events as an iCalendar text: version 2.0, Gregorian, the product id, and {@code name} as
     * the name calendar apps (Outlook, Google, Apple) offer for a subscription.
     */
    public static String write(List<CalendarComponent> events, String productId, String name) {
        Calendar calendar = new Calendar(new ComponentList<>(events));
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException | ValidationException impossible) {
            throw new IllegalStateException("calendar could not be written", impossible);
        }
        return out.toString();
    }
}
