package org.shelfcare.listening.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shelfcare.directory.CurrentUser;
import org.shelfcare.listening.ListeningSession;
import org.shelfcare.listening.ListeningSessions;
import org.shelfcare.web.Problems;
import org.shelfcare.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A QR code of an open session's join link ({@code <base>/listening/join?code=XXXXXX}), as SVG,
 * for the session page and the presenter view; for those who see the session (others, and a closed
 * session, 404). The code itself is encoded by ZXing; the SVG only draws its dark modules.
 */
@Controller
class ListeningQrController {

    private static final int QUIET_ZONE = 4;

    private final ListeningSessions sessions;
    private final PublicLinks links;
    private final MessageSource messages;

    ListeningQrController(ListeningSessions sessions, PublicLinks links, MessageSource messages) {
        this.sessions = sessions;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping(ListeningRoutes.SESSION + "/qr.svg")
    ResponseEntity<String> qr(CurrentUser user, @PathVariable UUID id, Locale locale) {
        ListeningSession session = sessions.session(user, id);
        if (session.closed()) {
            throw Problems.notFound();
        }
        String url = links.absolute(UriComponentsBuilder.fromPath(ListeningRoutes.JOIN)
                .queryParam("code", session.joinCode()).build().toUriString());
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("The join link does not fit a QR code", e);
        }
        int size = matrix.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" shape-rendering=\"crispEdges\" role=\"img\"><title>")
                .append(HtmlUtils.htmlEscape(messages.getMessage("listening.qr.alt", new Object[] {session.joinCode()}, locale)))
                .append("</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"");
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    svg.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        svg.append("\"/></svg>");
        return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml")).header("Cache-Control", "private, max-age=300")
                .body(svg.toString());
    }
}
