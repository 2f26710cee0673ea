package org.shelfcare.privacy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current master key, which wraps new data keys, and earlier ones still configured so that
 * data keys wrapped by them can be read and rewrapped after a rotation.
 */
final class MasterKeys {

    private final MasterKey current;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    MasterKeys(MasterKey current, Collection<MasterKey> previous) {
        this.current = current;
        byId.put(current.id(), current);
        previous.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    MasterKey current() {
        return current;
    }

    /** The earlier master keys, without the current one. */
    List<MasterKey> previous() {
        return byId.values().stream().filter(key -> key != current).toList();
    }

    Optional<MasterKey> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
