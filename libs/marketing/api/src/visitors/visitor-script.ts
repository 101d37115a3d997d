/**
 * The tracking script sites embed (`<script src="https://crm.example.com/api/public/visitors.js" async>`,
 * issue 16 item 6), served by VisitorsController. Hand-written ES5 without dependencies, a few KB,
 * static (the endpoint is derived from the script's own address), so it is cached by browsers and
 * CDNs. Its contract, for the site's developers, is in libs/marketing/api/README.md:
 *
 * - No tracking at all (no cookie read or written, nothing sent) when the browser says Do Not Track
 *   (`navigator.doNotTrack === '1'`, or Global Privacy Control), when the site sets
 *   `window.rapportConsent = false`, or when the tag says `data-consent="false"`. With
 *   `data-consent="required"` nothing happens until the site calls `rapportVisitors.consent(true)`
 *   (or set `window.rapportConsent = true` before the script ran).
 * - A first-party cookie `rapport_vid` (a random UUID, about 13 months from the last visit,
 *   SameSite=Lax, on the page's host or on `data-cookie-domain`).
 * - Page views (address, title, referrer, age) are sent in small batches with sendBeacon (else
 *   fetch keepalive) as text/plain, which needs no CORS preflight: a few seconds after the view,
 *   and when the page is hidden or left.
 * - Rapport forms on the page (web-to-lead, event registration) get the visitor id in a hidden
 *   `visitorId` field, filled again as they are submitted.
 * - A tracked email link's `rapport_pid` is taken out of the address bar at once (so a copied or
 *   forwarded address does not carry it) and sent with the next batch.
 */
const SOURCE = String.raw`(function (w, d, n) {
  'use strict';
  var me = d.currentScript;
  if (w.rapportVisitors || !me || !me.src) return;
  var endpoint = me.src.replace(/\/visitors\.js(?:[?#].*)?$/, '/page-views');
  var FORMS = 'form.rapport-form, form[data-rapport-form], form[action*="/api/public/"]';
  var MAX_AGE = 34128000;
  var PER_BATCH = 10;
  var mode = (me.getAttribute('data-consent') || '').toLowerCase();
  var domain = me.getAttribute('data-cookie-domain');
  var queue = [], timer = 0, viewed = false, last = '', identity = null;

  function doNotTrack() {
    return n.doNotTrack === '1' || w.doNotTrack === '1' || n.msDoNotTrack === '1' || n.globalPrivacyControl === true;
  }
  function allowed() {
    if (doNotTrack() || w.rapportConsent === false || mode === 'false' || mode === 'denied') return false;
    return mode === 'required' ? w.rapportConsent === true : true;
  }
  function cookie(value, maxAge) {
    d.cookie = 'rapport_vid=' + value + '; Path=/; Max-Age=' + maxAge + '; SameSite=Lax' + (domain ? '; Domain=' + domain : '') + (location.protocol === 'https:' ? '; Secure' : '');
  }
  function uuid() {
    if (w.crypto && w.crypto.randomUUID) return w.crypto.randomUUID();
    var b = new Uint8Array(16), h = '';
    w.crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    for (var i = 0; i < 16; i++) h += (b[i] + 256).toString(16).slice(1) + (i === 3 || i === 5 || i === 7 || i === 9 ? '-' : '');
    return h;
  }
  function visitorId() {
    var m = /(?:^|;\s*)rapport_vid=([0-9a-f-]{36})(?:;|$)/.exec(d.cookie);
    var id = m ? m[1] : uuid();
    cookie(id, MAX_AGE);
    return id;
  }
  function fill(form, id) {
    var input = form.querySelector('input[name="visitorId"]');
    if (!input) {
      input = d.createElement('input');
      input.type = 'hidden';
      input.name = 'visitorId';
      form.appendChild(input);
    }
    input.value = id;
  }
  function fillAll(id) {
    var forms = d.querySelectorAll(FORMS);
    for (var i = 0; i < forms.length; i++) fill(forms[i], id);
  }
  function flush() {
    clearTimeout(timer);
    timer = 0;
    if (!allowed()) queue = [];
    while (queue.length) {
      var now = Date.now(), batch = queue.splice(0, PER_BATCH), views = [];
      for (var i = 0; i < batch.length; i++) views.push({ url: batch[i].url, title: batch[i].title, referrer: batch[i].referrer, ageMs: Math.min(Math.max(now - batch[i].at, 0), 86400000) });
      var body = { visitorId: visitorId(), views: views };
      if (identity) body.identity = identity;
      identity = null;
      var text = JSON.stringify(body), sent = false;
      try { sent = !!(n.sendBeacon && n.sendBeacon(endpoint, text)); } catch (e) { sent = false; }
      if (!sent && w.fetch) w.fetch(endpoint, { method: 'POST', body: text, keepalive: true, mode: 'no-cors', credentials: 'omit', headers: { 'Content-Type': 'text/plain' } })['catch'](function () {});
    }
  }
  function view() {
    if (!allowed()) return;
    var url = String(location.href).slice(0, 2048);
    queue.push({ url: url, title: String(d.title || '').slice(0, 300), referrer: String((viewed ? last : d.referrer) || '').slice(0, 2048), at: Date.now() });
    viewed = true;
    last = url;
    fillAll(visitorId());
    if (queue.length >= PER_BATCH) flush();
    else if (!timer) timer = setTimeout(flush, 3000);
  }

  try {
    var here = new URL(location.href);
    identity = here.searchParams.get('rapport_pid');
    if (identity !== null) {
      here.searchParams['delete']('rapport_pid');
      history.replaceState(history.state, '', here.href);
    }
  } catch (e) { identity = null; }

  d.addEventListener('visibilitychange', function () { if (d.visibilityState === 'hidden') flush(); });
  w.addEventListener('pagehide', flush);
  d.addEventListener('submit', function (e) {
    var form = e.target;
    if (allowed() && form && form.matches && form.matches(FORMS)) fill(form, visitorId());
    flush();
  }, true);
  w.rapportVisitors = {
    consent: function (granted) {
      w.rapportConsent = !!granted;
      if (!granted) { queue = []; cookie('', 0); }
      else if (!viewed) view();
    },
    page: view
  };
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', view);
  else view();
})(window, document, navigator);
`;

/** The script as served: comment-free already, trimmed of indentation to keep it small. */
export const VISITOR_SCRIPT = SOURCE.replace(/\n\s+/g, '\n');
