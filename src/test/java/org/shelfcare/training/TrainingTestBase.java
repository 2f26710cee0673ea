package org.shelfcare.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.directory.DirectoryManagement;
import org.shelfcare.directory.LibrarySettings;
import org.shelfcare.directory.Role;
import org.shelfcare.notifications.NotificationManagement;
import org.shelfcare.notifications.NotificationView;
import org.shelfcare.support.ApiTestBase;
import org.shelfcare.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * What the training tests share: the library they run in with its admin, a wellness lead, a
 * supervisor and another library's admin, the catalog's items by code, the reminders a person got,
 * and calls to the training pages and API as a person. Subclasses carry {@code @IntegrationTest}.
 */
abstract class TrainingTestBase extends ApiTestBase {

    @Autowired DirectoryManagement directory;
    @Autowired LibrarySettings settings;
    @Autowired TrainingManagement training;
    @Autowired TrainingReminders reminders;
    @Autowired NotificationManagement notifications;
    @Autowired JdbcClient jdbc;

    Fixtures.Library library;
    CurrentUser admin;
    CurrentUser lead;
    CurrentUser supervisor;
    CurrentUser outsider;

    /**
     * A new library {@code name} with its admin, a wellness lead and a supervisor; the outsider is the
     * admin of another library, "Other {@code name}".
     */
    void openLibrary(String name, String leadName, String supervisorName) {
        library = fixtures.library(name);
        admin = library.admin();
        lead = library.person(leadName, Role.WELLNESS_LEAD);
        supervisor = library.person(supervisorName, Role.SUPERVISOR);
        outsider = fixtures.library("Other " + name).admin();
    }

    /** The catalog item with {@code code}, as {@code user} sees the catalog. */
    UUID item(CurrentUser user, String code) {
        return training.catalog(user).stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow().id();
    }

    /** The catalog item with {@code code}, as the admin sees the catalog. */
    UUID item(String code) {
        return item(admin, code);
    }

    /** The message keys of the training reminders {@code person} got in the app. */
    List<String> reminderKeys(CurrentUser person) {
        return notifications.notifications(person).stream().filter(n -> n.type().equals(TrainingReminders.NOTICE))
                .map(NotificationView::messageKey).toList();
    }

    /** A page's text, which must answer 200. */
    String page(CurrentUser person, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get(path).with(Fixtures.as(person)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The API's answer, which must have {@code status}, as JSON (an empty object when there is no body). */
    JsonNode api(String method, CurrentUser person, String path, @Nullable String body, int status) throws Exception {
        MockHttpServletResponse response = api(person, HttpMethod.valueOf(method), path, body);
        assertThat(response.getStatus()).as(method + " " + path + ": " + response.getContentAsString()).isEqualTo(status);
        String text = response.getContentAsString();
        return text.isEmpty() ? json.createObjectNode() : json.readTree(text);
    }
}
