package org.shelfcare.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shelfcare.web.InvalidInput;

/** Links a phone can follow, and the rules an entry must meet. */
class SupportResourceTests {

    @Test
    void phoneAndTextLinksUseDigitsOnly() {
        SupportResource samhsa = resource("1-800-662-4357", null, null, "https://www.samhsa.gov");
        SupportResource textLine = resource(null, "741741", "HOME", null);
        SupportResource abroad = resource("+44 (20) 7946-0000", "+1 555 0100", "NEED HELP", null);

        assertThat(samhsa.phoneLink()).isEqualTo("tel:18006624357");
        assertThat(samhsa.smsLink()).isNull();
        assertThat(samhsa.webLabel()).isEqualTo("samhsa.gov");
        assertThat(textLine.phoneLink()).isNull();
        assertThat(textLine.smsLink()).isEqualTo("sms:741741?&body=HOME");
        assertThat(abroad.phoneLink()).isEqualTo("tel:+442079460000");
        assertThat(abroad.smsLink()).isEqualTo("sms:+15550100?&body=NEED%20HELP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://988lifeline.org", "http://eap.example/path?x=1", "HTTPS://Example.org/Chat"})
    void webAddressesMayUseHttpOrHttps(String url) {
        assertThat(ResourceRules.isWebAddress(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,hi", "ftp://files.example", "//evil.example",
            "https://", "https://user:pw@evil.example", "https://exa mple.org", "eap.example", "https:\\\\evil.example"})
    void otherAddressesAreRefused(String url) {
        assertThat(ResourceRules.isWebAddress(url)).isFalse();
    }

    @Test
    void aCleanEntryKeepsWhatMatters() {
        ResourceRules.Entry entry = ResourceRules.check(new ResourceDraft("eap", "", "  Our EAP  ", "Line one\r\nLine two",
                "555-0100", null, null, "https://eap.example", null, null, true, null, ""));

        assertThat(entry.category()).isEqualTo(ResourceCategory.EAP);
        assertThat(entry.locale()).isNull();
        assertThat(entry.name()).isEqualTo("Our EAP");
        assertThat(entry.description()).isEqualTo("Line one\nLine two");
        assertThat(entry.sortOrder()).isEqualTo(ResourceRules.DEFAULT_SORT);
        assertThat(entry.confidential()).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> ResourceRules.check(new ResourceDraft(null, "fr", "", null, "12", "CALL-NOW", "HOME;",
                "javascript:x", "h".repeat(201), null, false, null, "-1")))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("category", "locale", "name", "phone", "sms", "smsBody", "webUrl", "hours",
                                "sortOrder"));
    }

    @Test
    void aWordToTextNeedsANumber() {
        assertThatThrownBy(() -> ResourceRules.check(new ResourceDraft("CRISIS", null, "Line", null, null, null, "HOME",
                null, null, null, false, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
                        .extracting(InvalidInput.FieldError::messageCode).containsExactly("resources.smsBody.needsNumber"));
    }

    private static SupportResource resource(String phone, String sms, String smsBody, String web) {
        return new SupportResource(UUID.randomUUID(), UUID.randomUUID(), null, ResourceCategory.CRISIS, null, "Line",
                null, phone, sms, smsBody, web, null, null, false, null, 100);
    }
}
