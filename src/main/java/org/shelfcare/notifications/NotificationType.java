package org.shelfcare.notifications;

/**
 * A kind of notification that people can switch on or off, in the app and by email, on their
 * preferences page. A module declares its kinds as beans, e.g.
 * {@code @Bean NotificationType approved() { return new NotificationType("timeoff.approved", "timeoff.notification.approved", 10); }}.
 *
 * @param code the {@link Notice#type()} it stands for
 * @param labelKey message key of its name on the preferences page
 * @param order position on the preferences page, lowest first
 */
public record NotificationType(String code, String labelKey, int order) {}
