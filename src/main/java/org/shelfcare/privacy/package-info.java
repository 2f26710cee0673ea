/**
 * Trust, enforced: the anonymity guard (thresholds and protection against differencing), sealed
 * text (encrypted at rest under per-person keys that die with the account), and the audit log of
 * admin actions and reads of sensitive records. Other modules use {@link SealedText},
 * {@link AnonymityGuard} and {@link AuditLog}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Privacy", allowedDependencies = {"directory", "web"})
package org.shelfcare.privacy;

import org.jspecify.annotations.NullMarked;
