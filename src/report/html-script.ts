/**
 * The reports' only script, inlined and run offline: filters by severity, category and rule; j/k to
 * move between findings; "Dismiss", which hides a finding, copies the comment (or config line) that
 * silences it and is remembered in this browser for this report (localStorage, keyed by the report's
 * files). Everything it controls is in the page already: without it the report is whole, only static.
 * Plain ES2019, no framework, no network.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var doc = document;
  var form = doc.querySelector('form.filters');
  if (!form) return;
  var cards = Array.prototype.slice.call(doc.querySelectorAll('li.finding'));
  var storeKey = 'copydesk:dismissed:' + doc.documentElement.getAttribute('data-report');
  var dismissed = {};
  try { JSON.parse(localStorage.getItem(storeKey) || '[]').forEach(function (k) { dismissed[k] = true; }); } catch (e) { /* storage off: dismissals last for this visit */ }
  function save() { try { localStorage.setItem(storeKey, JSON.stringify(Object.keys(dismissed))); } catch (e) { /* as above */ } }
  doc.querySelectorAll('[data-script]').forEach(function (el) { el.hidden = false; });
  var count = form.querySelector('.status');
  var notice = form.querySelector('.notice');
  function each(selector, fn) { doc.querySelectorAll(selector).forEach(fn); }

  function apply() {
    var severities = {};
    form.querySelectorAll('input[name=severity]:checked').forEach(function (input) { severities[input.value] = true; });
    var category = form.elements.category.value;
    var rule = form.elements.rule.value;
    var showDismissed = form.elements.dismissed.checked;
    var shown = {};
    var n = 0;
    cards.forEach(function (card) {
      var gone = !!dismissed[card.dataset.key];
      card.classList.toggle('dismissed', gone);
      var button = card.querySelector('button.dismiss');
      if (button) button.textContent = gone ? 'Restore' : 'Dismiss';
      var ok = !!severities[card.dataset.severity] && (!category || card.dataset.category === category) && (!rule || card.dataset.rule === rule) && (!gone || showDismissed);
      card.hidden = !ok;
      if (ok) { shown[card.dataset.n] = true; n++; }
    });
    each('[data-findings]', function (el) {
      var on = el.getAttribute('data-findings').split(' ').some(function (k) { return shown[k]; });
      el.classList.toggle('off', !on);
    });
    each('[data-n]:not(li.finding)', function (el) { el.hidden = !shown[el.getAttribute('data-n')]; });
    each('details.notes', function (group) {
      var visible = group.querySelectorAll('li.finding:not([hidden])').length;
      group.hidden = visible === 0;
      var label = group.querySelector('.notes-count');
      if (label) label.textContent = String(visible);
    });
    count.textContent = 'Showing ' + n + ' of ' + cards.length + ' finding' + (cards.length === 1 ? '' : 's');
  }

  var current = null;
  function go(step) {
    var visible = cards.filter(function (card) { return !card.hidden; });
    if (visible.length === 0) return;
    var i = visible.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.max(0, Math.min(visible.length - 1, i + step));
    current = visible[i];
    var group = current.closest('details');
    if (group && !group.open) group.open = true;
    each('.current', function (el) { el.classList.remove('current'); });
    var places = doc.querySelectorAll('[data-findings~="' + current.dataset.n + '"]');
    places.forEach(function (el) { el.classList.add('current'); });
    if (places.length) places[0].scrollIntoView({ block: 'center' });
    current.focus({ preventScroll: true });
    current.scrollIntoView({ block: 'nearest' });
  }
  doc.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && target.closest && target.closest('input, select, textarea, button, summary, [contenteditable]')) return;
    if (event.key === 'j') { event.preventDefault(); go(1); }
    else if (event.key === 'k') { event.preventDefault(); go(-1); }
  });
  doc.addEventListener('focusin', function (event) {
    var card = event.target.closest && event.target.closest('li.finding');
    if (card) current = card;
  });

  function copy(text) {
    if (!navigator.clipboard || !navigator.clipboard.writeText) return Promise.resolve(false);
    return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return false; });
  }
  doc.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('button.dismiss');
    if (!button) return;
    var card = button.closest('li.finding');
    var key = card.dataset.key;
    if (dismissed[key]) {
      delete dismissed[key];
      notice.textContent = 'Restored #' + card.dataset.n + '.';
    } else {
      dismissed[key] = true;
      var code = card.querySelector('.silence code');
      var text = code ? code.textContent : '';
      notice.textContent = 'Dismissed #' + card.dataset.n + '. To silence it in the copy: ' + text;
      copy(text).then(function (ok) { if (ok) notice.textContent = 'Dismissed #' + card.dataset.n + '. Copied to the clipboard: ' + text; });
    }
    save();
    apply();
    if (card.hidden) {
      var next = cards.slice(cards.indexOf(card) + 1).concat(cards.slice(0, cards.indexOf(card))).filter(function (c) { return !c.hidden; })[0];
      if (next) { current = next; next.focus(); } else notice.focus();
    }
  });
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  apply();
})();
`;
