/*
 * Minutebook's plain front end: search, document and timeline views over the JSON API.
 *
 * Rules kept throughout, for the strict Content-Security-Policy to come:
 * - no inline scripts, event handler attributes or style attributes (bar widths use the CSSOM);
 * - data from the API is inserted as text (textContent / text nodes), except the snippets, which the
 *   API sends as escaped HTML with <mark>; those are re-built from their text and <mark> elements only.
 *
 * The whole state lives in the URL's query string (see readState / stateUrl), so every view has a
 * permalink and the browser's back and forward buttons work (pushState + popstate).
 */
(function () {
  'use strict';

  var FACETS = ['committee', 'council', 'theme', 'type', 'section', 'year'];
  var FACET_TITLES = {
    committee: 'Committee',
    council: 'Council',
    theme: 'Theme',
    type: 'Type',
    section: 'Section',
    year: 'Year'
  };
  // The parts of an agenda item the section facet names (values the API sends, labels people read).
  var SECTION_LABELS = {
    resolved: 'Resolutions',
    discussion: 'Discussion',
    recommendations: 'Recommendations',
    actions: 'Actions agreed',
    purpose: 'Purpose',
    'supporting-documents': 'Supporting documents',
    other: 'Other'
  };
  // What each kind of autocomplete suggestion is, as shown beside it.
  var SUGGESTION_KINDS = {
    term: 'Words',
    committee: 'Committee filter',
    council: 'Council filter',
    theme: 'Theme filter'
  };
  var SUGGEST_DELAY = 150; // ms after the last keystroke
  var SUGGEST_MIN = 2; // characters
  var SORTS = ['relevance', 'newest', 'oldest'];
  var INTERVALS = ['year', 'quarter', 'month'];
  var VIEWS = ['search', 'document', 'timeline'];
  var PAGE_SIZE = 10;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var SEP = ' \u00b7 '; // middle dot
  var DASH = '\u2013'; // en dash

  var $ = function (id) { return document.getElementById(id); };

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  function arr(x) { return Array.isArray(x) ? x : []; }
  function str(x) { return typeof x === 'string' ? x : (x === null || x === undefined ? '' : String(x)); }

  /** Creates an element with optional class and text (always inserted as text). */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

  function quoted(s) { return '\u201c' + s + '\u201d'; }

  /** Text ending with a full stop (unless it already ends with punctuation). */
  function sentence(s) { return /[.!?]$/.test(s) ? s : s + '.'; }

  /** "2021-09-30" as "30 September 2021"; anything unexpected is returned as it came. */
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(str(iso));
    if (!m) return str(iso);
    return parseInt(m[3], 10) + ' ' + MONTHS[parseInt(m[2], 10) - 1] + ' ' + m[1];
  }

  /** A meeting date, or, where none is stated, the estimate labelled as such. */
  function dateNode(iso, estimate) {
    if (!iso && estimate) {
      return document.createTextNode('Date not stated (estimated ' + formatDate(estimate) + ')');
    }
    if (!iso) return document.createTextNode('Date unknown');
    var t = el('time', null, formatDate(iso));
    t.setAttribute('datetime', str(iso));
    return t;
  }

  /** "2021", "2021-Q3", "2021-09" as "2021", "Q3 2021", "September 2021". */
  function formatPeriod(period) {
    var p = str(period);
    var q = /^(\d{4})-Q([1-4])$/.exec(p);
    if (q) return 'Q' + q[2] + ' ' + q[1];
    var m = /^(\d{4})-(\d{2})$/.exec(p);
    if (m) return MONTHS[parseInt(m[2], 10) - 1] + ' ' + m[1];
    return p;
  }

  /** The period ("2021", "2021-Q3", "2021-09") an ISO date falls in, or "" when undated. */
  function periodOf(iso, interval) {
    var m = /^(\d{4})-(\d{2})/.exec(str(iso));
    if (!m) return '';
    if (interval === 'month') return m[1] + '-' + m[2];
    if (interval === 'quarter') return m[1] + '-Q' + (Math.floor((parseInt(m[2], 10) - 1) / 3) + 1);
    return m[1];
  }

  /** The first and last day of a period ("2021", "2021-Q3", "2021-09"), or null. */
  function periodRange(period, interval) {
    var y = /^(\d{4})$/.exec(period);
    var q = /^(\d{4})-Q([1-4])$/.exec(period);
    var m = /^(\d{4})-(\d{2})$/.exec(period);
    var year, first, last;
    if (interval === 'year' && y) { year = +y[1]; first = 1; last = 12; }
    else if (interval === 'quarter' && q) { year = +q[1]; first = (+q[2] - 1) * 3 + 1; last = first + 2; }
    else if (interval === 'month' && m && +m[2] >= 1 && +m[2] <= 12) { year = +m[1]; first = +m[2]; last = first; }
    else return null;
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    var days = new Date(Date.UTC(year, last, 0)).getUTCDate(); // day 0 of the next month: the last day
    return { from: year + '-' + pad(first) + '-01', to: year + '-' + pad(last) + '-' + pad(days) };
  }

  // ---------------------------------------------------------------------------------------------
  // State <-> URL

  function readState(search) {
    var p = new URLSearchParams(search);
    var view = p.get('view');
    if (VIEWS.indexOf(view) < 0) view = p.get('id') ? 'document' : 'search';
    var page = parseInt(p.get('page') || '1', 10);
    var state = {
      view: view,
      q: p.get('q') || '',
      from: p.get('from') || '',
      to: p.get('to') || '',
      sort: SORTS.indexOf(p.get('sort')) >= 0 ? p.get('sort') : 'relevance',
      page: isFinite(page) && page >= 1 ? page : 1,
      id: p.get('id') || '',
      ret: p.get('return') === 'timeline' ? 'timeline' : 'search',
      interval: INTERVALS.indexOf(p.get('interval')) >= 0 ? p.get('interval') : 'year',
      period: p.get('period') || '',
      thesaurus: p.get('thesaurus') === 'off' ? 'off' : 'on',
      recency: p.get('recency') === 'on'
    };
    FACETS.forEach(function (f) {
      state[f] = p.getAll(f).filter(function (v) { return v.trim() !== ''; });
    });
    return state;
  }

  /**
   * The query string of a state. Only what matters to its view is written, in a stable order:
   * search: q, committee, council, theme, type, section, year, from, to, sort, thesaurus (off only),
   * recency (on only), page;
   * timeline: theme (one), interval, q, period;
   * document: id plus the state of the view it was opened from (return=search|timeline).
   */
  function stateParams(s) {
    var p = new URLSearchParams();
    p.set('view', s.view);
    var origin = s.view === 'document' ? s.ret : s.view;
    if (s.view === 'document') {
      p.set('id', s.id);
      p.set('return', s.ret);
    }
    if (origin === 'timeline') {
      if (s.theme[0]) p.set('theme', s.theme[0]);
      if (s.interval !== 'year') p.set('interval', s.interval);
      if (s.q) p.set('q', s.q);
      if (s.period) p.set('period', s.period);
    } else {
      if (s.q) p.set('q', s.q);
      FACETS.forEach(function (f) { s[f].forEach(function (v) { p.append(f, v); }); });
      if (s.from) p.set('from', s.from);
      if (s.to) p.set('to', s.to);
      if (s.sort !== 'relevance') p.set('sort', s.sort);
      if (s.thesaurus === 'off') p.set('thesaurus', 'off');
      if (s.recency) p.set('recency', 'on');
      if (s.page > 1) p.set('page', String(s.page));
    }
    return p;
  }

  function stateUrl(s) { return '?' + stateParams(s).toString(); }

  function copyState(s, changes) {
    var c = {};
    Object.keys(s).forEach(function (k) { c[k] = Array.isArray(s[k]) ? s[k].slice() : s[k]; });
    Object.keys(changes || {}).forEach(function (k) { c[k] = changes[k]; });
    return c;
  }

  /** A fresh state: the defaults of every field. */
  function blankState(view) { return readState('?view=' + view); }

  /** The search API's parameters for a state. */
  function searchParams(s) {
    var p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    FACETS.forEach(function (f) { s[f].forEach(function (v) { p.append(f, v); }); });
    if (s.from) p.set('from', s.from);
    if (s.to) p.set('to', s.to);
    p.set('sort', s.sort);
    if (s.thesaurus === 'off') p.set('thesaurus', 'off');
    if (s.recency) p.set('recency', 'on');
    p.set('page', String(s.page));
    p.set('size', String(PAGE_SIZE));
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // API

  function ApiError(message, status) {
    this.message = message;
    this.status = status || 0;
  }

  function api(path, params) {
    var url = path + (params && params.toString() ? '?' + params.toString() : '');
    return fetch(url, { headers: { Accept: 'application/json' } }).then(
      function (res) {
        return res.json().then(
          function (body) { return { res: res, body: body }; },
          function () { return { res: res, body: null }; });
      },
      function () {
        throw new ApiError('Could not reach the Minutebook server. Check that it is running, then try again.');
      }
    ).then(function (r) {
      if (!r.res.ok) {
        var msg = r.body && typeof r.body.error === 'string' && r.body.error
          ? r.body.error
          : 'The server answered ' + r.res.status + ' ' + (r.res.statusText || '') + '.';
        throw new ApiError(msg, r.res.status);
      }
      if (r.body === null || typeof r.body !== 'object') {
        throw new ApiError('The server sent an answer that could not be read.');
      }
      return r.body;
    });
  }

  /** The message for a failure; a 400's (the server saying what was wrong with the request) is kept. */
  function errorText(e, what) {
    if (e instanceof ApiError && e.status === 400) {
      return 'This ' + (what || 'request') + ' could not be run: ' + sentence(e.message);
    }
    if (e instanceof ApiError) return e.message;
    return 'Something went wrong on this page: ' + (e && e.message ? e.message : String(e));
  }

  // Themes are loaded once: their labels name the theme facet and fill the timeline's select.
  var themes = { list: [], byId: {}, error: '' };
  var themesLoaded = api('api/themes').then(function (list) {
    themes.list = arr(list).filter(function (t) { return t && typeof t.id === 'string'; });
    themes.list.forEach(function (t) { themes.byId[t.id] = t; });
  }, function (e) {
    themes.error = errorText(e);
  });

  function themeLabel(id) {
    var t = themes.byId[id];
    return t && t.label ? str(t.label) : str(id);
  }

  // ---------------------------------------------------------------------------------------------
  // Snippets and highlighting

  /**
   * Appends an API snippet (escaped HTML whose only markup is <mark>) to a parent. It is parsed in an
   * inert <template> and re-built from text nodes and <mark> elements only, so nothing else can slip in.
   */
  function appendSnippet(parent, html) {
    var tpl = document.createElement('template');
    tpl.innerHTML = str(html);
    (function copy(from, to) {
      Array.prototype.forEach.call(from.childNodes, function (n) {
        if (n.nodeType === 3) {
          to.appendChild(document.createTextNode(n.nodeValue));
        } else if (n.nodeType === 1) {
          if (n.nodeName === 'MARK') {
            var mark = document.createElement('mark');
            copy(n, mark);
            to.appendChild(mark);
          } else if (n.nodeName !== 'SCRIPT' && n.nodeName !== 'STYLE') {
            copy(n, to);
          }
        }
      });
    })(tpl.content, parent);
  }

  /**
   * The words of a query to highlight: quotes, brackets, operators (AND OR NOT), excluded words
   * (-word, NOT word), field prefixes, boosts and fuzziness are dropped; a trailing * matches a prefix.
   */
  function queryWords(q) {
    var words = [];
    var tokens = str(q).replace(/[()\[\]{}]/g, ' ').match(/-?"[^"]*"?|\S+/g) || [];
    var skipNext = false;
    tokens.forEach(function (token) {
      if (token === 'AND' || token === 'OR' || token === '&&' || token === '||') return;
      if (token === 'NOT') { skipNext = true; return; }
      if (skipNext) { skipNext = false; return; }
      if (token.charAt(0) === '-' || token.charAt(0) === '!') return;
      token = token.replace(/^\+/, '').replace(/^[\w.]+:(?=.)/, '').replace(/[~^][\d.]*$/, '');
      token.replace(/"/g, ' ').split(/[^\p{L}\p{N}*?]+/u).forEach(function (w) {
        if (w.replace(/[*?]/g, '') !== '') words.push(w.toLowerCase());
      });
    });
    return words.filter(function (w, i) { return words.indexOf(w) === i; });
  }

  /** A case-insensitive, whole-word regular expression for the words, or null when there are none. */
  function wordsRegex(words) {
    if (!words.length) return null;
    var alternatives = words
      .slice()
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (w) {
        return w.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\?/g, '[\\p{L}\\p{N}]');
      });
    try {
      return new RegExp('(?<![\\p{L}\\p{N}])(?:' + alternatives.join('|') + ')(?![\\p{L}\\p{N}])', 'giu');
    } catch (e) {
      return null;
    }
  }

  /** Appends text to a parent as text nodes, wrapping each match of the regex in <mark>. Returns the count. */
  function appendHighlighted(parent, text, regex) {
    if (!regex) {
      parent.appendChild(document.createTextNode(text));
      return 0;
    }
    var count = 0;
    var last = 0;
    var m;
    regex.lastIndex = 0;
    while ((m = regex.exec(text)) !== null) {
      if (m[0] === '') { regex.lastIndex++; continue; }
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el('mark', null, m[0]));
      last = m.index + m[0].length;
      count++;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
    return count;
  }

  // ---------------------------------------------------------------------------------------------
  // Page-wide bits: status, errors, views, focus

  function announce(message) {
    var status = $('status');
    status.textContent = '';
    // A moment later, so that screen readers notice the change even when the text is the same.
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  function showError(message) {
    $('error-message').textContent = message;
    $('error-box').hidden = false;
    announce('There is a problem: ' + message);
  }

  function hideError() {
    $('error-box').hidden = true;
    $('error-message').textContent = '';
  }

  function showView(view) {
    VIEWS.forEach(function (v) { $(v + '-view').hidden = v !== view; });
    var active = view === 'document' ? null : view;
    Array.prototype.forEach.call(document.querySelectorAll('[data-nav]'), function (a) {
      if (a.getAttribute('data-nav') === active) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }

  function setTitle(text) { document.title = (text ? text + ' \u2013 ' : '') + 'Minutebook'; }

  /**
   * After a render: focus the element with the same data-key as the one that was used (a facet or a
   * period), so that keyboard users stay where they were; otherwise the given fallback.
   */
  function placeFocus(focus) {
    if (!focus) return;
    if (focus.key) {
      var same = document.querySelector('[data-key="' + cssEscape(focus.key) + '"]');
      if (same) { same.focus(); return; }
    }
    if (focus.id) {
      var target = $(focus.id);
      if (target && !target.hidden) {
        target.focus({ preventScroll: !!focus.noScroll });
        if (!focus.noScroll) window.scrollTo(0, 0);
      }
    }
  }

  function cssEscape(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&');
  }

  // ---------------------------------------------------------------------------------------------
  // Navigation

  var renderCount = 0;
  var renderedSearch = null;

  function navigate(state, focus) {
    var url = stateUrl(state);
    if (url !== location.search) history.pushState(null, '', url);
    render(focus);
  }

  // Links marked data-internal change the state without a page load; modified clicks open normally.
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-internal]') : null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    e.preventDefault();
    if (url.search !== location.search) history.pushState(null, '', url.search || location.pathname);
    var key = a.getAttribute('data-key');
    render(key ? { key: key } : { id: a.getAttribute('data-focus') || 'main-heading' });
  });

  // Back and forward. A change of the #fragment alone (the skip link) is not a new state.
  window.addEventListener('popstate', function () {
    if (location.search === renderedSearch) return;
    render({ id: 'main-heading' });
  });

  /** The search the header starts: it keeps the search filters when refining, starts afresh from elsewhere. */
  function headerSearchState() {
    var current = readState(location.search);
    var fromSearch = current.view === 'search' || (current.view === 'document' && current.ret === 'search');
    var next = fromSearch ? copyState(current, {}) : blankState('search');
    next.view = 'search';
    next.page = 1;
    next.id = '';
    return next;
  }

  $('search-form').addEventListener('submit', function (e) {
    e.preventDefault();
    closeSuggestions();
    var next = headerSearchState();
    next.q = $('q').value.trim();
    navigate(next, { id: 'search-heading' });
  });

  $('options-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var current = readState(location.search);
    navigate(copyState(current, {
      view: 'search',
      sort: $('sort').value,
      recency: $('recency').checked,
      from: $('from').value,
      to: $('to').value,
      page: 1
    }), { id: 'search-heading', noScroll: true });
  });

  $('timeline-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var next = blankState('timeline');
    next.theme = $('t-theme').value ? [$('t-theme').value] : [];
    next.interval = $('t-interval').value;
    next.q = $('t-q').value.trim();
    navigate(next, { id: 'timeline-heading', noScroll: true });
  });

  // On narrow screens the filters start folded away below their summary; on wide ones they are open.
  var wide = window.matchMedia('(min-width: 48.0625em)');
  function fitFilters() { $('filters-panel').open = wide.matches; }
  fitFilters();
  if (wide.addEventListener) wide.addEventListener('change', fitFilters);

  // ---------------------------------------------------------------------------------------------
  // Autocomplete on the search box: the ARIA combobox pattern, with a listbox of suggestions.
  // A word suggestion replaces the box's text; a committee, council or theme suggestion is applied as
  // a filter, and the typed start of its name leaves the box.

  var suggest = { items: [], active: -1, timer: 0, seq: 0 };

  function requestSuggestions() {
    window.clearTimeout(suggest.timer);
    var text = $('q').value;
    var seq = ++suggest.seq;
    if (text.trim().length < SUGGEST_MIN) { closeSuggestions(); return; }
    var p = new URLSearchParams();
    p.set('prefix', text);
    api('api/suggest', p).then(function (data) {
      // Only the answer to the latest request, while the box still has its text and the focus.
      if (seq !== suggest.seq || $('q').value !== text || document.activeElement !== $('q')) return;
      var items = readSuggestions(data);
      if (items.length) openSuggestions(items);
      else closeSuggestions();
    }, function () {
      if (seq === suggest.seq) closeSuggestions(); // suggestions are a help: a failure just hides them
    });
  }

  function scheduleSuggestions() {
    window.clearTimeout(suggest.timer);
    suggest.timer = window.setTimeout(requestSuggestions, SUGGEST_DELAY);
  }

  function readSuggestions(data) {
    return arr(data && data.suggestions).filter(function (x) {
      return x && typeof x.text === 'string' && x.text !== '' && SUGGESTION_KINDS.hasOwnProperty(x.kind);
    }).map(function (x) {
      return { text: x.text, kind: x.kind, count: typeof x.count === 'number' ? x.count : 0 };
    });
  }

  function openSuggestions(items) {
    var box = $('q-suggestions');
    clear(box);
    items.forEach(function (item, i) { box.appendChild(suggestionOption(item, i)); });
    suggest.items = items;
    suggest.active = -1;
    $('q').removeAttribute('aria-activedescendant');
    box.hidden = false;
    $('q').setAttribute('aria-expanded', 'true');
    $('suggest-status').textContent = plural(items.length, 'suggestion') + '. Use the up and down arrows to choose.';
  }

  function closeSuggestions() {
    window.clearTimeout(suggest.timer);
    suggest.seq++; // an answer still on its way is not shown
    suggest.items = [];
    suggest.active = -1;
    var box = $('q-suggestions');
    if (box.hidden) return;
    box.hidden = true;
    clear(box);
    $('q').setAttribute('aria-expanded', 'false');
    $('q').removeAttribute('aria-activedescendant');
    $('suggest-status').textContent = '';
  }

  /** An option: the suggestion, what kind it is and, where it means something, how many items have it. */
  function suggestionOption(item, i) {
    var li = el('li', 'suggestion');
    li.id = 'q-suggestion-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-index', String(i));
    li.appendChild(el('span', 'suggestion-text', item.kind === 'theme' ? themeLabel(item.text) : item.text));
    li.appendChild(el('span', 'visually-hidden', ', '));
    li.appendChild(el('span', 'suggestion-kind', SUGGESTION_KINDS[item.kind]));
    var count = suggestionCount(item);
    if (count) {
      li.appendChild(el('span', 'visually-hidden', ', '));
      li.appendChild(el('span', 'suggestion-count', count));
    }
    return li;
  }

  /** "12 items" for a name or a single word; a count of 0 (not counted) or of a phrase's last word is left out. */
  function suggestionCount(item) {
    if (item.count <= 0 || item.kind === 'theme' || (item.kind === 'term' && /\s/.test(item.text.trim()))) return '';
    return plural(item.count, 'item');
  }

  function setActiveSuggestion(i) {
    var options = $('q-suggestions').children;
    Array.prototype.forEach.call(options, function (o, j) { o.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
    suggest.active = i;
    if (i < 0) {
      $('q').removeAttribute('aria-activedescendant');
      return;
    }
    $('q').setAttribute('aria-activedescendant', options[i].id);
    options[i].scrollIntoView({ block: 'nearest' });
  }

  /** Up and down move through the options (round from the box's end to its start), Enter chooses, Escape closes. */
  function onSuggestKey(e) {
    var open = !$('q-suggestions').hidden;
    var n = suggest.items.length;
    if (e.key === 'ArrowDown' || e.key === 'Down') {
      e.preventDefault();
      if (!open) { requestSuggestions(); return; }
      if (!e.altKey) setActiveSuggestion(suggest.active + 1 < n ? suggest.active + 1 : 0);
    } else if (e.key === 'ArrowUp' || e.key === 'Up') {
      if (!open) return;
      e.preventDefault();
      setActiveSuggestion(suggest.active > 0 ? suggest.active - 1 : n - 1);
    } else if (e.key === 'Enter') {
      if (open && suggest.active >= 0) {
        e.preventDefault();
        chooseSuggestion(suggest.items[suggest.active]);
      }
    } else if (e.key === 'Escape' || e.key === 'Esc') {
      if (open) {
        e.preventDefault(); // a search box would otherwise also clear its text
        closeSuggestions();
      }
    } else if (e.key === 'Tab') {
      closeSuggestions();
    }
  }

  function chooseSuggestion(item) {
    closeSuggestions();
    if (item.kind === 'term') {
      $('q').value = item.text;
      $('q').focus();
      $('suggest-status').textContent = 'Search box set to ' + item.text + '. Press Enter to search.';
      return;
    }
    var next = headerSearchState();
    next.q = withoutNameStart($('q').value, item);
    if (next[item.kind].indexOf(item.text) < 0) next[item.kind].push(item.text);
    navigate(next, { id: 'search-heading' });
  }

  /**
   * The box's text without the words at its end that start the chosen name ("cab" for Cabinet,
   * "children and" for "Children and Families Committee"): they were typed to find it.
   */
  function withoutNameStart(text, item) {
    var names = [item.text.toLowerCase()];
    if (item.kind === 'theme') names.push(themeLabel(item.text).toLowerCase());
    var t = text.trim();
    var starts = [0];
    t.replace(/\s+(?=\S)/g, function (space, at) { starts.push(at + space.length); return space; });
    for (var k = 0; k < starts.length; k++) {
      var end = t.slice(starts[k]).toLowerCase();
      if (names.some(function (name) { return startsAWord(name, end); })) return t.slice(0, starts[k]).trim();
    }
    return t;
  }

  /** Whether part occurs in name at the start of one of its words. */
  function startsAWord(name, part) {
    for (var at = name.indexOf(part); at >= 0; at = name.indexOf(part, at + 1)) {
      if (at === 0 || !/[\p{L}\p{N}]/u.test(name.charAt(at - 1))) return true;
    }
    return false;
  }

  $('q').addEventListener('input', scheduleSuggestions);
  $('q').addEventListener('keydown', onSuggestKey);
  $('q').addEventListener('blur', closeSuggestions);
  // A press on an option must not take the focus from the box (which would close the list first).
  $('q-suggestions').addEventListener('mousedown', function (e) { e.preventDefault(); });
  $('q-suggestions').addEventListener('click', function (e) {
    var option = e.target.closest ? e.target.closest('[role="option"]') : null;
    if (!option) return;
    var item = suggest.items[parseInt(option.getAttribute('data-index'), 10)];
    if (item) chooseSuggestion(item);
  });

  // ---------------------------------------------------------------------------------------------
  // Rendering

  function render(focus) {
    var state = readState(location.search);
    renderedSearch = location.search;
    var token = ++renderCount;
    var current = function () { return token === renderCount; };
    hideError();
    closeSuggestions();
    showView(state.view);
    $('q').value = state.view === 'timeline' ? '' : state.q;
    var done;
    if (state.view === 'document') done = renderDocument(state, current);
    else if (state.view === 'timeline') done = renderTimeline(state, current);
    else done = renderSearch(state, current);
    Promise.resolve(done).then(function () {
      if (!current()) return;
      // After the user asked for something that failed, take them to the message.
      if (focus && !$('error-box').hidden) {
        $('error-box').focus();
        return;
      }
      if (focus && focus.id === 'main-heading') {
        focus = { id: state.view === 'document' ? 'doc-title' : state.view + '-heading' };
      }
      // The document view scrolls to its first highlight by itself.
      if (focus && state.view === 'document') focus.noScroll = true;
      placeFocus(focus);
    }, function (e) {
      if (current()) showError(errorText(e));
    });
  }

  // --- Search view -----------------------------------------------------------------------------

  function renderSearch(state, current) {
    $('sort').value = state.sort;
    $('recency').checked = state.recency;
    $('from').value = state.from;
    $('to').value = state.to;
    $('search-heading').textContent = state.q ? 'Results for ' + quoted(state.q) : 'All items';
    setTitle(state.q ? 'Results for ' + quoted(state.q) : 'Browse all items');
    $('search-view').setAttribute('aria-busy', 'true');
    $('search-loading').hidden = false;
    $('result-count').textContent = '';
    clear($('search-notes'));
    $('search-notes').hidden = true;

    return themesLoaded.then(function () {
      if (current()) renderSelected(state); // after the themes, whose labels it shows
      return api('api/search', searchParams(state));
    }).then(function (data) {
      if (!current()) return;
      $('search-loading').hidden = true;
      $('search-view').removeAttribute('aria-busy');
      drawResults(state, data);
      drawNotes(state, data);
      drawFacets(state, data.facets || {});
    }, function (e) {
      if (!current()) return;
      $('search-loading').hidden = true;
      $('search-view').removeAttribute('aria-busy');
      clear($('results'));
      clear($('facets'));
      $('pager').hidden = true;
      $('result-count').textContent = 'No results could be shown.';
      showError(errorText(e, 'search'));
    });
  }

  function drawResults(state, data) {
    var total = typeof data.total === 'number' ? data.total : 0;
    var hits = arr(data.hits);
    var size = typeof data.size === 'number' && data.size > 0 ? data.size : PAGE_SIZE;
    var page = typeof data.page === 'number' && data.page > 0 ? data.page : state.page;
    var first = (page - 1) * size + 1;
    var last = first + hits.length - 1;
    var list = $('results');
    clear(list);

    var count;
    if (total === 0) {
      count = 'No items match' + (state.q ? ' ' + quoted(state.q) : '') + (hasFilters(state) ? ' with these filters' : '') + '.';
    } else if (!hits.length) {
      count = 'There are ' + plural(total, 'result') + ', but none on page ' + page + '.';
    } else {
      count = 'Results ' + first + DASH + last + ' of ' + total;
    }
    $('result-count').textContent = count;
    var said = total === 0 ? count : plural(total, 'result') + (state.q ? ' for ' + quoted(state.q) : '') +
      (hits.length ? ', showing ' + first + ' to ' + last : '');
    var notes = spokenNotes(state, data);
    announce(notes ? sentence(said) + ' ' + notes : said);

    if (total === 0) {
      var tips = el('li', 'result result-empty');
      tips.appendChild(el('p', null, 'Try fewer or different words, check the spelling, or remove some filters.'));
      list.appendChild(tips);
    } else if (!hits.length) {
      var back = el('li', 'result result-empty');
      var a = el('a', null, 'Go to the first page of results');
      a.href = stateUrl(copyState(state, { page: 1 }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'search-heading');
      back.appendChild(a);
      list.appendChild(back);
    }

    hits.forEach(function (hit) { list.appendChild(resultItem(state, hit)); });
    drawPager(state, page, size, total, hits.length);
  }

  function resultItem(state, hit) {
    var li = el('li', 'result');
    var h = el('h2', 'result-title');
    var a = el('a', null, str(hit.title) || 'Untitled item');
    a.href = stateUrl(copyState(state, { view: 'document', id: str(hit.id), ret: 'search' }));
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'doc-title');
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(citation(hit, false));
    var tags = themeTags(hit.themes);
    if (tags) li.appendChild(tags);
    arr(hit.snippets).forEach(function (s) {
      var p = el('p', 'snippet');
      appendSnippet(p, s);
      li.appendChild(p);
    });
    return li;
  }

  // --- Search help: how the query was read ----------------------------------------------------

  /**
   * The notes under the result count: a spelling that finds more, how the query was read (the API's
   * notices), the notice that no item has every word, and what the thesaurus searched as well.
   */
  function drawNotes(state, data) {
    var box = $('search-notes');
    clear(box);
    var suggestion = didYouMean(state, data);
    if (suggestion) box.appendChild(didYouMeanNote(state, suggestion));
    var notices = readNotices(data);
    if (notices.length) box.appendChild(noticeList(notices));
    if (data.fallback === true) box.appendChild(fallbackNote());
    var thesaurus = thesaurusNote(state, readExpansions(data));
    if (thesaurus) box.appendChild(thesaurus);
    box.hidden = !box.firstChild;
  }

  /** The corrected query, when the API has one that differs from the query. */
  function didYouMean(state, data) {
    var q = typeof data.didYouMean === 'string' ? data.didYouMean.trim() : '';
    return q && q !== state.q ? q : '';
  }

  /** The API's notices as text (the fallback is a flag with a note of its own). */
  function readNotices(data) {
    return arr(data.notices).filter(function (n) {
      return typeof n === 'string' && n.trim() !== '';
    });
  }

  /** The expansions as {term, also: [..]}, leaving out any that are not well formed. */
  function readExpansions(data) {
    return arr(data.expansions).map(function (x) {
      return {
        term: x && typeof x.term === 'string' ? x.term : '',
        also: arr(x && x.also).filter(function (a) { return typeof a === 'string' && a !== ''; })
      };
    }).filter(function (x) { return x.term && x.also.length; });
  }

  /** A link to another search, kept in this page. */
  function searchLink(text, state, className) {
    var a = el('a', className || null, text);
    a.href = stateUrl(state);
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'search-heading');
    return a;
  }

  function didYouMeanNote(state, suggestion) {
    var p = el('p', 'note did-you-mean');
    p.appendChild(document.createTextNode('Did you mean: '));
    p.appendChild(searchLink(suggestion, copyState(state, { q: suggestion, page: 1 }), 'did-you-mean-link'));
    p.appendChild(document.createTextNode('?'));
    return p;
  }

  function fallbackNote() {
    var p = el('p', 'note note-fallback');
    p.appendChild(el('strong', null, 'No item contains all of your words.'));
    p.appendChild(document.createTextNode(' These items contain some of them.'));
    return p;
  }

  function noticeList(notices) {
    var ul = el('ul', 'note notices');
    ul.setAttribute('aria-label', 'How your search was read');
    notices.forEach(function (n) { ul.appendChild(el('li', null, n)); });
    return ul;
  }

  /**
   * "Also searched: MASH -> multi-agency safeguarding hub, front door", a line per expansion, with a
   * link to search only for the typed words; or, with the thesaurus off, a link to switch it on.
   */
  function thesaurusNote(state, expansions) {
    if (state.thesaurus === 'off') {
      if (!state.q) return null;
      var off = el('p', 'note thesaurus-note');
      off.appendChild(document.createTextNode('Searched only for what you typed. '));
      off.appendChild(searchLink('Also search for words that mean the same', copyState(state, { thesaurus: 'on', page: 1 })));
      return off;
    }
    if (!expansions.length) return null;
    var box = el('div', 'note thesaurus-note');
    var ul = el('ul', 'expansions');
    expansions.forEach(function (x) { ul.appendChild(expansionLine(x)); });
    box.appendChild(ul);
    var p = el('p', 'thesaurus-off');
    p.appendChild(searchLink('Search only for what I typed', copyState(state, { thesaurus: 'off', page: 1 })));
    box.appendChild(p);
    return box;
  }

  function expansionLine(x) {
    var li = el('li');
    li.appendChild(document.createTextNode('Also searched: '));
    li.appendChild(el('strong', null, x.term));
    var arrow = el('span', 'arrow', ' \u2192 ');
    arrow.setAttribute('aria-hidden', 'true');
    li.appendChild(arrow);
    li.appendChild(el('span', 'visually-hidden', ' as well as: '));
    li.appendChild(document.createTextNode(x.also.join(', ')));
    return li;
  }

  /** The notes in a few words, for the announcement of the results. */
  function spokenNotes(state, data) {
    var parts = [];
    var suggestion = didYouMean(state, data);
    if (suggestion) parts.push('Did you mean ' + quoted(suggestion) + '?');
    if (data.fallback === true) parts.push('No item contains all of your words; these contain some of them.');
    var expansions = state.thesaurus === 'off' ? [] : readExpansions(data);
    if (expansions.length) parts.push('Words that mean the same were searched as well.');
    return parts.join(' ');
  }

  /** The citation line: committee · date · item · source, plus the council when known (or always, in full). */
  function citation(item, full) {
    var p = el('p', 'citation');
    var parts = [];
    parts.push(document.createTextNode(item.committee ? str(item.committee) : 'Committee unknown'));
    parts.push(dateNode(item.date, item.estimatedDate));
    if (item.itemNumber) parts.push(document.createTextNode('Item ' + str(item.itemNumber)));
    if (item.source) {
      var src = el('span', 'source', str(item.source));
      parts.push(src);
    }
    if (item.council) parts.push(document.createTextNode(str(item.council)));
    else if (full) parts.push(document.createTextNode('Council unknown'));
    parts.forEach(function (node, i) {
      if (i > 0) p.appendChild(el('span', 'sep', SEP));
      p.appendChild(node);
    });
    return p;
  }

  function themeTags(ids) {
    var list = arr(ids);
    if (!list.length) return null;
    var ul = el('ul', 'tags');
    ul.setAttribute('aria-label', 'Themes');
    list.forEach(function (id) { ul.appendChild(el('li', 'tag', themeLabel(str(id)))); });
    return ul;
  }

  function hasFilters(state) {
    return FACETS.some(function (f) { return state[f].length > 0; }) || !!state.from || !!state.to;
  }

  function facetLabel(facet, value) {
    if (facet === 'theme') return themeLabel(value);
    if (facet === 'section') return sectionLabel(value);
    return value;
  }

  /** "supporting-documents" as "Supporting documents"; a section the page does not know is spelled out. */
  function sectionLabel(value) {
    if (SECTION_LABELS.hasOwnProperty(value)) return SECTION_LABELS[value];
    var words = str(value).replace(/[-_]+/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /** The state with one facet value switched on or off. */
  function toggled(state, facet, value) {
    var next = copyState(state, { page: 1 });
    var i = next[facet].indexOf(value);
    if (i >= 0) next[facet].splice(i, 1);
    else next[facet].push(value);
    return next;
  }

  function drawFacets(state, facets) {
    var box = $('facets');
    clear(box);
    FACETS.forEach(function (facet) {
      var values = arr(facets[facet]).filter(function (v) { return v && v.value !== undefined; })
        .map(function (v) { return { value: str(v.value), count: typeof v.count === 'number' ? v.count : 0 }; });
      var selected = state[facet];
      // A selected value stays listed even when nothing matches it any more, so it can be removed.
      selected.forEach(function (v) {
        if (!values.some(function (x) { return x.value === v; })) values.push({ value: v, count: 0 });
      });
      if (facet === 'year') values.sort(function (a, b) { return b.value.localeCompare(a.value); });

      var group = el('div', 'facet');
      var headingId = 'facet-' + facet;
      var h = el('h2', 'facet-title', FACET_TITLES[facet]);
      h.id = headingId;
      group.appendChild(h);
      if (!values.length) {
        group.appendChild(el('p', 'facet-empty', facet === 'year' ? 'No dated items here.' : 'None recorded for these results.'));
      } else {
        var ul = el('ul', 'facet-list');
        ul.setAttribute('aria-labelledby', headingId);
        values.forEach(function (v) {
          var on = selected.indexOf(v.value) >= 0;
          var li = el('li');
          var a = el('a', 'facet-link' + (on ? ' is-selected' : ''));
          a.href = stateUrl(toggled(state, facet, v.value));
          a.setAttribute('data-internal', '');
          a.setAttribute('data-key', 'facet:' + facet + ':' + v.value);
          a.appendChild(el('span', 'facet-box'));
          a.lastChild.setAttribute('aria-hidden', 'true');
          a.appendChild(el('span', 'facet-label', facetLabel(facet, v.value)));
          a.appendChild(el('span', 'visually-hidden', ', '));
          a.appendChild(el('span', 'facet-count', String(v.count)));
          a.appendChild(el('span', 'visually-hidden', ' ' + (v.count === 1 ? 'item' : 'items') +
            (on ? ', selected; select to remove this filter' : '')));
          li.appendChild(a);
          ul.appendChild(li);
        });
        group.appendChild(ul);
      }
      box.appendChild(group);
    });
  }

  /** The chosen filters, each a link that removes it, above the results. */
  function renderSelected(state) {
    var box = $('selected-filters');
    clear(box);
    var chips = [];
    FACETS.forEach(function (facet) {
      state[facet].forEach(function (v) {
        chips.push({ label: FACET_TITLES[facet] + ': ' + facetLabel(facet, v), state: toggled(state, facet, v), key: 'chip:' + facet + ':' + v });
      });
    });
    if (state.from) chips.push({ label: 'From ' + formatDate(state.from), state: copyState(state, { from: '', page: 1 }), key: 'chip:from' });
    if (state.to) chips.push({ label: 'To ' + formatDate(state.to), state: copyState(state, { to: '', page: 1 }), key: 'chip:to' });
    if (!chips.length) { box.hidden = true; return; }
    box.hidden = false;
    var h = el('h2', 'selected-title', 'Selected filters');
    h.id = 'selected-title';
    box.appendChild(h);
    var ul = el('ul', 'chips');
    ul.setAttribute('aria-labelledby', 'selected-title');
    chips.forEach(function (c) {
      var li = el('li');
      var a = el('a', 'chip');
      a.href = stateUrl(c.state);
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'search-heading');
      a.appendChild(el('span', 'visually-hidden', 'Remove filter '));
      a.appendChild(el('span', null, c.label));
      var x = el('span', 'chip-x', '\u00d7');
      x.setAttribute('aria-hidden', 'true');
      a.appendChild(x);
      li.appendChild(a);
      ul.appendChild(li);
    });
    var li = el('li');
    var all = el('a', 'clear-all', 'Clear all filters');
    all.href = stateUrl(copyState(blankState('search'), {
      q: state.q, sort: state.sort, thesaurus: state.thesaurus, recency: state.recency
    }));
    all.setAttribute('data-internal', '');
    all.setAttribute('data-focus', 'search-heading');
    li.appendChild(all);
    ul.appendChild(li);
    box.appendChild(ul);
  }

  function drawPager(state, page, size, total, shown) {
    var nav = $('pager');
    clear(nav);
    var pages = Math.max(1, Math.ceil(total / size));
    if (total === 0 || (pages === 1 && page === 1)) { nav.hidden = true; return; }
    nav.hidden = false;
    var ul = el('ul', 'pager-list');
    if (page > 1) {
      var prev = el('li', 'pager-prev');
      var a = el('a', null, 'Previous page');
      a.href = stateUrl(copyState(state, { page: Math.min(page - 1, pages) }));
      a.rel = 'prev';
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'search-heading');
      prev.appendChild(a);
      ul.appendChild(prev);
    }
    var info = shown
      ? 'Results ' + ((page - 1) * size + 1) + DASH + ((page - 1) * size + shown) + ' of ' + total
      : 'Page ' + page + ' of ' + pages;
    ul.appendChild(el('li', 'pager-info', info));
    if (page < pages) {
      var next = el('li', 'pager-next');
      var b = el('a', null, 'Next page');
      b.href = stateUrl(copyState(state, { page: page + 1 }));
      b.rel = 'next';
      b.setAttribute('data-internal', '');
      b.setAttribute('data-focus', 'search-heading');
      next.appendChild(b);
      ul.appendChild(next);
    }
    nav.appendChild(ul);
  }

  // --- Document view ---------------------------------------------------------------------------

  function renderDocument(state, current) {
    var back = $('back-link');
    back.href = stateUrl(copyState(state, { view: state.ret, id: '' }));
    back.setAttribute('data-focus', state.ret + '-heading');
    back.textContent = state.ret === 'timeline' ? 'Back to the timeline' : 'Back to results';
    $('doc-article').hidden = true;
    $('doc-loading').hidden = false;
    $('document-view').setAttribute('aria-busy', 'true');
    setTitle('Item');

    if (!state.id) {
      $('doc-loading').hidden = true;
      $('document-view').removeAttribute('aria-busy');
      showError('No item was chosen: the address has no id.');
      return null;
    }

    return themesLoaded.then(function () {
      return api('api/documents/' + encodeURIComponent(state.id));
    }).then(function (doc) {
      if (!current()) return;
      $('doc-loading').hidden = true;
      $('document-view').removeAttribute('aria-busy');
      drawDocument(state, doc);
    }, function (e) {
      if (!current()) return;
      $('doc-loading').hidden = true;
      $('document-view').removeAttribute('aria-busy');
      showError(errorText(e));
      setTitle('Item not shown');
    });
  }

  function drawDocument(state, doc) {
    var title = str(doc.title) || 'Untitled item';
    $('doc-title').textContent = title;
    setTitle(title);
    var cite = citation(doc, true);
    cite.id = 'doc-citation';
    $('doc-citation').replaceWith(cite);

    var tags = $('doc-themes');
    clear(tags);
    arr(doc.themes).forEach(function (id) { tags.appendChild(el('li', 'tag', themeLabel(str(id)))); });
    tags.hidden = !tags.firstChild;

    var prov = $('doc-provenance');
    clear(prov);
    var provenance = doc.provenance && typeof doc.provenance === 'object' ? doc.provenance : {};
    [['council', 'Council'], ['committee', 'Committee'], ['date', 'Meeting date']].forEach(function (f) {
      var value = doc[f[0]];
      prov.appendChild(el('dt', null, f[1]));
      var dd = el('dd');
      if (f[0] === 'date') {
        dd.appendChild(value ? dateNode(value) : document.createTextNode('Date unknown'));
      } else {
        dd.appendChild(document.createTextNode(value ? str(value) : f[1] + ' unknown'));
      }
      var from = provenance[f[0]];
      dd.appendChild(el('span', 'provenance-source', from ? ' \u2014 from ' + str(from) : (value ? '' : ' \u2014 not found in the document or a manifest')));
      prov.appendChild(dd);
    });
    if (doc.estimatedDate) {
      prov.appendChild(el('dt', null, 'Estimated meeting date'));
      var est = el('dd');
      est.appendChild(document.createTextNode(formatDate(doc.estimatedDate) + ' (an estimate, not a stated date)'));
      if (provenance.estimatedDate) {
        est.appendChild(el('span', 'provenance-source', ' \u2014 ' + str(provenance.estimatedDate)));
      }
      prov.appendChild(est);
    }
    if (doc.source) {
      prov.appendChild(el('dt', null, 'Source file'));
      prov.appendChild(el('dd', null, str(doc.source)));
    }

    // The body: escaped paragraphs (split on blank lines), with the query's words marked.
    var body = $('doc-body');
    clear(body);
    var regex = wordsRegex(queryWords(state.q));
    var marks = 0;
    str(doc.body).split(/\n[ \t\u00a0]*\n/).forEach(function (para) {
      var text = para.replace(/^\s+|\s+$/g, '');
      if (!text) return;
      var p = el('p');
      marks += appendHighlighted(p, text, regex);
      body.appendChild(p);
    });
    if (!body.firstChild) body.appendChild(el('p', 'muted', 'This item has no text.'));

    var note = $('doc-matches');
    if (regex) {
      note.hidden = false;
      note.textContent = marks
        ? 'The words of ' + quoted(state.q) + ' are highlighted ' + (marks === 1 ? 'once' : marks + ' times') + ' below.'
        : 'The words of ' + quoted(state.q) + ' do not appear in this text as whole words (the search also matches other forms of a word).';
    } else {
      note.hidden = true;
      note.textContent = '';
    }

    $('doc-article').hidden = false;
    drawRelated(state, doc.related);
    announce('Showing ' + title + (marks ? ', ' + plural(marks, 'match', 'matches') + ' highlighted' : ''));

    var first = body.querySelector('mark');
    window.requestAnimationFrame(function () {
      if (first) first.scrollIntoView({ block: 'center' });
      else window.scrollTo(0, 0);
    });
  }

  /** The items most like this one, each a link that opens it (the way back stays the same). */
  function drawRelated(state, related) {
    var items = arr(related).filter(function (r) { return r && typeof r.id === 'string' && r.id !== ''; });
    var list = $('related-list');
    clear(list);
    items.forEach(function (r) {
      var li = el('li', 'related-item');
      var a = el('a', 'related-title', str(r.title) || 'Untitled item');
      a.href = stateUrl(copyState(state, { id: r.id }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'doc-title');
      li.appendChild(a);
      li.appendChild(relatedMeta(r));
      list.appendChild(li);
    });
    $('doc-related').hidden = !items.length;
  }

  /** Committee · date · council of a related item. */
  function relatedMeta(r) {
    var p = el('p', 'related-meta');
    p.appendChild(document.createTextNode(r.committee ? str(r.committee) : 'Committee unknown'));
    p.appendChild(el('span', 'sep', SEP));
    p.appendChild(dateNode(r.date));
    if (r.council) {
      p.appendChild(el('span', 'sep', SEP));
      p.appendChild(document.createTextNode(str(r.council)));
    }
    return p;
  }

  // --- Timeline view ---------------------------------------------------------------------------

  function fillThemeSelect(selected) {
    var select = $('t-theme');
    while (select.options.length > 1) select.remove(1);
    themes.list.forEach(function (t) {
      var o = el('option', null, str(t.label) || str(t.id));
      o.value = t.id;
      select.appendChild(o);
    });
    if (selected && !themes.byId[selected]) {
      var unknown = el('option', null, selected);
      unknown.value = selected;
      select.appendChild(unknown);
    }
    select.value = selected || '';
  }

  function renderTimeline(state, current) {
    var themeId = state.theme[0] || '';
    $('t-interval').value = state.interval;
    $('t-q').value = state.q;
    $('timeline-result').hidden = true;

    return themesLoaded.then(function () {
      if (!current()) return null;
      fillThemeSelect(themeId);
      var intro = $('timeline-intro');
      var t = themes.byId[themeId];
      intro.textContent = t && t.description ? str(t.description) : '';
      intro.hidden = !intro.textContent;
      if (themes.error) showError('The themes could not be loaded: ' + themes.error);

      if (!themeId && !state.q) {
        $('timeline-heading').textContent = 'Timeline';
        setTitle('Timeline');
        intro.hidden = false;
        intro.textContent = 'Choose a theme, or type some words, to see how often it came up in committees over time.';
        announce('Choose a theme or words for the timeline.');
        return null;
      }

      var name = themeId ? themeLabel(themeId) : quoted(state.q);
      if (themeId && state.q) name += ' and ' + quoted(state.q);
      $('timeline-heading').textContent = 'Timeline: ' + name;
      setTitle('Timeline: ' + name);
      $('timeline-loading').hidden = false;
      $('timeline-view').setAttribute('aria-busy', 'true');

      var p = new URLSearchParams();
      if (themeId) p.set('theme', themeId);
      if (state.q) p.set('q', state.q);
      p.set('interval', state.interval);
      return api('api/timeline', p).then(function (data) {
        // The API lists a limited number of entries; when a chosen period's may be cut off, ask for
        // that period's entries on their own (the chart still shows every period).
        var range = periodRange(state.period, state.interval);
        if (!range || arr(data.entries).length >= (typeof data.total === 'number' ? data.total : 0)) return data;
        var ranged = new URLSearchParams(p);
        ranged.set('from', range.from);
        ranged.set('to', range.to);
        return api('api/timeline', ranged).then(function (part) {
          data.periodEntries = arr(part.entries);
          data.periodTotal = typeof part.total === 'number' ? part.total : data.periodEntries.length;
          return data;
        });
      }).then(function (data) {
        if (!current()) return;
        $('timeline-loading').hidden = true;
        $('timeline-view').removeAttribute('aria-busy');
        drawTimeline(state, data);
      }, function (e) {
        if (!current()) return;
        $('timeline-loading').hidden = true;
        $('timeline-view').removeAttribute('aria-busy');
        showError(errorText(e, 'timeline'));
      });
    });
  }

  function drawTimeline(state, data) {
    var buckets = arr(data.buckets).map(function (b) {
      return { period: str(b && b.period), count: b && typeof b.count === 'number' ? b.count : 0 };
    });
    var undated = typeof data.undated === 'number' ? data.undated : 0;
    var total = typeof data.total === 'number' ? data.total : 0;
    var entries = arr(data.entries);
    var interval = INTERVALS.indexOf(data.interval) >= 0 ? data.interval : state.interval;
    var unit = { year: 'year', quarter: 'quarter', month: 'month' }[interval];

    $('timeline-summary').textContent = total === 0
      ? 'No items match.'
      : plural(total, 'item') + ' in all: ' + (total - undated) + ' dated, ' + undated + ' with the date unknown.';

    // The chart is the table itself: a row per period with its bar and count.
    $('timeline-caption').textContent = 'Items per ' + unit + (buckets.length ? '' : ' (no dated items)');
    var tbody = $('timeline-bars');
    clear(tbody);
    var max = buckets.reduce(function (m, b) { return Math.max(m, b.count); }, 0);
    buckets.forEach(function (b) {
      var tr = el('tr', b.period === state.period ? 'is-selected' : '');
      var th = el('th');
      th.scope = 'row';
      // A period with items is a link that lists only its entries (or, when chosen, all of them again).
      var a = null;
      if (b.count > 0 || b.period === state.period) {
        a = el('a', 'period-link', formatPeriod(b.period));
        a.href = stateUrl(copyState(state, { period: b.period === state.period ? '' : b.period }));
        a.setAttribute('data-internal', '');
        a.setAttribute('data-key', 'period:' + b.period);
        if (b.period === state.period) {
          a.setAttribute('aria-current', 'true');
          a.appendChild(el('span', 'visually-hidden', ' (showing only this period; select to show all)'));
        }
        th.appendChild(a);
      } else {
        th.textContent = formatPeriod(b.period);
      }
      tr.appendChild(th);
      var td = el('td', 'bar-cell');
      var line = el('div', 'bar-line');
      var track = el('span', 'bar-track');
      track.setAttribute('aria-hidden', 'true');
      var bar = el('span', 'bar' + (b.count === 0 ? ' bar-empty' : ''));
      bar.style.width = (max ? (b.count / max) * 100 : 0) + '%'; // CSSOM, allowed by a strict CSP
      track.appendChild(bar);
      line.appendChild(el('span', 'bar-count', String(b.count)));
      line.appendChild(track);
      td.appendChild(line);
      // Pointer users can click the bar itself; keyboard users have the period link in the row.
      if (a) td.addEventListener('click', function () { a.click(); });
      else td.className += ' bar-cell-empty';
      tr.appendChild(td);
      tbody.appendChild(tr);
    });
    if (!buckets.length) {
      var tr = el('tr');
      var td = el('td', null, 'No dated items.');
      td.colSpan = 2;
      tr.appendChild(td);
      tbody.appendChild(tr);
    }

    var und = $('timeline-undated');
    clear(und);
    und.appendChild(document.createTextNode('Date unknown: ' + plural(undated, 'item') + ' (not in the chart). '));
    if (undated) {
      var u = el('a', 'period-link', state.period === 'undated' ? 'Show all entries' : 'List only these');
      u.href = stateUrl(copyState(state, { period: state.period === 'undated' ? '' : 'undated' }));
      u.setAttribute('data-internal', '');
      u.setAttribute('data-key', 'period:undated');
      und.appendChild(u);
    }

    // The entries, filtered to the chosen period.
    var shown = data.periodEntries || entries.filter(function (e) {
      if (!state.period) return true;
      if (state.period === 'undated') return !e.date;
      return periodOf(e.date, interval) === state.period;
    });
    var listed = data.periodEntries ? data.periodEntries.length : entries.length;
    var listable = data.periodEntries ? data.periodTotal : total;
    var heading = $('entries-heading');
    var periodName = state.period === 'undated' ? 'with the date unknown' : (state.period ? 'in ' + formatPeriod(state.period) : '');
    heading.textContent = 'Entries' + (periodName ? ' ' + periodName : '') + ' (' + shown.length + ')';

    var note = $('entries-note');
    clear(note);
    if (state.period) {
      var all = el('a', null, 'Show entries from every period');
      all.href = stateUrl(copyState(state, { period: '' }));
      all.setAttribute('data-internal', '');
      all.setAttribute('data-focus', 'entries-heading');
      note.appendChild(all);
      note.appendChild(el('span', 'sep', SEP));
    }
    if (listed < listable) {
      note.appendChild(document.createTextNode('Only the first ' + listed + ' of ' + listable + ' entries are listed.'));
      note.appendChild(el('span', 'sep', SEP));
    }
    var search = el('a', null, 'Search these items');
    var s = blankState('search');
    s.q = state.q;
    if (state.theme[0]) s.theme = [state.theme[0]];
    search.href = stateUrl(s);
    search.setAttribute('data-internal', '');
    search.setAttribute('data-focus', 'search-heading');
    note.appendChild(search);

    var list = $('timeline-entries');
    clear(list);
    shown.forEach(function (e) {
      var li = el('li', 'entry');
      var meta = el('p', 'entry-meta');
      var d = el('span', 'entry-date');
      d.appendChild(dateNode(e.date, e.estimatedDate));
      meta.appendChild(d);
      meta.appendChild(el('span', 'sep', SEP));
      meta.appendChild(document.createTextNode(e.committee ? str(e.committee) : 'Committee unknown'));
      if (e.council) {
        meta.appendChild(el('span', 'sep', SEP));
        meta.appendChild(document.createTextNode(str(e.council)));
      }
      li.appendChild(meta);
      var h = el('h3', 'entry-title');
      var a = el('a', null, str(e.title) || 'Untitled item');
      a.href = stateUrl(copyState(state, { view: 'document', id: str(e.id), ret: 'timeline' }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'doc-title');
      h.appendChild(a);
      li.appendChild(h);
      if (e.snippet) {
        var p = el('p', 'snippet');
        appendSnippet(p, e.snippet);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    if (!shown.length) list.appendChild(el('li', 'entry muted', 'No entries here.'));

    $('timeline-result').hidden = false;
    announce('Timeline: ' + plural(total, 'item') + ', ' + undated + ' with the date unknown' +
      (state.period ? '; listing ' + shown.length + ' ' + periodName : ''));
  }

  // ---------------------------------------------------------------------------------------------

  // Keep the canonical form of the address (so that the first entry of history is a permalink too).
  var initial = readState(location.search);
  if (location.search && stateUrl(initial) !== location.search) {
    history.replaceState(null, '', stateUrl(initial));
  }
  render(null);
})();
