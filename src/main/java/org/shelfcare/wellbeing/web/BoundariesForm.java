package org.shelfcare.wellbeing.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfcare.wellbeing.AgreementDraft;
import org.shelfcare.wellbeing.ContactChannel;
import org.shelfcare.wellbeing.WorkingAgreement;
import org.shelfcare.wellbeing.WorkingDay;

/**
 * The working agreement form. Times stay text ({@code start[MONDAY]}, {@code end[MONDAY]}), so that
 * a rejected form shows exactly what was typed.
 */
public class BoundariesForm {

    private Map<String, String> start = new HashMap<>();
    private Map<String, String> end = new HashMap<>();
    private List<String> channels = new ArrayList<>();
    private String responseExpectations = "";
    private String protectedTime = "";
    private String howToWorkWithMe = "";
    private boolean shared;

    static BoundariesForm of(WorkingAgreement agreement) {
        BoundariesForm form = new BoundariesForm();
        for (WorkingDay day : agreement.hours()) {
            if (day.working()) {
                form.start.put(day.day().name(), String.valueOf(day.start()));
                form.end.put(day.day().name(), String.valueOf(day.end()));
            }
        }
        agreement.channels().stream().sorted().forEach(c -> form.channels.add(c.name()));
        form.responseExpectations = agreement.responseExpectations();
        form.protectedTime = agreement.protectedTime();
        form.howToWorkWithMe = agreement.howToWorkWithMe();
        form.shared = agreement.shared();
        return form;
    }

    AgreementDraft draft() {
        Map<DayOfWeek, AgreementDraft.Hours> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, new AgreementDraft.Hours(start.get(day.name()), end.get(day.name())));
        }
        return new AgreementDraft(hours, channels, responseExpectations, protectedTime, howToWorkWithMe, shared);
    }

    public String start(DayOfWeek day) {
        return start.getOrDefault(day.name(), "");
    }

    public String end(DayOfWeek day) {
        return end.getOrDefault(day.name(), "");
    }

    public boolean has(ContactChannel channel) {
        return channels.contains(channel.name());
    }

    public Map<String, String> getStart() { return start; }
    public void setStart(Map<String, String> value) { start = value; }
    public Map<String, String> getEnd() { return end; }
    public void setEnd(Map<String, String> value) { end = value; }
    public List<String> getChannels() { return channels; }
    public void setChannels(List<String> value) { channels = value; }
    public String getResponseExpectations() { return responseExpectations; }
    public void setResponseExpectations(String value) { responseExpectations = value; }
    public String getProtectedTime() { return protectedTime; }
    public void setProtectedTime(String value) { protectedTime = value; }
    public String getHowToWorkWithMe() { return howToWorkWithMe; }
    public void setHowToWorkWithMe(String value) { howToWorkWithMe = value; }
    public boolean isShared() { return shared; }
    public void setShared(boolean value) { shared = value; }
}
