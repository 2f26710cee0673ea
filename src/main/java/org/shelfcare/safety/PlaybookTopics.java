package org.shelfcare.safety;

import org.shelfcare.directory.CurrentUser;
import org.shelfcare.notifications.TopicAuthorizer;
import org.springframework.stereotype.Component;

/**
 * Who may follow an incident's playbook on the live stream ({@code safety.incident.<id>.playbook}):
 * the people who read the record (its reporter, safety leads and admins); everyone else, the
 * people it is about included, is refused.
 */
@Component
class PlaybookTopics implements TopicAuthorizer {

    private final Playbooks playbooks;

    PlaybookTopics(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    @Override
    public boolean supports(String topic) {
        return Playbooks.isTopic(topic);
    }

    @Override
    public boolean maySubscribe(CurrentUser viewer, String topic) {
        return playbooks.mayFollow(viewer, topic);
    }
}
