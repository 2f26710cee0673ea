package org.shelfcare.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfcare.directory.AdminAction;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.support.Fixtures;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sealed text: readable by its owner's key in its own place only, and by nothing else. */
@IntegrationTest
class SealedTextTests {

    @Autowired SealedText sealedText;
    @Autowired DataKeys dataKeys;
    @Autowired MasterKeys masterKeys;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired org.shelfcare.support.DatabaseDump databaseDump;

    Fixtures.Library library;
    CurrentUser ana;
    CurrentUser ben;
    KeyOwner anaKey;

    @BeforeEach
    void people() {
        library = fixtures.library("Sealed Text Library");
        ana = library.person("Ana");
        ben = library.person("Ben");
        anaKey = KeyOwner.person(library.id(), ana.personId());
    }

    @Test
    void opensWhatItSealedInItsPlace() {
        SealedField field = SealedField.of("journal_entry", "body", UUID.randomUUID());
        String text = "Hoy fue un día difícil en el mostrador. 🌧️";
        Sealed sealed = sealedText.seal(anaKey, field, text);

        assertThat(sealed.text()).doesNotContain("difícil");
        assertThat(sealedText.open(anaKey, field, Sealed.of(sealed.text()))).isEqualTo(text);
        assertThat(sealedText.seal(anaKey, field, text).text()).as("a fresh IV each time").isNotEqualTo(sealed.text());
        assertThat(sealedText.open(anaKey, field, sealedText.seal(anaKey, field, ""))).isEmpty();
    }

    @Test
    void aPersonsTextsShareOneDataKeyAndOthersHaveTheirOwn() {
        SealedField field = SealedField.of("journal_entry", "body", UUID.randomUUID());
        sealedText.seal(anaKey, field, "one");
        sealedText.seal(anaKey, field, "two");
        sealedText.seal(KeyOwner.person(library.id(), ben.personId()), field, "three");
        assertThat(jdbc.sql("SELECT count(*) FROM privacy_data_key WHERE owner_id = ?").param(ana.personId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM privacy_data_key WHERE org_id = ?").param(library.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void alteredTextFailsToOpen() {
        SealedField field = SealedField.of("checkin", "note", UUID.randomUUID());
        byte[] bytes = Base64.getDecoder().decode(sealedText.seal(anaKey, field, "I felt stretched thin").text());
        bytes[bytes.length - 20] ^= 1;
        Sealed altered = Sealed.of(Base64.getEncoder().encodeToString(bytes));

        assertThatThrownBy(() -> sealedText.open(anaKey, field, altered))
                .isInstanceOfSatisfying(SealedTextUnreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.NOT_FOR_THIS_PLACE))
                .hasMessageContaining("altered");
        assertThatThrownBy(() -> sealedText.open(anaKey, field, Sealed.of("plain words")))
                .isInstanceOfSatisfying(SealedTextUnreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.MALFORMED));
    }

    @Test
    void textMovedToAnotherRowOrColumnFailsToOpen() {
        UUID row = UUID.randomUUID();
        Sealed sealed = sealedText.seal(anaKey, SealedField.of("journal_entry", "body", row), "private words");

        assertThatThrownBy(() -> sealedText.open(anaKey, SealedField.of("journal_entry", "body", UUID.randomUUID()), sealed))
                .isInstanceOfSatisfying(SealedTextUnreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.NOT_FOR_THIS_PLACE));
        assertThatThrownBy(() -> sealedText.open(anaKey, SealedField.of("journal_entry", "title", row), sealed))
                .isInstanceOf(SealedTextUnreadable.class);
        assertThatThrownBy(() -> sealedText.open(anaKey, SealedField.of("leave_request", "body", row), sealed))
                .isInstanceOf(SealedTextUnreadable.class);
    }

    @Test
    void textMovedToAnotherOwnerFailsToOpen() {
        SealedField field = SealedField.of("journal_entry", "body", UUID.randomUUID());
        Sealed sealed = sealedText.seal(anaKey, field, "only for Ana");
        KeyOwner benKey = KeyOwner.person(library.id(), ben.personId());
        sealedText.seal(benKey, field, "Ben has a key too");

        for (KeyOwner other : List.of(benKey, KeyOwner.care(library.id()),
                KeyOwner.person(fixtures.library("Elsewhere").id(), ana.personId()))) {
            assertThatThrownBy(() -> sealedText.open(other, field, sealed))
                    .isInstanceOfSatisfying(SealedTextUnreadable.class,
                            e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.NOT_FOR_THIS_PLACE))
                    .hasMessageContaining("another owner");
        }
    }

    @Test
    void theCareKeyBelongsToTheLibrary() {
        SealedField field = SealedField.of("care_note", "body", UUID.randomUUID());
        KeyOwner care = KeyOwner.care(library.id());
        Sealed sealed = sealedText.seal(care, field, "Checked in with Ana after the incident");
        assertThat(sealedText.open(care, field, sealed)).isEqualTo("Checked in with Ana after the incident");
        assertThatThrownBy(() -> sealedText.open(anaKey, field, sealed)).isInstanceOf(SealedTextUnreadable.class);
    }

    @Test
    void destroyedKeysLeaveTheirTextUnreadableForGood() {
        SealedField field = SealedField.of("journal_entry", "body", UUID.randomUUID());
        Sealed anas = sealedText.seal(anaKey, field, "gone with the account");
        KeyOwner benKey = KeyOwner.person(library.id(), ben.personId());
        Sealed bens = sealedText.seal(benKey, field, "still here");

        sealedText.destroyKeysOf(library.id(), ana.personId());

        assertThatThrownBy(() -> sealedText.open(anaKey, field, anas))
                .isInstanceOfSatisfying(SealedTextUnreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.KEY_DESTROYED));
        assertThat(jdbc.sql("SELECT count(*) FROM privacy_data_key WHERE owner_id = ? AND wrapped_key IS NOT NULL")
                .param(ana.personId()).query(Integer.class).single()).as("no copy of the key is left").isZero();
        assertThat(sealedText.open(benKey, field, bens)).isEqualTo("still here");
    }

    @Test
    void aDeletedPersonsKeysAreDestroyed() {
        SealedField field = SealedField.of("journal_entry", "body", UUID.randomUUID());
        Sealed sealed = sealedText.seal(anaKey, field, "deleted with the account");

        events.publishEvent(new AdminAction(library.id(), library.admin().personId(), SealedText.PERSON_DELETED,
                ana.personId(), null));

        assertThatThrownBy(() -> sealedText.open(anaKey, field, sealed))
                .isInstanceOfSatisfying(SealedTextUnreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.KEY_DESTROYED));
    }

    @Test
    void keysOfAnEarlierMasterKeyAreRewrappedAfterARotation() {
        MasterKey old = randomMasterKey();
        SealedText before = new SealedText(dataKeys, new MasterKeys(old, List.of()));
        SealedField field = SealedField.of("journal_entry", "body", UUID.randomUUID());
        Sealed sealed = before.seal(anaKey, field, "written before the rotation");

        MasterKey next = randomMasterKey();
        SealedText withoutOld = new SealedText(dataKeys, new MasterKeys(next, List.of()));
        assertThatThrownBy(() -> withoutOld.open(anaKey, field, sealed))
                .isInstanceOfSatisfying(SealedTextUnreadable.class,
                        e -> assertThat(e.reason()).isEqualTo(SealedTextUnreadable.Reason.MASTER_KEY_MISSING))
                .hasMessageContaining(old.id());

        SealedText during = new SealedText(dataKeys, new MasterKeys(next, List.of(old)));
        assertThat(during.open(anaKey, field, sealed)).isEqualTo("written before the rotation");
        assertThat(during.rewrapUnderCurrentMasterKey()).isEqualTo(1);

        assertThat(withoutOld.open(anaKey, field, sealed)).isEqualTo("written before the rotation");
        sealedText.destroyKeysOf(library.id(), ana.personId());
    }

    @Test
    void aMarkerSealedInTheDatabaseIsAbsentFromADump() throws Exception {
        String marker = "MARKER-" + UUID.randomUUID();
        String control = "CONTROL-" + UUID.randomUUID();
        jdbc.sql("CREATE TABLE IF NOT EXISTS sealed_dump_probe (id UUID PRIMARY KEY, body VARCHAR(4000) NOT NULL)").update();
        UUID row = UUID.randomUUID();
        Sealed sealed = sealedText.seal(anaKey, SealedField.of("sealed_dump_probe", "body", row), marker);
        jdbc.sql("INSERT INTO sealed_dump_probe (id, body) VALUES (?, ?)").params(row, sealed.text()).update();
        jdbc.sql("INSERT INTO sealed_dump_probe (id, body) VALUES (?, ?)").params(UUID.randomUUID(), control).update();

        String dump = databaseDump.dump("sealed_dump_probe");

        assertThat(dump).as("the dump holds the table's rows").contains(control).contains(sealed.text());
        assertThat(dump).doesNotContain(marker)
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8)))
                .doesNotContain(Base64.getEncoder().encodeToString(marker.getBytes(StandardCharsets.UTF_8)));
    }

    private static MasterKey randomMasterKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return MasterKey.of(raw);
    }

}
