"""Item 12 (Trust issue), zero network: "WebRTC STUN packets reached a UDP listener without appearing in
the block log". A real map page (overview and picker, QtWebEngine offscreen) tries every way out it has:
RTCPeerConnection with a STUN server on a loopback UDP listener and a TURN/TCP server on a loopback TCP
listener (in the page and in an about:blank iframe), fetch, XHR, WebSocket, EventSource, sendBeacon,
an <img>, <link rel=preconnect> and dns-prefetch, by IP and by the name ``localhost``. Both listeners
(bound here, 127.0.0.1 only) must receive nothing, and the attempts must be in the block log.

Names: Chromium's preconnect and WebRTC's TURN/TCP sockets do not go through the request interceptor;
with the host-resolver rule every name (here ``localhost``, which /etc/hosts would resolve to the TCP
listener) and address is "not found" before any lookup, which the silent TCP listener shows.
"""

from __future__ import annotations

import os
import shlex
import socket

import pytest

from .map_helpers import js

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def listeners():
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    udp.setblocking(False)
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.bind(("127.0.0.1", 0))
    tcp.listen(16)
    tcp.setblocking(False)

    got = {"udp": 0, "tcp": 0}

    def received() -> tuple[int, int]:
        """UDP datagrams and TCP connections received so far (cumulative)."""
        while True:
            try:
                udp.recvfrom(65536)
                got["udp"] += 1
            except BlockingIOError:
                break
        while True:
            try:
                c, _ = tcp.accept()
                c.close()
                got["tcp"] += 1
            except BlockingIOError:
                break
        return got["udp"], got["tcp"]

    yield udp.getsockname()[1], tcp.getsockname()[1], received
    udp.close()
    tcp.close()


_ATTEMPTS = """(function () {
  var U = %(udp)d, T = %(tcp)d, out = window.__net = { tried: [], settled: 0 };
  function peer(W, tag) {
    try {
      var pc = new W.RTCPeerConnection({ iceServers: [
        { urls: ["stun:127.0.0.1:" + U, "stun:localhost:" + U] },
        { urls: ["turn:127.0.0.1:" + T + "?transport=tcp", "turn:localhost:" + T + "?transport=tcp",
                 "turn:127.0.0.1:" + U + "?transport=udp"], username: "u", credential: "p" }] });
      pc.createDataChannel("x");
      pc.onicegatheringstatechange = function () { if (pc.iceGatheringState === "complete") out.settled++; };
      pc.createOffer().then(function (o) { return pc.setLocalDescription(o); })
        .catch(function () { out.settled++; });
      out.tried.push(tag + ":created");
    } catch (e) { out.tried.push(tag + ":refused"); out.settled++; }
  }
  peer(window, "page");
  var f = document.createElement("iframe");
  document.body.appendChild(f);
  if (f.contentWindow && f.contentWindow.RTCPeerConnection) peer(f.contentWindow, "iframe");
  else { out.tried.push("iframe:none"); out.settled++; }
  var hosts = ["127.0.0.1", "localhost"];
  hosts.forEach(function (h) {
    var base = "http://" + h + ":" + T;
    fetch(base + "/fetch").catch(function () {});
    try { var x = new XMLHttpRequest(); x.open("GET", base + "/xhr"); x.send(); } catch (e) {}
    try { new WebSocket("ws://" + h + ":" + T + "/ws"); } catch (e) {}
    try { new EventSource(base + "/es"); } catch (e) {}
    try { navigator.sendBeacon(base + "/beacon", "x"); } catch (e) {}
    var i = new Image(); i.src = base + "/img.png";
    ["preconnect", "dns-prefetch", "prefetch"].forEach(function (rel) {
      var l = document.createElement("link"); l.rel = rel; l.href = base + "/" + rel; document.head.appendChild(l);
    });
  });
  var img = document.createElement("img"); img.src = "file:///etc/hostname"; document.body.appendChild(img);
  fetch("ftp://127.0.0.1:" + T + "/f").catch(function () {});
  return 1;
})()"""


@pytest.mark.parametrize("kind", ["overview", "picker"])
def test_map_page_reaches_no_loopback_listener(qtbot, web_profile, listeners, kind):
    from izsa_desktop.map.overview import OverviewMapWidget
    from izsa_desktop.map.picker import LocationPickerWidget

    udp_port, tcp_port, received = listeners
    w = (OverviewMapWidget if kind == "overview" else LocationPickerWidget)(web_profile)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(w.is_ready, timeout=20000)
    web_profile.interceptor.clear_log()
    js(qtbot, w.view, _ATTEMPTS % {"udp": udp_port, "tcp": tcp_port})
    # every peer connection has finished gathering (or was refused) and every request was refused
    qtbot.waitUntil(lambda: js(qtbot, w.view, "window.__net.settled") >= 2 or received() != (0, 0),
                    timeout=30000)
    qtbot.wait(2000)  # give any socket Chromium opened outside the interceptor time to arrive
    assert received() == (0, 0), "the page reached a loopback listener"
    log = web_profile.external_requests()
    assert sum(f"/{p}" in u for u in log for p in ("fetch", "xhr", "ws", "img.png")) >= 8, log
    assert any(u.startswith("webrtc:") for u in log), log  # the WebRTC attempt is in the block log
    assert any(u.startswith("file:") for u in log) and any(u.startswith("ftp:") for u in log), log
    assert "page:refused" in js(qtbot, w.view, "window.__net.tried")
    web_profile.interceptor.clear_log()  # made on purpose


def test_zero_network_switches_are_set_before_qtwebengine_starts(qapp):
    words = shlex.split(os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""))
    assert "--force-webrtc-ip-handling-policy=disable_non_proxied_udp" in words
    assert "--host-resolver-rules=MAP * ~NOTFOUND" in words
