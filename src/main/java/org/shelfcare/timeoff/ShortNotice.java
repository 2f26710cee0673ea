package org.shelfcare.timeoff;

/**
 * A request that starts sooner than its type's notice: the type and how many days ahead it starts.
 * A warning on the form, not a rule.
 */
public record ShortNotice(LeaveType type, long daysAhead) {}
