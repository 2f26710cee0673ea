package org.shelfcare.safety;

import java.util.UUID;

/**
 * A chat channel (a Slack or Microsoft Teams incoming webhook) that gets the library's alerts.
 *
 * @param shownUrl the address without its path, which is the webhook's secret
 */
public record ChatWebhook(UUID id, String name, String shownUrl) {}
