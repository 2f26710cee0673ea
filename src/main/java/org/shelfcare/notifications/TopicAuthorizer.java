package org.shelfcare.notifications;

import org.shelfcare.directory.CurrentUser;

/**
 * Decides who may follow a module's topics on the live stream. A module that publishes to
 * {@link LiveStream} declares one as a bean for its topic prefix, e.g. {@code listening.session.}
 * for {@code listening.session.<id>}.
 */
public interface TopicAuthorizer {

    /** True when this authorizer decides about {@code topic}. */
    boolean supports(String topic);

    /**
     * True when {@code viewer} may follow {@code topic}; a topic about something the viewer may
     * not see (another library's, a colleague's private object) answers false, and the stream 404.
     */
    boolean maySubscribe(CurrentUser viewer, String topic);
}
