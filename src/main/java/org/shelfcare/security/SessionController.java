package org.shelfcare.security;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** "Stay signed in" on the idle warning: any request refreshes the session; this one does nothing else. */
@Controller
class SessionController {

    static final String KEEP_ALIVE = "/session/keep-alive";

    @GetMapping(KEEP_ALIVE)
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
