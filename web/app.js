/*
 * Minutebook's front end: a GOV.UK Design System page (GOV.UK Frontend's classes, from its webjar) with
 * home, search, document, timeline, register, committee and coverage views over the JSON API.
 *
 * Rules kept throughout, for the server's strict Content-Security-Policy (no inline script or style):
 * - no inline scripts, event handler attributes or style attributes (bar widths use the CSSOM);
 * - data from the API is inserted as text only (textContent / text nodes), never parsed as HTML: the
 *   snippets, which the API sends as escaped text with <mark>, are split at their marks and unescaped.
 *
 * The whole state lives in the URL's query string (see readState / stateUrl), so every view has a
 * permalink and the browser's back and forward buttons work (pushState + popstate).
 *
 * <body data-view="..."> names the view shown; data-ready is "false" from the start of a render until
 * the view has finished drawing (or shown its error), then "true" (the browser tests wait on it).
 */
(function () {
  'use strict';

  var FACETS = ['committee', 'council', 'theme', 'type', 'section', 'record', 'year'];
  var FACET_TITLES = {
    committee: 'Committee',
    council: 'Council',
    theme: 'Theme',
    type: 'Type',
    section: 'Section',
    record: 'Records',
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
  // What the knowledge base found in an item, as the record facet names it.
  var RECORD_LABELS = {
    decision: 'Has decisions',
    commitment: 'Has commitments',
    question: 'Has questions and answers',
    inspection: 'Mentions an inspection'
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
  var COUNTS = ['paragraphs', 'meetings', 'items']; // what a timeline counts (the first is the default)
  var SPLITS = ['committee', 'council'];
  var MAX_SERIES = 5; // themes and sets of words a timeline compares at most (the API's limit)
  // The chart library, from its webjar (pom.xml names the same version); loaded on the timeline only.
  var CHART_JS = 'webjars/chart.js/4.5.1/dist/chart.umd.min.js';
  // The server's Content-Security-Policy requires Trusted Types for script addresses and allows this
  // one policy, which gives out exactly one address: the chart library's. (The page has no other sink:
  // it never parses strings as HTML.)
  var SCRIPT_URLS = window.trustedTypes
    ? window.trustedTypes.createPolicy('minutebook', {
      createScriptURL: function (url) {
        if (url !== CHART_JS) throw new TypeError('not a script of this page: ' + url);
        return url;
      }
    })
    : { createScriptURL: function (url) { return url; } };
  var VIEWS = ['home', 'search', 'document', 'timeline', 'commitments', 'inspections', 'committees', 'committee',
    'coverage', 'not-found'];
  var REGISTERS = ['commitments', 'inspections']; // views listing what the minutes record
  // Views an item can be opened from, and so the document view's way back.
  var RETURNS = ['search', 'timeline', 'commitments', 'inspections', 'committee'];
  // The navigation item each view belongs to: the current page, or ("true") a page inside that section.
  var NAV_OF = {
    search: ['search', 'page'], timeline: ['timeline', 'page'], commitments: ['commitments', 'page'],
    inspections: ['inspections', 'page'], committees: ['committees', 'page'], committee: ['committees', 'true'],
    coverage: ['coverage', 'page']
  };
  // Searches offered on the start page.
  var EXAMPLES = ['front door', 'agency social workers', '"children in care"', 'Ofsted monitoring visit',
    'planning application', 'precept'];
  var STATUSES = ['open', 'possibly-followed-up', 'overdue'];
  var PAGE_SIZE = 10;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var SEP = ' \u00b7 '; // middle dot
  var DASH = '\u2013'; // en dash

  var $ = function (id) { return document.getElementById(id); };

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  function arr(x) { return Array.isArray(x) ? x : []; }
  function num(x) { return typeof x === 'number' && isFinite(x) ? x : null; }

  /** The non-blank values, each once, in their order. */
  function unique(values) {
    return values.filter(function (v, i) { return v.trim() !== '' && values.indexOf(v) === i; });
  }
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

  /** A period as short as the chart's axis needs: "2021", "Q3 2021", "Sep 2021". */
  function formatPeriodShort(period) {
    var m = /^(\d{4})-(\d{2})$/.exec(str(period));
    if (m && +m[2] >= 1 && +m[2] <= 12) return MONTHS[+m[2] - 1].slice(0, 3) + ' ' + m[1];
    return formatPeriod(period);
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
    if (view !== null && VIEWS.indexOf(view) < 0) view = 'not-found';
    // No view: an item when there is an id, a search when there is anything else, else the start page.
    if (view === null) view = p.get('id') ? 'document' : (Array.from(p.keys()).length ? 'search' : 'home');
    var page = parseInt(p.get('page') || '1', 10);
    var state = {
      view: view,
      q: p.get('q') || '',
      from: p.get('from') || '',
      to: p.get('to') || '',
      sort: SORTS.indexOf(p.get('sort')) >= 0 ? p.get('sort') : 'relevance',
      page: isFinite(page) && page >= 1 ? page : 1,
      id: p.get('id') || '',
      ret: RETURNS.indexOf(p.get('return')) >= 0 ? p.get('return') : 'search',
      status: unique(p.getAll('status')).filter(function (v) { return STATUSES.indexOf(v) >= 0; }),
      interval: INTERVALS.indexOf(p.get('interval')) >= 0 ? p.get('interval') : 'year',
      period: p.get('period') || '',
      thesaurus: p.get('thesaurus') === 'off' ? 'off' : 'on',
      recency: p.get('recency') === 'on',
      // The timeline's: every q (compared, or with one theme, combined), how it is counted and drawn,
      // and whose entries are listed (series: "theme:ID" or "q:WORDS" when comparing).
      queries: unique(p.getAll('q').map(function (v) { return v.trim(); })),
      split: SPLITS.indexOf(p.get('split')) >= 0 ? p.get('split') : '',
      count: COUNTS.indexOf(p.get('count')) >= 0 ? p.get('count') : COUNTS[0],
      show: p.get('show') === 'share' ? 'share' : 'numbers',
      chart: p.get('chart') === 'line' ? 'line' : 'bar',
      series: p.get('series') || '',
      anchor: p.get('anchor') || ''
    };
    FACETS.forEach(function (f) {
      state[f] = unique(p.getAll(f));
    });
    return state;
  }

  /**
   * The query string of a state. Only what matters to its view is written, in a stable order:
   * search: q, committee, council, theme, type, section, year, from, to, sort, thesaurus (off only),
   * recency (on only), page;
   * timeline: theme and q (each repeated), interval, committee, council, from, to, split, count,
   * show, chart (each only when not the default), period, series;
   * document: id, anchor, plus the state of the view it was opened from (return=search|timeline|...);
   * committee: council and committee; home: nothing at all; the other views: the view alone.
   */
  function stateParams(s) {
    var p = new URLSearchParams();
    if (s.view === 'home') return p;
    p.set('view', s.view);
    var origin = s.view === 'document' ? s.ret : s.view;
    if (s.view === 'document') {
      p.set('id', s.id);
      if (s.anchor) p.set('anchor', s.anchor);
      p.set('return', s.ret);
    }
    if (origin === 'committee') {
      if (s.council[0]) p.set('council', s.council[0]);
      if (s.committee[0]) p.set('committee', s.committee[0]);
    } else if (['committees', 'coverage', 'not-found'].indexOf(origin) >= 0) {
      // Nothing more: these views have no choices.
    } else if (REGISTERS.indexOf(origin) >= 0) {
      // A register: its filters only.
      ['committee', 'council', 'theme', 'status'].forEach(function (f) {
        s[f].forEach(function (v) { p.append(f, v); });
      });
      if (s.from) p.set('from', s.from);
      if (s.to) p.set('to', s.to);
    } else if (origin === 'timeline') {
      s.theme.forEach(function (v) { p.append('theme', v); });
      s.queries.forEach(function (v) { p.append('q', v); });
      if (s.interval !== 'year') p.set('interval', s.interval);
      s.committee.forEach(function (v) { p.append('committee', v); });
      s.council.forEach(function (v) { p.append('council', v); });
      if (s.from) p.set('from', s.from);
      if (s.to) p.set('to', s.to);
      if (s.split) p.set('split', s.split);
      if (s.count !== COUNTS[0]) p.set('count', s.count);
      if (s.show !== 'numbers') p.set('show', s.show);
      if (s.chart !== 'bar') p.set('chart', s.chart);
      if (s.period) p.set('period', s.period);
      if (s.series) p.set('series', s.series);
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

  /** The address of a state: its query string, or the page's own path for the start page. */
  function stateUrl(s) {
    var q = stateParams(s).toString();
    return q ? '?' + q : location.pathname;
  }

  /** The state of a committee's page. */
  function committeeState(council, committee) {
    var s = blankState('committee');
    s.council = council ? [str(council)] : [];
    s.committee = committee ? [str(committee)] : [];
    return s;
  }

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
   * Appends an API snippet (text escaped as HTML, whose only markup is <mark> and </mark>) to a parent,
   * without an HTML parser: it is split at the marks, and the five escapes the server writes are undone
   * in text nodes. Anything else that looks like markup stays text, so nothing can slip in.
   */
  function appendSnippet(parent, html) {
    var target = parent;
    str(html).split(/(<\/?mark>)/).forEach(function (part) {
      if (part === '<mark>') {
        if (target === parent) target = parent.appendChild(document.createElement('mark'));
      } else if (part === '</mark>') {
        target = parent;
      } else if (part) {
        target.appendChild(document.createTextNode(unescapeHtml(part)));
      }
    });
  }

  var HTML_ESCAPES = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'" };

  /** Text escaped by the server (Snippets.escape) as it was; other entities are left as written. */
  function unescapeHtml(text) {
    return text.replace(/&(lt|gt|amp|quot|#39);/g, function (all, name) { return HTML_ESCAPES[name]; });
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
    return count - mergeMarks(parent);
  }

  /**
   * Joins marks that only spaces separate ("front" "door" -> "front door"), so that a phrase is one
   * match for the counts and the next/previous buttons. Returns how many marks were merged away.
   */
  function mergeMarks(parent) {
    var merged = 0;
    var node = parent.firstChild;
    while (node) {
      var gap = node.nodeName === 'MARK' ? node.nextSibling : null;
      var after = gap && gap.nodeType === 3 && /^[ \t\u00a0]+$/.test(gap.nodeValue) ? gap.nextSibling : null;
      if (after && after.nodeName === 'MARK') {
        node.appendChild(document.createTextNode(gap.nodeValue + after.textContent));
        parent.removeChild(gap);
        parent.removeChild(after);
        node.normalize();
        merged++;
        continue; // the same mark may join the next one too
      }
      node = node.nextSibling;
    }
    return merged;
  }

  // ---------------------------------------------------------------------------------------------
  // Page-wide bits: status, errors, views, focus

  function announce(message) {
    var status = $('status');
    status.textContent = '';
    // A moment later, so that screen readers notice the change even when the text is the same.
    window.setTimeout(function () { status.textContent = message; }, 50);
  }

  /**
   * The error summary at the top of the page, with a message and optionally links to the fields that
   * need attention ([{text, href}], as GOV.UK's error summary lists them).
   */
  function showError(message, links) {
    $('error-message').textContent = message;
    var list = $('error-list');
    clear(list);
    arr(links).forEach(function (l) {
      var li = el('li');
      var a = el('a', null, l.text);
      a.href = l.href;
      li.appendChild(a);
      list.appendChild(li);
    });
    list.hidden = !list.firstChild;
    $('error-box').hidden = false;
    // GOV.UK's pattern: the page title starts with "Error:" while the error summary is shown.
    if (document.title.indexOf('Error: ') !== 0) document.title = 'Error: ' + document.title;
    announce('There is a problem: ' + message);
  }

  function hideError() {
    $('error-box').hidden = true;
    $('error-message').textContent = '';
    clear($('error-list'));
    document.title = document.title.replace(/^Error: /, '');
  }

  /**
   * Shows one view and marks its item in the service navigation: the class GOV.UK styles, aria-current
   * ("page", or "true" inside a section), and the <strong> GOV.UK keeps for users who override colours.
   */
  function showView(state) {
    var view = state.view;
    VIEWS.forEach(function (v) { $(v + '-view').hidden = v !== view; });
    document.body.setAttribute('data-view', view);
    var nav = NAV_OF[view === 'document' ? state.ret : view] || null;
    if (view === 'document' && nav) nav = [nav[0], 'true'];
    Array.prototype.forEach.call(document.querySelectorAll('[data-nav]'), function (a) {
      var on = !!nav && a.getAttribute('data-nav') === nav[0];
      var item = a.parentNode;
      item.classList.toggle('govuk-service-navigation__item--active', on);
      var text = a.textContent;
      clear(a);
      if (on) {
        a.setAttribute('aria-current', nav[1]);
        a.appendChild(el('strong', 'govuk-service-navigation__active-fallback', text));
      } else {
        a.removeAttribute('aria-current');
        a.appendChild(document.createTextNode(text));
      }
    });
    // On phones, the menu GOV.UK's script opened closes once its link has been followed.
    var toggle = document.querySelector('.govuk-js-service-navigation-toggle');
    if (toggle && !toggle.hidden && toggle.getAttribute('aria-expanded') === 'true') toggle.click();
    // The search form sits on the start page or the search page.
    var slot = view === 'home' ? $('home-search') : $('search-search');
    if ($('search-form').parentNode !== slot) slot.appendChild($('search-form'));
  }

  function setTitle(text) {
    document.title = ($('error-box').hidden ? '' : 'Error: ') + (text ? text + ' \u2013 ' : '') + 'Minutebook';
  }

  /**
   * After a render: focus the element with the same data-key as the one that was used (a facet or a
   * period), so that keyboard users stay where they were; otherwise the given fallback.
   */
  function placeFocus(focus) {
    if (!focus) return;
    if (focus.key) {
      var same = document.querySelector('[data-key="' + cssEscape(focus.key) + '"]');
      if (same) {
        // A facet value listed under "Show more" is shown again before it takes the focus.
        for (var d = same.parentNode; d && d !== document.body; d = d.parentNode) {
          if (d.nodeName === 'DETAILS') d.open = true;
        }
        same.focus();
        return;
      }
    }
    if (focus.id) {
      var target = $(focus.id);
      if (target && !target.hidden) {
        target.focus({ preventScroll: !!focus.noScroll || !!focus.reveal });
        if (focus.reveal) target.scrollIntoView({ block: 'start' });
        else if (!focus.noScroll) window.scrollTo(0, 0);
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
    if (url !== (location.search || location.pathname)) history.pushState(null, '', url);
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

  // The timeline's question (themes, words, interval, filters) is sent with its button; how the
  // answer is counted and drawn changes at once (see the chart options below).
  $('timeline-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var chosen = timelineFormChoice();
    if (chosen.theme.length + chosen.queries.length > MAX_SERIES) {
      timelineFormError('Choose at most ' + MAX_SERIES + ' themes and sets of words to compare: you chose ' +
        (chosen.theme.length + chosen.queries.length) + '. Untick a theme or clear some words.');
      return;
    }
    var current = readState(location.search);
    var next = blankState('timeline');
    if (current.view === 'timeline') {
      ['split', 'count', 'show', 'chart'].forEach(function (k) { next[k] = current[k]; });
    }
    next.theme = chosen.theme;
    next.queries = chosen.queries;
    next.q = chosen.queries[0] || '';
    next.interval = $('t-interval').value;
    next.committee = $('t-committee').value ? [$('t-committee').value] : [];
    next.council = $('t-council').value ? [$('t-council').value] : [];
    next.from = $('t-from').value;
    next.to = $('t-to').value;
    navigate(next, { id: 'timeline-heading', noScroll: true });
  });

  $('commitments-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var next = blankState('commitments');
    next.status = STATUSES.filter(function (st) { return $('status-' + st).checked; });
    next.committee = $('c-committee').value ? [$('c-committee').value] : [];
    next.council = $('c-council').value ? [$('c-council').value] : [];
    next.theme = $('c-theme').value ? [$('c-theme').value] : [];
    next.from = $('c-from').value;
    next.to = $('c-to').value;
    navigate(next, { id: 'commitments-heading', noScroll: true });
  });

  $('t-theme-list').addEventListener('change', updateChosenCount);
  $('t-word-list').addEventListener('input', updateChosenCount);

  // "Remove" beside a set of words: the timeline without them, at once.
  $('t-word-list').addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button[data-remove]') : null;
    if (!button) return;
    var row = button.closest('.word-row');
    if (row) row.parentNode.removeChild(row);
    $('timeline-form').requestSubmit();
  });

  $('chart-options').addEventListener('change', function (e) {
    var input = e.target;
    if (!input || !input.name) return;
    var current = readState(location.search);
    if (current.view !== 'timeline') return;
    var changes = {};
    changes[input.name] = input.value;
    navigate(copyState(current, changes), { key: input.getAttribute('data-key') || 'opt:' + input.name + ':' + input.value });
  });
  $('chart-options').addEventListener('submit', function (e) { e.preventDefault(); });

  // On phones the filters start folded away below "Show filters"; from GOV.UK's tablet breakpoint, where
  // the grid puts them beside the results, they are open (and style.css hides the summary).
  var wide = window.matchMedia('(min-width: 40.0625em)');
  function fitFilters() {
    $('filters-panel').open = wide.matches;
    $('c-filters-panel').open = wide.matches;
  }
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
    var li = el('li', 'app-suggestion');
    li.id = 'q-suggestion-' + i;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-index', String(i));
    li.appendChild(el('span', 'app-suggestion__text', item.kind === 'theme' ? themeLabel(item.text) : item.text));
    li.appendChild(el('span', 'govuk-visually-hidden', ', '));
    li.appendChild(el('span', 'app-suggestion__kind', SUGGESTION_KINDS[item.kind]));
    var count = suggestionCount(item);
    if (count) {
      li.appendChild(el('span', 'govuk-visually-hidden', ', '));
      li.appendChild(el('span', 'app-suggestion__count', count));
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

  var RENDERERS = {
    home: function (s, c) { return renderHome(s, c); },
    search: function (s, c) { return renderSearch(s, c); },
    document: function (s, c) { return renderDocument(s, c); },
    timeline: function (s, c) { return renderTimeline(s, c); },
    commitments: function (s, c) { return renderCommitments(s, c); },
    inspections: function (s, c) { return renderInspections(s, c); },
    committees: function (s, c) { return renderCommittees(s, c); },
    committee: function (s, c) { return renderCommittee(s, c); },
    coverage: function (s, c) { return renderCoverage(s, c); },
    'not-found': function (s, c) { return renderNotFound(s, c); }
  };

  function render(focus) {
    var state = readState(location.search);
    renderedSearch = location.search;
    var token = ++renderCount;
    var current = function () { return token === renderCount; };
    document.body.setAttribute('data-ready', 'false');
    hideError();
    closeSuggestions();
    showView(state);
    if (state.view !== 'timeline') destroyChart();
    if (state.view !== 'committee') destroyCommitteeChart();
    updateFeedLink(state);
    $('q').value = state.view === 'timeline' ? '' : state.q;
    var done;
    try {
      done = RENDERERS[state.view](state, current);
    } catch (e) {
      done = Promise.reject(e);
    }
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
    }).then(function () {
      if (current()) document.body.setAttribute('data-ready', 'true');
    });
  }

  // --- Search view -----------------------------------------------------------------------------

  var FACET_SHOWN = 8; // values of a facet listed at first; the others behind "Show all"

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
    drawSearchExport(state);

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
      $('search-export').hidden = true;
      $('search-timeline').hidden = true;
      $('result-count').textContent = 'No results could be shown.';
      showError(errorText(e, 'search'));
    });
  }

  /** The search's parameters for a download (every match, so no page) or, without its order, a feed. */
  function exportParams(state, forFeed) {
    var p = searchParams(state);
    p.delete('page');
    p.delete('size');
    if (forFeed) p.delete('sort');
    return p;
  }

  /** A download or feed link, marked with data-export for what it gives. */
  function exportLink(href, text, kind, download) {
    var a = el('a', 'govuk-link', text);
    a.href = href;
    a.setAttribute('data-export', kind);
    if (download) a.setAttribute('download', download);
    return a;
  }

  /** Links joined by middle dots into a container. */
  function appendLinks(container, links) {
    links.forEach(function (a, i) {
      if (i) container.appendChild(el('span', 'app-sep', SEP));
      container.appendChild(a);
    });
  }

  /** "Download as CSV · Download as JSON · Subscribe (Atom feed)" for the current search. */
  function drawSearchExport(state) {
    var box = $('search-export');
    clear(box);
    var csv = exportParams(state);
    csv.set('format', 'csv');
    var json = exportParams(state);
    json.set('format', 'json');
    appendLinks(box, [
      exportLink('api/search?' + csv.toString(), 'Download as CSV', 'csv', 'minutebook-search.csv'),
      exportLink('api/search?' + json.toString(), 'Download as JSON', 'json'),
      exportLink('api/feed?' + exportParams(state, true).toString(), 'Subscribe (Atom feed)', 'atom')
    ]);
    box.hidden = false;
  }

  /**
   * The theme a query names: its label without a leading "The", either part of a label such as
   * "The front door (MASH)", or the whole label, in any case. Null when no theme is named.
   */
  function themeNamed(q) {
    var words = str(q).replace(/["\u201c\u201d]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
    if (!words) return null;
    var found = null;
    themes.list.forEach(function (t) {
      var label = str(t.label).toLowerCase();
      var parts = [label, label.replace(/\s*\(.*\)\s*/, ' ').trim()];
      var inBrackets = /\(([^)]+)\)/.exec(label);
      if (inBrackets) parts.push(inBrackets[1].trim());
      parts = parts.map(function (x) { return x.replace(/^the /, ''); });
      if (!found && parts.indexOf(words.replace(/^the /, '')) >= 0) found = t;
    });
    return found;
  }

  /**
   * A link from a search to its timeline: the theme's, when the query names one, otherwise the
   * query's own words over time; the council and committee filters go with it.
   */
  function drawSearchTimeline(state) {
    var box = $('search-timeline');
    clear(box);
    var theme = themeNamed(state.q);
    if (!state.q && !state.theme.length) {
      box.hidden = true;
      return;
    }
    var target = copyState(blankState('timeline'), {
      committee: state.committee.slice(0, 1),
      council: state.council.slice(0, 1)
    });
    var text;
    if (theme) {
      target.theme = [theme.id];
      text = 'See how committees discussed ' + str(theme.label) + ' over time';
    } else if (state.q) {
      target.queries = [state.q];
      target.theme = state.theme.slice(0, 1);
      text = 'See ' + quoted(state.q) + ' over time';
    } else {
      target.theme = state.theme.slice(0, 1);
      text = 'See how committees discussed ' + themeLabel(state.theme[0]) + ' over time';
    }
    var a = el('a', 'govuk-link', text);
    a.href = stateUrl(target);
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'timeline-heading');
    box.appendChild(a);
    box.hidden = false;
  }

  /** The <link rel="alternate"> of the current search's feed in <head>, there on the search view only. */
  function updateFeedLink(state) {
    var link = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    if (state.view !== 'search') {
      if (link) link.parentNode.removeChild(link);
      return;
    }
    if (!link) {
      link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/atom+xml';
      document.head.appendChild(link);
    }
    link.title = 'Minutebook: ' + (state.q ? 'new items for ' + quoted(state.q) : 'new items');
    link.href = 'api/feed?' + exportParams(state, true).toString();
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
      count = 'Results ' + first + DASH + last + ' of ' + total.toLocaleString('en-GB');
    }
    $('result-count').textContent = count;
    $('search-export').hidden = total === 0;
    drawSearchTimeline(state);
    if (total === 0) $('search-timeline').hidden = true;
    var said = total === 0 ? count : plural(total, 'result') + (state.q ? ' for ' + quoted(state.q) : '') +
      (hits.length ? ', showing ' + first + ' to ' + last : '');
    var notes = spokenNotes(state, data);
    announce(notes ? sentence(said) + ' ' + notes : said);

    if (total === 0) {
      var tips = el('li', 'app-result app-result--empty');
      tips.appendChild(el('p', 'govuk-body', 'Improve your results by:'));
      var ul = el('ul', 'govuk-list govuk-list--bullet');
      ['removing filters', 'checking your spelling', 'using fewer words', 'searching for something less specific']
        .forEach(function (t) { ul.appendChild(el('li', null, t)); });
      tips.appendChild(ul);
      list.appendChild(tips);
    } else if (!hits.length) {
      var back = el('li', 'app-result app-result--empty');
      var p = el('p', 'govuk-body');
      var a = el('a', 'govuk-link', 'Go to the first page of results');
      a.href = stateUrl(copyState(state, { page: 1 }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'search-heading');
      p.appendChild(a);
      back.appendChild(p);
      list.appendChild(back);
    }

    hits.forEach(function (hit) { list.appendChild(resultItem(state, hit)); });
    drawPager(state, page, size, total);
  }

  function resultItem(state, hit) {
    var li = el('li', 'app-result');
    var h = el('h2', 'govuk-heading-s result-title');
    var a = el('a', 'govuk-link', str(hit.title) || 'Untitled item');
    // Opened at the paragraph of its best passage, which the citation then names.
    var passage = arr(hit.passages)[0];
    a.href = stateUrl(copyState(state, {
      view: 'document', id: str(hit.id), ret: 'search', anchor: passage && passage.anchor ? str(passage.anchor) : ''
    }));
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'doc-title');
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(metaLine(hit));
    var tags = themeTags(hit.themes);
    if (tags) li.appendChild(tags);
    arr(hit.snippets).forEach(function (s) {
      var p = el('p', 'govuk-body app-snippet');
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
    if (data.fallback === true) box.appendChild(fallbackNote());
    var notices = readNotices(data);
    if (notices.length) box.appendChild(noticeList(notices));
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
    var a = el('a', 'govuk-link' + (className ? ' ' + className : ''), text);
    a.href = stateUrl(state);
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'search-heading');
    return a;
  }

  function didYouMeanNote(state, suggestion) {
    var p = el('p', 'govuk-body-l app-did-you-mean');
    p.appendChild(document.createTextNode('Did you mean '));
    p.appendChild(searchLink(suggestion, copyState(state, { q: suggestion, page: 1 }), 'did-you-mean-link'));
    p.appendChild(document.createTextNode('?'));
    return p;
  }

  function fallbackNote() {
    var p = el('div', 'govuk-inset-text app-fallback');
    p.appendChild(el('strong', null, 'No item contains all of your words.'));
    p.appendChild(document.createTextNode(' These items contain some of them.'));
    return p;
  }

  function noticeList(notices) {
    var ul = el('ul', 'govuk-list govuk-body-s app-notices');
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
      var off = el('p', 'govuk-body-s app-thesaurus');
      off.appendChild(document.createTextNode('Searched only for what you typed. '));
      off.appendChild(searchLink('Also search for words that mean the same', copyState(state, { thesaurus: 'on', page: 1 })));
      return off;
    }
    if (!expansions.length) return null;
    var box = el('div', 'govuk-body-s app-thesaurus');
    var ul = el('ul', 'govuk-list govuk-body-s govuk-!-margin-bottom-1');
    expansions.forEach(function (x) { ul.appendChild(expansionLine(x)); });
    box.appendChild(ul);
    var p = el('p', 'govuk-body-s');
    p.appendChild(searchLink('Search only for what I typed', copyState(state, { thesaurus: 'off', page: 1 })));
    box.appendChild(p);
    return box;
  }

  function expansionLine(x) {
    var li = el('li');
    li.appendChild(document.createTextNode('Also searched: '));
    li.appendChild(el('strong', null, x.term));
    var arrow = el('span', null, ' \u2192 ');
    arrow.setAttribute('aria-hidden', 'true');
    li.appendChild(arrow);
    li.appendChild(el('span', 'govuk-visually-hidden', ' as well as: '));
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

  /** A committee's name as a link to its page, or "Committee unknown" as text. */
  function committeeLink(council, committee) {
    if (!committee) return document.createTextNode('Committee unknown');
    var a = el('a', 'govuk-link', str(committee));
    a.href = stateUrl(committeeState(council, committee));
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'committee-heading');
    return a;
  }

  /** Parts joined by middle dots (hidden from screen readers, which pause at the commas they get instead). */
  function joined(className, parts) {
    var p = el('p', className);
    parts.forEach(function (node, i) {
      if (i > 0) {
        var sep = el('span', 'app-sep', SEP);
        sep.setAttribute('aria-hidden', 'true');
        p.appendChild(sep);
        p.appendChild(el('span', 'govuk-visually-hidden', ', '));
      }
      p.appendChild(node);
    });
    return p;
  }

  /** The line under a result's title: committee (a link) · date · item · council · source file. */
  function metaLine(item) {
    var parts = [committeeLink(item.council, item.committee), dateNode(item.date, item.estimatedDate)];
    if (item.itemNumber) parts.push(document.createTextNode('Item ' + str(item.itemNumber)));
    if (item.council) parts.push(document.createTextNode(str(item.council)));
    if (item.source) parts.push(el('span', 'app-source', str(item.source)));
    return joined('govuk-body-s app-meta', parts);
  }

  /** Themes as GOV.UK tags (a list, labelled). */
  function themeTags(ids, links) {
    var list = arr(ids);
    if (!list.length) return null;
    var ul = el('ul', 'app-tags');
    ul.setAttribute('aria-label', 'Themes');
    list.forEach(function (id) { ul.appendChild(themeTag(str(id), links)); });
    return ul;
  }

  /** One theme tag; with links, a link to the theme's timeline. */
  function themeTag(id, link, extra) {
    var li = el('li');
    var tag = el('strong', 'govuk-tag govuk-tag--grey', themeLabel(id) + (extra || ''));
    if (link) {
      var a = el('a', 'govuk-link app-tag-link');
      a.href = typeof link === 'string' ? link : stateUrl(copyState(blankState('timeline'), { theme: [id] }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'timeline-heading');
      a.appendChild(tag);
      li.appendChild(a);
    } else {
      li.appendChild(tag);
    }
    return li;
  }

  function hasFilters(state) {
    return FACETS.some(function (f) { return state[f].length > 0; }) || !!state.from || !!state.to;
  }

  function facetLabel(facet, value) {
    if (facet === 'theme') return themeLabel(value);
    if (facet === 'section') return sectionLabel(value);
    if (facet === 'record' && RECORD_LABELS.hasOwnProperty(value)) return RECORD_LABELS[value];
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

  /**
   * The facets: per field, its values as links drawn like GOV.UK's small checkboxes, each with its
   * count; a link adds or removes its value (data-key="facet:FIELD:VALUE"). The most frequent values
   * are listed, the others behind "Show all".
   */
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

      var group = el('div', 'app-facet');
      var headingId = 'facet-' + facet;
      var h = el('h3', 'govuk-heading-s app-facet__title', FACET_TITLES[facet]);
      h.id = headingId;
      group.appendChild(h);
      if (!values.length) {
        group.appendChild(el('p', 'govuk-body-s app-facet__empty', facet === 'year' ? 'No dated items here.' : 'None recorded for these results.'));
        box.appendChild(group);
        return;
      }
      var first = values.slice(0, FACET_SHOWN);
      var rest = values.slice(FACET_SHOWN);
      group.appendChild(facetList(state, facet, first, headingId));
      if (rest.length) {
        var more = el('details', 'govuk-details app-facet__more');
        var summary = el('summary', 'govuk-details__summary');
        summary.appendChild(el('span', 'govuk-details__summary-text',
          'Show ' + rest.length + ' more'));
        summary.lastChild.appendChild(el('span', 'govuk-visually-hidden', ' ' + FACET_TITLES[facet].toLowerCase() + ' values'));
        more.appendChild(summary);
        var text = el('div', 'govuk-details__text');
        text.appendChild(facetList(state, facet, rest, headingId));
        more.appendChild(text);
        more.open = rest.some(function (v) { return selected.indexOf(v.value) >= 0; });
        group.appendChild(more);
      }
      box.appendChild(group);
    });
  }

  function facetList(state, facet, values, headingId) {
    var selected = state[facet];
    var ul = el('ul', 'govuk-list app-facet__list');
    ul.setAttribute('aria-labelledby', headingId);
    values.forEach(function (v) {
      var on = selected.indexOf(v.value) >= 0;
      var li = el('li');
      var a = el('a', 'app-facet-link' + (on ? ' is-selected' : ''));
      a.href = stateUrl(toggled(state, facet, v.value));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-key', 'facet:' + facet + ':' + v.value);
      a.appendChild(el('span', 'app-facet-link__label', facetLabel(facet, v.value)));
      a.appendChild(el('span', 'govuk-visually-hidden', ', '));
      a.appendChild(el('span', 'app-facet-link__count', v.count.toLocaleString('en-GB')));
      a.appendChild(el('span', 'govuk-visually-hidden', ' ' + (v.count === 1 ? 'item' : 'items') +
        (on ? ', selected; select to remove this filter' : '')));
      li.appendChild(a);
      ul.appendChild(li);
    });
    return ul;
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
    var h = el('h2', 'govuk-heading-s govuk-!-margin-bottom-2', 'Selected filters');
    h.id = 'selected-title';
    box.appendChild(h);
    var ul = el('ul', 'app-chips');
    ul.setAttribute('aria-labelledby', 'selected-title');
    chips.forEach(function (c) {
      var li = el('li');
      var a = el('a', 'app-chip');
      a.href = stateUrl(c.state);
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'search-heading');
      a.appendChild(el('span', 'govuk-visually-hidden', 'Remove filter '));
      a.appendChild(el('span', null, c.label));
      var x = el('span', 'app-chip__x', '\u00d7');
      x.setAttribute('aria-hidden', 'true');
      a.appendChild(x);
      li.appendChild(a);
      ul.appendChild(li);
    });
    var li = el('li');
    var all = el('a', 'govuk-link app-clear-all', 'Clear all filters');
    all.href = stateUrl(copyState(blankState('search'), {
      q: state.q, sort: state.sort, thesaurus: state.thesaurus, recency: state.recency
    }));
    all.setAttribute('data-internal', '');
    all.setAttribute('data-focus', 'search-heading');
    li.appendChild(all);
    ul.appendChild(li);
    box.appendChild(ul);
  }

  var SVG_NS = 'http://www.w3.org/2000/svg';

  /** GOV.UK pagination's arrow, built in the SVG namespace (no markup strings). */
  function pagerArrow(type) {
    var svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('class', 'govuk-pagination__icon govuk-pagination__icon--' + type);
    svg.setAttribute('height', '13');
    svg.setAttribute('width', '15');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('viewBox', '0 0 15 13');
    var path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', type === 'prev'
      ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
      : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z');
    svg.appendChild(path);
    return svg;
  }

  /** The page numbers to offer: the first, the last, and those around the current page; 0 for a gap. */
  function pageNumbers(page, pages) {
    var wanted = [1, pages, page - 1, page, page + 1].filter(function (n) { return n >= 1 && n <= pages; });
    wanted = wanted.filter(function (n, i) { return wanted.indexOf(n) === i; }).sort(function (a, b) { return a - b; });
    var out = [];
    wanted.forEach(function (n, i) {
      if (i && n - wanted[i - 1] > 1) out.push(n - wanted[i - 1] === 2 ? n - 1 : 0);
      out.push(n);
    });
    return out;
  }

  /** GOV.UK pagination: previous, the page numbers (with gaps), next. */
  function drawPager(state, page, size, total) {
    var nav = $('pager');
    clear(nav);
    // The API pages no deeper than 10,000 results.
    var pages = Math.max(1, Math.min(Math.ceil(total / size), Math.floor(10000 / size)));
    if (total === 0 || (pages === 1 && page === 1)) { nav.hidden = true; return; }
    nav.hidden = false;
    var link = function (n, className) {
      var a = el('a', 'govuk-link govuk-pagination__link' + (className ? ' ' + className : ''));
      a.href = stateUrl(copyState(state, { page: n }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'search-heading');
      return a;
    };
    if (page > 1) {
      var prev = el('div', 'govuk-pagination__prev');
      var a = link(Math.min(page - 1, pages));
      a.rel = 'prev';
      a.appendChild(pagerArrow('prev'));
      var t = el('span', 'govuk-pagination__link-title', 'Previous');
      t.appendChild(el('span', 'govuk-visually-hidden', ' page'));
      a.appendChild(t);
      prev.appendChild(a);
      nav.appendChild(prev);
    }
    var ul = el('ul', 'govuk-pagination__list');
    pageNumbers(Math.min(page, pages), pages).forEach(function (n) {
      if (!n) {
        ul.appendChild(el('li', 'govuk-pagination__item govuk-pagination__item--ellipsis', '\u22ef'));
        return;
      }
      var li = el('li', 'govuk-pagination__item' + (n === page ? ' govuk-pagination__item--current' : ''));
      var a = link(n);
      a.textContent = String(n);
      a.setAttribute('aria-label', 'Page ' + n);
      if (n === page) a.setAttribute('aria-current', 'page');
      li.appendChild(a);
      ul.appendChild(li);
    });
    nav.appendChild(ul);
    if (page < pages) {
      var next = el('div', 'govuk-pagination__next');
      var b = link(page + 1);
      b.rel = 'next';
      var u = el('span', 'govuk-pagination__link-title', 'Next');
      u.appendChild(el('span', 'govuk-visually-hidden', ' page'));
      b.appendChild(u);
      b.appendChild(pagerArrow('next'));
      next.appendChild(b);
      nav.appendChild(next);
    }
  }

  // --- Document view ---------------------------------------------------------------------------

  var BACK_TEXT = {
    timeline: 'Back to the timeline',
    commitments: 'Back to the commitments',
    inspections: 'Back to the inspections',
    committee: 'Back to the committee'
  };

  function renderDocument(state, current) {
    var back = $('back-link');
    back.href = stateUrl(copyState(state, { view: state.ret, id: '', anchor: '' }));
    back.setAttribute('data-focus', state.ret + '-heading');
    back.textContent = BACK_TEXT[state.ret] || 'Back to results';
    $('doc-article').hidden = true;
    $('doc-title').hidden = true;
    $('doc-caption').hidden = true;
    $('doc-loading').hidden = false;
    $('document-view').setAttribute('aria-busy', 'true');
    setTitle('Item');

    var failed = function (message) {
      $('doc-loading').hidden = true;
      $('document-view').removeAttribute('aria-busy');
      $('doc-title').textContent = 'Item not shown';
      $('doc-title').hidden = false;
      setTitle('Item not shown');
      showError(message);
    };
    if (!state.id) {
      failed('No item was chosen: the address has no id.');
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
      if (current()) failed(errorText(e));
    });
  }

  /** What kind of file the original is, from its name: "PDF", "Word document", ... */
  var FILE_KINDS = {
    pdf: 'PDF', doc: 'Word document', docx: 'Word document', odt: 'OpenDocument text', rtf: 'Rich Text file',
    html: 'web page', htm: 'web page', txt: 'text file', md: 'Markdown file'
  };

  /** "Open the original file (PDF, 2 pages)". */
  function originalText(doc, paragraphs) {
    var m = /\.([A-Za-z0-9]+)$/.exec(str(doc.source));
    var ext = m ? m[1].toLowerCase() : '';
    var kind = FILE_KINDS[ext] || (ext ? ext.toUpperCase() + ' file' : '');
    var pages = paragraphs.reduce(function (n, p) { return Math.max(n, num(p.page) || 0); }, 0);
    var about = [kind, pages ? plural(pages, 'page') : ''].filter(Boolean).join(', ');
    return 'Open the original file' + (about ? ' (' + about + ')' : '');
  }

  /**
   * The citation: "Council, Committee, 30 September 2021, item 54, para 3". The paragraph is named when
   * the page was opened at one (its number from its anchor, p3); the title stands in for a missing
   * item number, the file's name for an unknown council and committee.
   */
  function citationText(doc, anchor) {
    var parts = [];
    if (doc.council) parts.push(str(doc.council));
    if (doc.committee) parts.push(str(doc.committee));
    if (!doc.council && !doc.committee && doc.source) parts.push(str(doc.source));
    if (doc.date) parts.push(formatDate(doc.date));
    else parts.push(doc.estimatedDate ? 'date not stated (estimated ' + formatDate(doc.estimatedDate) + ')' : 'date not stated');
    if (doc.itemNumber) parts.push('item ' + str(doc.itemNumber));
    else if (doc.title) parts.push(quoted(str(doc.title)));
    var m = /^p(\d+)$/.exec(str(anchor));
    if (m) parts.push('para ' + m[1]);
    return parts.join(', ');
  }

  /** A row of a GOV.UK summary list: the key and a value (text or a node). */
  function summaryRow(list, key, value) {
    var row = el('div', 'govuk-summary-list__row');
    row.appendChild(el('dt', 'govuk-summary-list__key', key));
    var dd = el('dd', 'govuk-summary-list__value');
    if (value !== null && value !== undefined) {
      dd.appendChild(typeof value === 'object' ? value : document.createTextNode(String(value)));
    }
    row.appendChild(dd);
    list.appendChild(row);
    return dd;
  }

  function drawDocument(state, doc) {
    var title = str(doc.title) || 'Untitled item';
    var type = str(doc.type);
    $('doc-caption').textContent = (type ? type.charAt(0).toUpperCase() + type.slice(1) : 'Item') +
      (doc.itemNumber ? ', item ' + str(doc.itemNumber) : '');
    $('doc-caption').hidden = false;
    $('doc-title').textContent = title;
    $('doc-title').hidden = false;
    setTitle(title);
    $('doc-citation').textContent = citationText(doc, state.anchor);
    $('copy-status').textContent = '';

    var tags = $('doc-themes');
    clear(tags);
    arr(doc.themes).forEach(function (id) {
      var timeline = copyState(blankState('timeline'), { theme: [str(id)] });
      tags.appendChild(themeTag(str(id), stateUrl(timeline)));
    });
    tags.hidden = !tags.firstChild;

    drawProvenance(doc);

    // The body: its paragraphs (with their anchors, when the API gives them; otherwise the body split
    // on blank lines), under a heading per section when there is more than one kind, with the page
    // where each page starts, and the query's words marked. From the timeline, every set of words it used.
    var body = $('doc-body');
    clear(body);
    var typed = state.ret === 'timeline' ? state.queries : (state.q ? [state.q] : []);
    var regex = wordsRegex(queryWords(typed.join(' ')));
    var marks = 0;
    var target = null;
    var paragraphs = arr(doc.paragraphs).filter(function (p) { return p && typeof p.text === 'string'; });
    if (!paragraphs.length) {
      paragraphs = str(doc.body).split(/\n[ \t\u00a0]*\n/).map(function (text) { return { text: text, anchor: '' }; });
    }
    var sections = unique(paragraphs.map(function (p) { return str(p.section); }));
    var pages = unique(paragraphs.map(function (p) { return String(num(p.page) || ''); }));
    var lastSection = null;
    var lastPage = null;
    paragraphs.forEach(function (para) {
      var text = para.text.replace(/^\s+|\s+$/g, '');
      if (!text) return;
      var page = num(para.page) || 0;
      if (pages.length > 1 && page && page !== lastPage) {
        body.appendChild(el('div', 'govuk-body-s app-page-mark', 'Page ' + page));
      }
      lastPage = page;
      var section = str(para.section);
      if (sections.length > 1 && section && section !== lastSection) {
        body.appendChild(el('h2', 'govuk-heading-m app-doc-section', sectionLabel(section)));
      }
      lastSection = section;
      var p = el('p', 'govuk-body');
      if (para.anchor) p.setAttribute('data-anchor', str(para.anchor));
      if (state.anchor && str(para.anchor) === state.anchor && !target) {
        // The paragraph a result, timeline entry or register row pointed to: marked, and scrolled to below.
        target = p;
        p.className = 'govuk-body is-target';
        p.tabIndex = -1;
        p.appendChild(el('span', 'govuk-visually-hidden', 'The paragraph you followed: '));
      }
      marks += appendHighlighted(p, text, regex);
      body.appendChild(p);
    });
    if (!body.firstChild) body.appendChild(el('p', 'govuk-body', 'This item has no text.'));

    var original = $('doc-original');
    if (doc.id || state.id) {
      original.href = 'api/documents/' + encodeURIComponent(str(doc.id) || state.id) + '/original';
      original.textContent = originalText(doc, paragraphs);
      original.hidden = false;
    } else {
      original.hidden = true;
    }

    var note = $('doc-matches');
    var words = typed.map(quoted).join(' and ');
    if (regex) {
      note.hidden = false;
      note.textContent = marks
        ? 'The words of ' + words + ' are highlighted ' + (marks === 1 ? 'once' : marks + ' times') + ' below.'
        : 'The words of ' + words + ' do not appear in this text as whole words (the search also matches other forms of a word).';
      if (target) note.textContent += ' The paragraph you followed has a bar beside it.';
    } else if (target) {
      note.hidden = false;
      note.textContent = 'The paragraph you followed has a bar beside it.';
    } else {
      note.hidden = true;
      note.textContent = '';
    }
    setUpHits(body, target);
    $('doc-matchbar').hidden = note.hidden && $('doc-hit-buttons').hidden;

    $('doc-article').hidden = false;
    drawRelated(state, doc.related);
    drawRecorded(state, doc.knowledge);
    announce('Showing ' + title + (marks ? ', ' + plural(marks, 'match', 'matches') + ' highlighted' : ''));

    var first = target || body.querySelector('mark');
    window.requestAnimationFrame(function () {
      if (first) first.scrollIntoView({ block: 'center' });
      else window.scrollTo(0, 0);
    });
  }

  /** Where the council, committee and date came from: a GOV.UK summary list. */
  function drawProvenance(doc) {
    var prov = $('doc-provenance');
    clear(prov);
    var provenance = doc.provenance && typeof doc.provenance === 'object' ? doc.provenance : {};
    [['council', 'Council'], ['committee', 'Committee'], ['date', 'Meeting date']].forEach(function (f) {
      var value = doc[f[0]];
      var node;
      if (f[0] === 'date') node = value ? dateNode(value) : document.createTextNode('Not stated');
      else if (f[0] === 'committee' && value) node = committeeLink(doc.council, value);
      else node = document.createTextNode(value ? str(value) : 'Not known');
      var dd = summaryRow(prov, f[1], node);
      var from = provenance[f[0]];
      dd.appendChild(el('span', 'app-provenance-source', from ? 'From ' + str(from) : (value ? '' : 'Not found in the document or a manifest')));
    });
    if (doc.estimatedDate) {
      var est = summaryRow(prov, 'Estimated meeting date', formatDate(doc.estimatedDate) + ' (an estimate, not a stated date)');
      if (provenance.estimatedDate) est.appendChild(el('span', 'app-provenance-source', str(provenance.estimatedDate)));
    }
    if (doc.source) summaryRow(prov, 'Source file', el('span', 'app-source', str(doc.source)));
  }

  // --- Next and previous match

  var hits = { marks: [], index: -1 };

  /** The marks of the body, for the match buttons; with a target paragraph, counting starts there. */
  function setUpHits(body, target) {
    hits.marks = Array.prototype.slice.call(body.querySelectorAll('mark'));
    hits.index = -1;
    if (target) {
      // "Next" goes to the first match in or after the paragraph followed.
      for (var i = 0; i < hits.marks.length; i++) {
        if (target.compareDocumentPosition(hits.marks[i]) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) {
          hits.index = i - 1;
          break;
        }
      }
    }
    var n = hits.marks.length;
    $('doc-hit-buttons').hidden = n < 1;
    $('hit-position').textContent = n ? plural(n, 'match', 'matches') : '';
  }

  function goToHit(step) {
    var n = hits.marks.length;
    if (!n) return;
    var before = hits.index;
    if (hits.index >= 0 && hits.marks[hits.index]) hits.marks[hits.index].classList.remove('is-current');
    hits.index = before < 0 ? (step > 0 ? 0 : n - 1) : (before + step + n) % n;
    var mark = hits.marks[hits.index];
    mark.classList.add('is-current');
    mark.tabIndex = -1;
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block: 'center' });
    var wrapped = before >= 0 && ((step > 0 && hits.index === 0) || (step < 0 && hits.index === n - 1));
    var text = 'Match ' + (hits.index + 1) + ' of ' + n;
    $('hit-position').textContent = text;
    announce(text + (wrapped ? (step > 0 ? ', back to the first' : ', back to the last') : ''));
  }

  $('hit-next').addEventListener('click', function () { goToHit(1); });
  $('hit-prev').addEventListener('click', function () { goToHit(-1); });

  // --- Copy citation: the Clipboard API, else the text is selected for the user to copy.

  $('copy-citation').addEventListener('click', function () {
    var text = $('doc-citation').textContent;
    var copied = function () {
      $('copy-status').textContent = 'Citation copied';
      announce('Citation copied');
    };
    if (navigator.clipboard && navigator.clipboard.writeText && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(copied, selectCitation);
    } else {
      selectCitation();
    }
  });

  function selectCitation() {
    var range = document.createRange();
    range.selectNodeContents($('doc-citation'));
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    var text = ok ? 'Citation copied' : 'Citation selected: press Control and C (Command and C on a Mac) to copy it';
    $('copy-status').textContent = text;
    announce(text);
  }

  /** The items most like this one, each a link that opens it (the way back stays the same). */
  function drawRelated(state, related) {
    var items = arr(related).filter(function (r) { return r && typeof r.id === 'string' && r.id !== ''; });
    var list = $('related-list');
    clear(list);
    items.forEach(function (r) {
      var li = el('li', 'app-related__item');
      var a = el('a', 'govuk-link', str(r.title) || 'Untitled item');
      a.href = stateUrl(copyState(state, { id: r.id, anchor: '' }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'doc-title');
      li.appendChild(a);
      li.appendChild(joined('govuk-body-s app-meta', [
        document.createTextNode(r.committee ? str(r.committee) : 'Committee unknown'),
        dateNode(r.date)
      ].concat(r.council ? [document.createTextNode(str(r.council))] : [])));
      list.appendChild(li);
    });
    $('doc-related').hidden = !items.length;
  }

  // --- Timeline view ---------------------------------------------------------------------------
  //
  // One theme, some words, or one theme with words make one series; more than one theme or set of
  // words are compared, each its own series (the API's contract). The page draws the API's buckets
  // with Chart.js (loaded from its webjar on this view only) and, behind the chart, a table of the
  // same numbers whose links do everything the chart's bars do. The API's newer fields (paragraphs,
  // meetings, shares, series, split, events) are read defensively: where a server does not send them
  // the page says so and counts items.

  // Series colours: GOV.UK's palette (blue, green, bright purple, black, brown, turquoise, pink, dark
  // grey, dark blue), each at least 3:1 against white; never alone (patterns, dashes, markers, the key
  // and the table tell the series apart as well).
  var PALETTE = ['#1d70b8', '#00703c', '#912b88', '#0b0c0c', '#b58840', '#28a197', '#d53880', '#505a5f', '#003078'];
  var PATTERNS = ['solid', 'stripes', 'dots', 'cross', 'lines'];
  var DASHES = [[], [9, 4], [2, 3], [12, 4, 2, 4], [5, 5]];
  var POINTS = ['circle', 'triangle', 'rect', 'rectRot', 'star'];
  var SPLIT_KEYS = 8; // committees or councils drawn apart; the rest are "Other"
  var EVENT_KINDS = {
    inspection: { label: 'Inspection', colour: '#d4351c', shape: 'down' }, // GOV.UK red
    resolution: { label: 'Resolution', colour: '#0b0c0c', shape: 'diamond' }
  };
  var MEASURES = {
    paragraphs: { one: 'paragraph', many: 'paragraphs', share: 'paragraphShare' },
    meetings: { one: 'meeting', many: 'meetings', share: 'meetingShare' },
    items: { one: 'item', many: 'items', share: null }
  };
  var UNIT = { year: 'year', quarter: 'quarter', month: 'month' };

  var chart = null; // the Chart.js instance on the page, if any
  var chartLib = null; // the promise of the library

  /** Chart.js, loaded once from the app's own webjar (never from the network). */
  function loadChartLib() {
    if (!chartLib) {
      chartLib = new Promise(function (resolve, reject) {
        if (window.Chart) { resolve(window.Chart); return; }
        var script = document.createElement('script');
        script.src = SCRIPT_URLS.createScriptURL(CHART_JS);
        script.async = true;
        script.addEventListener('load', function () {
          if (window.Chart) resolve(window.Chart);
          else reject(new Error('the chart library did not start'));
        });
        script.addEventListener('error', function () {
          chartLib = null; // try again next time
          reject(new Error('the chart library could not be loaded'));
        });
        document.head.appendChild(script);
      });
    }
    return chartLib;
  }

  function destroyChart() {
    if (chart) {
      chart.destroy();
      chart = null;
    }
  }

  // Answers are kept for the session, so that changing how a timeline is drawn asks nothing again.
  var answers = { keys: [], byKey: {} };

  function cachedApi(path, params) {
    var key = path + '?' + params.toString();
    if (!answers.byKey[key]) {
      answers.byKey[key] = api(path, params).catch(function (e) {
        delete answers.byKey[key];
        answers.keys = answers.keys.filter(function (k) { return k !== key; });
        throw e;
      });
      answers.keys.push(key);
      while (answers.keys.length > 30) delete answers.byKey[answers.keys.shift()];
    }
    return answers.byKey[key];
  }

  // Committees and councils for the filters, from the coverage report (a help: a failure leaves
  // only the chosen values).
  var coverage = null;
  function loadCoverage() {
    if (!coverage) {
      coverage = api('api/coverage').then(function (c) { return c; }, function () { return {}; });
    }
    return coverage;
  }

  /** Whether a state compares series (more than one theme or set of words, except one of each). */
  function comparing(s) {
    var n = s.theme.length + s.queries.length;
    return n > 1 && !(s.theme.length === 1 && s.queries.length === 1);
  }

  /** The series a state asks for: {key, theme, query} each; one (key '') unless comparing. */
  function requestedSeries(s) {
    if (!comparing(s)) return [{ key: '', theme: s.theme[0] || '', query: s.queries[0] || '' }];
    return s.theme.map(function (t) { return { key: 'theme:' + t, theme: t, query: '' }; })
      .concat(s.queries.map(function (q) { return { key: 'q:' + q, theme: '', query: q }; }));
  }

  function seriesName(theme, query) {
    if (theme && query) return themeLabel(theme) + ' and ' + quoted(query);
    return theme ? themeLabel(theme) : quoted(query);
  }

  /**
   * The API's parameters for a state; with a series key, for that series alone (its entries), and
   * with a range, only that period's.
   */
  function timelineParams(s, seriesKey, range) {
    var p = new URLSearchParams();
    var themesAsked = s.theme;
    var queriesAsked = s.queries;
    if (seriesKey) {
      var m = /^(theme|q):(.*)$/.exec(seriesKey);
      themesAsked = m && m[1] === 'theme' ? [m[2]] : [];
      queriesAsked = m && m[1] === 'q' ? [m[2]] : [];
    }
    themesAsked.forEach(function (t) { p.append('theme', t); });
    queriesAsked.forEach(function (q) { p.append('q', q); });
    p.set('interval', s.interval);
    if (s.split && !comparing(s) && !seriesKey && !range) p.set('split', s.split);
    s.committee.forEach(function (v) { p.append('committee', v); });
    s.council.forEach(function (v) { p.append('council', v); });
    var from = s.from;
    var to = s.to;
    if (range) {
      from = from && from > range.from ? from : range.from;
      to = to && to < range.to ? to : range.to;
    }
    if (from) p.set('from', from);
    if (to) p.set('to', to);
    // The whole timeline lists its first entries; one period or series lists more of its own.
    if (range || seriesKey) p.set('entries', String(PERIOD_ENTRIES));
    return p;
  }

  /** "Download as CSV · Download as JSON" for the timeline shown (the same parameters, with format). */
  function drawTimelineExport(state) {
    var box = $('timeline-export');
    clear(box);
    appendLinks(box, ['csv', 'json'].map(function (format) {
      var p = timelineParams(state);
      p.set('format', format);
      return exportLink('api/timeline?' + p.toString(), 'Download as ' + format.toUpperCase(), format,
        format === 'csv' ? 'minutebook-timeline.csv' : '');
    }));
  }

  /** How many entries a period's or a series' list asks for. */
  var PERIOD_ENTRIES = 200;

  // --- The form

  function fillTimelineForm(state) {
    var list = $('t-theme-list');
    clear(list);
    var ids = themes.list.map(function (t) { return t.id; });
    state.theme.forEach(function (id) { if (ids.indexOf(id) < 0) ids.push(id); });
    ids.forEach(function (id) {
      var field = el('div', 'govuk-checkboxes__item');
      var box = el('input', 'govuk-checkboxes__input');
      box.type = 'checkbox';
      box.name = 'theme';
      box.value = id;
      box.id = 't-theme-' + id.replace(/[^\w-]/g, '_');
      box.checked = state.theme.indexOf(id) >= 0;
      var label = el('label', 'govuk-label govuk-checkboxes__label', themeLabel(id));
      label.htmlFor = box.id;
      field.appendChild(box);
      field.appendChild(label);
      list.appendChild(field);
    });
    if (!ids.length) list.appendChild(el('p', 'govuk-body', themes.error ? 'The themes could not be loaded.' : 'No themes are defined.'));

    var words = $('t-word-list');
    clear(words);
    state.queries.forEach(function (q, i) { words.appendChild(wordRow(q, i)); });
    words.appendChild(wordRow('', state.queries.length));

    $('t-interval').value = state.interval;
    $('t-from').value = state.from;
    $('t-to').value = state.to;
    clearTimelineFormError();
    updateChosenCount();
  }

  /** A text box for a set of words: those already chosen (with a Remove button), then an empty one. */
  function wordRow(q, i) {
    var row = el('div', 'govuk-form-group app-word-row');
    var id = 't-words-' + i;
    var label = el('label', 'govuk-label', q ? 'Words' + (i ? ' (' + (i + 1) + ')' : '') : (i ? 'Add words to compare' : 'Words (optional)'));
    label.htmlFor = id;
    row.appendChild(label);
    var line = el('div', 'app-word-row__line');
    var input = el('input', 'govuk-input');
    input.type = 'search';
    input.id = id;
    input.name = 'q';
    input.value = q;
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.setAttribute('data-key', 'words:' + i);
    line.appendChild(input);
    if (q) {
      var remove = el('button', 'govuk-button govuk-button--secondary app-button--small', 'Remove');
      remove.type = 'button';
      remove.setAttribute('data-remove', '');
      remove.appendChild(el('span', 'govuk-visually-hidden', ' ' + quoted(q)));
      line.appendChild(remove);
    }
    row.appendChild(line);
    return row;
  }

  /** The themes ticked and the words typed in the form. */
  function timelineFormChoice() {
    var theme = [];
    Array.prototype.forEach.call($('t-theme-list').querySelectorAll('input[type=checkbox]'), function (b) {
      if (b.checked) theme.push(b.value);
    });
    var queries = [];
    Array.prototype.forEach.call($('t-word-list').querySelectorAll('input[name=q]'), function (i) {
      queries.push(i.value.trim());
    });
    return { theme: unique(theme), queries: unique(queries) };
  }

  function updateChosenCount() {
    var c = timelineFormChoice();
    var n = c.theme.length + c.queries.length;
    var text;
    if (n === 0) text = '';
    else if (c.theme.length === 1 && c.queries.length === 1) text = 'One timeline: the theme\u2019s paragraphs that use these words.';
    else if (n === 1) text = 'One timeline.';
    else text = 'Comparing ' + n + ' of at most ' + MAX_SERIES + '.';
    if (n > MAX_SERIES) text = 'Too many: ' + n + ' chosen; compare at most ' + MAX_SERIES + '.';
    var p = $('t-chosen');
    p.textContent = text;
    p.className = 'govuk-body-s app-chosen' + (n > MAX_SERIES ? ' is-over' : '');
    if (n <= MAX_SERIES) clearTimelineFormError();
  }

  /** GOV.UK's error pattern for the timeline's form: the message in the error summary and by the themes. */
  function timelineFormError(message) {
    var error = $('t-form-error');
    clear(error);
    error.appendChild(el('span', 'govuk-visually-hidden', 'Error: '));
    error.appendChild(document.createTextNode(message));
    error.hidden = false;
    $('t-themes-group').classList.add('govuk-form-group--error');
    var first = $('t-theme-list').querySelector('input');
    showError(message, [{ text: message, href: '#' + (first ? first.id : 't-theme-list') }]);
    $('error-box').focus();
  }

  function clearTimelineFormError() {
    var error = $('t-form-error');
    if (error.hidden) return;
    error.hidden = true;
    clear(error);
    $('t-themes-group').classList.remove('govuk-form-group--error');
    hideError();
  }

  /** The committee and council filters, filled from the coverage report. */
  function fillFilterSelect(select, values, chosen, anyLabel) {
    clear(select);
    var any = el('option', null, anyLabel);
    any.value = '';
    select.appendChild(any);
    var names = arr(values).map(function (v) { return str(v && v.value); }).filter(function (v) { return v; });
    chosen.forEach(function (v) { if (names.indexOf(v) < 0) names.push(v); });
    names.sort(function (a, b) { return a.localeCompare(b); });
    names.forEach(function (name) {
      var o = el('option', null, name);
      o.value = name;
      select.appendChild(o);
    });
    select.value = chosen[0] || '';
    return names.length;
  }

  function fillChartOptions(state, single) {
    $('t-count-' + state.count).checked = true;
    $('t-show-' + state.show).checked = true;
    $('t-chart-' + state.chart).checked = true;
    $('t-split').value = state.split;
    $('t-split').disabled = !single;
    $('t-split-hint').textContent = single
      ? 'Split by stacks the paragraphs by committee or council.'
      : 'Split by is for one theme or set of words: timelines compared are not split.';
  }

  // --- Rendering

  function renderTimeline(state, current) {
    $('timeline-loading').hidden = true;
    var result = $('timeline-result');

    return Promise.all([themesLoaded, loadCoverage()]).then(function (loaded) {
      if (!current()) return null;
      var cov = loaded[1] || {};
      fillTimelineForm(state);
      $('t-committee-field').hidden = !fillFilterSelect($('t-committee'), cov.committees, state.committee, 'Any committee');
      $('t-council-field').hidden = !fillFilterSelect($('t-council'), cov.councils, state.council, 'Any council');
      if (themes.error) showError('The themes could not be loaded: ' + themes.error);

      var asked = requestedSeries(state);
      var intro = $('timeline-intro');
      var t = !comparing(state) && themes.byId[state.theme[0]];
      intro.textContent = t && t.description ? str(t.description) : '';
      intro.hidden = !intro.textContent;

      if (!state.theme.length && !state.queries.length) {
        result.hidden = true;
        destroyChart();
        $('timeline-heading').textContent = 'Timeline';
        setTitle('Timeline');
        intro.hidden = false;
        intro.textContent = 'Choose a theme, or type some words, to see how often it came up in committees over time.';
        announce('Choose a theme or words for the timeline.');
        return null;
      }

      var name = comparing(state)
        ? asked.map(function (x) { return seriesName(x.theme, x.query); }).join(', ') + ' compared'
        : seriesName(asked[0].theme, asked[0].query);
      $('timeline-heading').textContent = 'Timeline: ' + name;
      setTitle('Timeline: ' + name);
      drawTimelineExport(state);
      $('timeline-loading').hidden = false;
      $('timeline-view').setAttribute('aria-busy', 'true');
      result.classList.add('is-stale'); // the last answer stays until the next one is drawn

      var chartReady = loadChartLib().catch(function () { return null; });
      return cachedApi('api/timeline', timelineParams(state)).then(function (data) {
        // A server that does not compare yet reads only some of the parameters: ask it for the first
        // timeline on its own, so that what is drawn is what it is called.
        if (!comparing(state) || Array.isArray(data.series)) return data;
        return cachedApi('api/timeline', timelineParams(state, asked[0].key));
      }).then(function (data) {
        var tl = readTimeline(state, data);
        return Promise.all([listing(state, tl), chartReady]).then(function (parts) {
          return { tl: tl, list: parts[0], Chart: parts[1] };
        });
      }).then(function (r) {
        if (!current()) return;
        $('timeline-loading').hidden = true;
        $('timeline-view').removeAttribute('aria-busy');
        result.classList.remove('is-stale');
        drawTimeline(state, r.tl, r.list, r.Chart);
      }, function (e) {
        if (!current()) return;
        $('timeline-loading').hidden = true;
        $('timeline-view').removeAttribute('aria-busy');
        result.classList.remove('is-stale');
        result.hidden = true;
        destroyChart();
        showError(errorText(e, 'timeline'));
      });
    });
  }

  /** A bucket as numbers (null where the API does not send a field). */
  function readBucket(b) {
    b = b && typeof b === 'object' ? b : {};
    var split = null;
    if (b.split && typeof b.split === 'object' && !Array.isArray(b.split)) {
      split = {};
      Object.keys(b.split).forEach(function (k) { if (num(b.split[k]) !== null) split[k] = b.split[k]; });
    }
    return {
      period: str(b.period),
      items: num(b.count) || 0,
      paragraphs: num(b.paragraphs),
      meetings: num(b.meetings),
      paragraphShare: num(b.paragraphShare),
      meetingShare: num(b.meetingShare),
      split: split
    };
  }

  function readSeriesData(x, key, label) {
    x = x && typeof x === 'object' ? x : {};
    var buckets = arr(x.buckets).map(readBucket).filter(function (b) { return b.period; });
    var byPeriod = {};
    buckets.forEach(function (b) { byPeriod[b.period] = b; });
    return {
      key: key,
      label: label,
      buckets: buckets,
      byPeriod: byPeriod,
      undated: num(x.undated) || 0,
      total: num(x.total) || 0,
      undatedParagraphs: num(x.undatedParagraphs),
      undatedMeetings: num(x.undatedMeetings)
    };
  }

  /**
   * The API's answer in the page's terms: the series (one unless comparing), the periods on the
   * chart (every period from the first to the last of any series), what is counted and shown, the
   * split and the events.
   */
  function readTimeline(state, data) {
    var asked = requestedSeries(state);
    var interval = INTERVALS.indexOf(data.interval) >= 0 ? data.interval : state.interval;
    var notes = [];
    var series;
    if (!comparing(state)) {
      var one = readSeriesData(data, '', seriesName(asked[0].theme, asked[0].query));
      series = [one];
    } else if (Array.isArray(data.series) && data.series.length) {
      series = data.series.map(function (x, i) {
        x = x && typeof x === 'object' ? x : {};
        var theme = typeof x.theme === 'string' ? x.theme : '';
        var query = typeof x.query === 'string' ? x.query : '';
        var key = theme && !query ? 'theme:' + theme : (query && !theme ? 'q:' + query : (asked[i] ? asked[i].key : ''));
        var label = typeof x.label === 'string' && x.label ? x.label : (theme || query ? seriesName(theme, query) : 'Series ' + (i + 1));
        if (!theme && query && !(typeof x.label === 'string' && x.label)) label = quoted(query);
        return readSeriesData(x, key, label);
      });
    } else {
      // A server that does not compare yet answers for the first theme or words only.
      var first = asked[0];
      series = [readSeriesData(data, first.key, seriesName(first.theme, first.query))];
      notes.push('This server does not compare timelines yet: only ' + series[0].label + ' is shown.');
    }

    var all = [];
    series.forEach(function (s) { s.buckets.forEach(function (b) { all.push(b); }); });
    var has = function (field) { return all.length > 0 && all.some(function (b) { return b[field] !== null; }); };

    // What is counted: the chosen measure when the server sends it, else items.
    var measure = state.count;
    if (measure !== 'items' && all.length && !has(measure)) {
      notes.push('This server does not count ' + MEASURES[measure].many + ' yet, so items are counted.');
      measure = 'items';
    }
    // The split: one series only, and only where the server sends it; it counts paragraphs.
    var split = '';
    if (state.split) {
      if (comparing(state)) {
        notes.push('Split by ' + state.split + ' is only for one theme or set of words; the timelines compared are not split.');
      } else if (!all.some(function (b) { return b.split; })) {
        if (all.length) notes.push('This server does not split timelines by ' + state.split + ' yet.');
      } else {
        split = state.split;
        if (measure !== 'paragraphs' && has('paragraphs')) {
          notes.push('Split by ' + split + ' counts paragraphs.');
          measure = 'paragraphs';
        }
      }
    }
    var share = state.show === 'share';
    if (share && measure === 'items') {
      notes.push('A share of all discussion is for paragraphs or meetings, not items: numbers are shown.');
      share = false;
    } else if (share && all.length && !has(MEASURES[measure].share)) {
      notes.push('This server does not send the share of all discussion yet: numbers are shown.');
      share = false;
    }
    var type = state.chart;
    if (split && type === 'line') {
      notes.push('A split timeline is drawn as stacked bars.');
      type = 'bar';
    }

    var periods = periodSpan(all.map(function (b) { return b.period; }), interval);
    var events = readEvents(data.events, interval);

    return {
      interval: interval,
      series: series,
      periods: periods,
      measure: measure,
      share: share,
      split: split,
      splitKeys: split ? splitKeys(series[0], split) : [],
      type: type,
      events: events,
      notes: notes,
      entries: arr(data.entries).filter(function (e) { return e && typeof e === 'object'; }),
      total: num(data.total) || 0
    };
  }

  /** Every period from the first to the last given (quiet ones included), in order. */
  function periodSpan(periods, interval) {
    var sorted = unique(periods).sort();
    if (sorted.length < 2) return sorted;
    var out = [];
    var p = sorted[0];
    var last = sorted[sorted.length - 1];
    for (var guard = 0; guard < 2400 && p && p <= last; guard++) {
      out.push(p);
      p = nextPeriod(p, interval);
    }
    // Periods of an unexpected form are kept as they came.
    sorted.forEach(function (x) { if (out.indexOf(x) < 0) out.push(x); });
    return out.sort();
  }

  function nextPeriod(p, interval) {
    var y = /^(\d{4})$/.exec(p);
    var q = /^(\d{4})-Q([1-4])$/.exec(p);
    var m = /^(\d{4})-(\d{2})$/.exec(p);
    if (interval === 'year' && y) return String(+y[1] + 1);
    if (interval === 'quarter' && q) return +q[2] === 4 ? (+q[1] + 1) + '-Q1' : q[1] + '-Q' + (+q[2] + 1);
    if (interval === 'month' && m) {
      var month = +m[2] === 12 ? 1 : +m[2] + 1;
      return (+m[2] === 12 ? +m[1] + 1 : m[1]) + '-' + (month < 10 ? '0' : '') + month;
    }
    return '';
  }

  /** The committees (or councils) of a split, the largest first; the rest together as "Other". */
  function splitKeys(series, split) {
    var totals = {};
    series.buckets.forEach(function (b) {
      Object.keys(b.split || {}).forEach(function (k) { totals[k] = (totals[k] || 0) + b.split[k]; });
    });
    var names = Object.keys(totals).sort(function (a, b) { return totals[b] - totals[a] || a.localeCompare(b); });
    var keys = names.slice(0, SPLIT_KEYS).map(function (k) {
      return { names: [k], label: k || (split === 'council' ? 'Council unknown' : 'Committee unknown'), total: totals[k] };
    });
    if (names.length > SPLIT_KEYS) {
      var rest = names.slice(SPLIT_KEYS);
      keys.push({
        names: rest,
        label: 'Other ' + (split === 'council' ? 'councils' : 'committees') + ' (' + rest.length + ')',
        total: rest.reduce(function (t, k) { return t + totals[k]; }, 0)
      });
    }
    return keys;
  }

  function readEvents(events, interval) {
    return arr(events).filter(function (e) { return e && typeof e === 'object'; }).map(function (e) {
      return {
        kind: EVENT_KINDS.hasOwnProperty(e.kind) ? e.kind : 'other',
        kindLabel: EVENT_KINDS.hasOwnProperty(e.kind) ? EVENT_KINDS[e.kind].label : (str(e.kind) || 'Event'),
        date: /^\d{4}-\d{2}-\d{2}$/.test(str(e.date)) ? e.date : '',
        period: periodOf(e.date, interval),
        label: str(e.label),
        itemId: str(e.itemId),
        anchor: str(e.anchor),
        committee: str(e.committee),
        council: str(e.council),
        title: str(e.title),
        snippet: e.snippet
      };
    }).sort(function (a, b) {
      if (!a.date || !b.date) return a.date ? -1 : (b.date ? 1 : 0);
      return a.date < b.date ? -1 : (a.date > b.date ? 1 : 0);
    });
  }

  /** A bucket's value in what is counted and shown (a share as a percentage), or 0. */
  function bucketValue(b, tl) {
    if (!b) return 0;
    if (tl.share) {
      var s = b[MEASURES[tl.measure].share];
      return s === null ? 0 : s * 100;
    }
    return tl.measure === 'items' ? b.items : (b[tl.measure] || 0);
  }

  /** A split part's value: paragraphs of those committees, or their share of all paragraphs. */
  function splitValue(b, key, tl) {
    if (!b || !b.split) return 0;
    var n = key.names.reduce(function (t, k) { return t + (b.split[k] || 0); }, 0);
    if (!tl.share) return n;
    return b.paragraphs && b.paragraphShare !== null ? n * b.paragraphShare / b.paragraphs * 100 : 0;
  }

  function formatValue(v, tl) {
    if (tl.share) {
      if (v === 0) return '0%';
      return (v < 0.1 ? v.toFixed(2) : v < 10 ? v.toFixed(1) : v.toFixed(0)) + '%';
    }
    return Math.round(v).toLocaleString('en-GB');
  }

  /** "12 paragraphs" / "3.4% of all paragraphs". */
  function valueWords(v, tl) {
    var m = MEASURES[tl.measure];
    if (tl.share) return formatValue(v, tl) + ' of all ' + m.many;
    return formatValue(v, tl) + ' ' + (Math.round(v) === 1 ? m.one : m.many);
  }

  /** The table's and the chart's columns: the series, or the split's parts (each with its values). */
  function chartColumns(tl) {
    if (tl.split) {
      var s = tl.series[0];
      return tl.splitKeys.map(function (key, i) {
        return {
          label: key.label,
          seriesKey: '',
          style: styleOf(i),
          values: tl.periods.map(function (p) { return splitValue(s.byPeriod[p], key, tl); })
        };
      });
    }
    return tl.series.map(function (s, i) {
      return {
        label: s.label,
        seriesKey: s.key,
        style: styleOf(i),
        values: tl.periods.map(function (p) { return bucketValue(s.byPeriod[p], tl); })
      };
    });
  }

  function styleOf(i) {
    return {
      colour: PALETTE[i % PALETTE.length],
      pattern: PATTERNS[i % PATTERNS.length],
      dash: DASHES[i % DASHES.length],
      point: POINTS[i % POINTS.length]
    };
  }

  // --- Entries

  /**
   * The entries to list, as {entries, total, heading, seriesKey, prompt}: a chosen period's (from the
   * answer when it holds every entry, else asked for with from/to), the undated ones, or all; when
   * comparing, those of the chosen series, asked for on their own.
   */
  function listing(state, tl) {
    var compare = comparing(state);
    var seriesKey = compare ? state.series : '';
    var chosen = null;
    tl.series.forEach(function (s) { if (s.key === seriesKey) chosen = s; });
    if (compare && (!seriesKey || !chosen)) {
      return Promise.resolve({ prompt: true, entries: [], total: 0 });
    }
    var range = state.period && state.period !== 'undated' ? periodRange(state.period, tl.interval) : null;
    var base;
    if (!compare && (tl.entries.length >= tl.total || !range)) {
      base = Promise.resolve({ entries: tl.entries, total: tl.total });
    } else {
      base = cachedApi('api/timeline', timelineParams(state, seriesKey, range)).then(function (d) {
        return { entries: arr(d.entries).filter(function (e) { return e && typeof e === 'object'; }), total: num(d.total) || 0 };
      });
    }
    return base.then(function (r) {
      var entries = r.entries;
      var total = r.total;
      if (state.period === 'undated') {
        entries = entries.filter(function (e) { return !e.date; });
        total = chosen ? chosen.undated : entries.length;
      } else if (state.period) {
        entries = entries.filter(function (e) { return periodOf(e.date, tl.interval) === state.period; });
        total = range ? (r.entries.length >= r.total ? entries.length : r.total) : entries.length;
      }
      return { entries: sortEntries(entries), total: total, seriesKey: seriesKey, label: chosen ? chosen.label : '' };
    });
  }

  /** Dated entries in date order, then the undated (in the API's order). */
  function sortEntries(entries) {
    var dated = entries.filter(function (e) { return e.date; });
    var undated = entries.filter(function (e) { return !e.date; });
    dated = dated.map(function (e, i) { return { e: e, i: i }; }).sort(function (a, b) {
      var x = str(a.e.date);
      var y = str(b.e.date);
      return x < y ? -1 : (x > y ? 1 : a.i - b.i);
    }).map(function (x) { return x.e; });
    return dated.concat(undated);
  }

  // --- Drawing

  function drawTimeline(state, tl, list, Chart) {
    var compare = comparing(state);
    var columns = chartColumns(tl);
    var unit = UNIT[tl.interval];
    var m = MEASURES[tl.measure];
    fillChartOptions(state, !compare);

    $('timeline-summary').textContent = summaryText(tl);
    var caption = (tl.share ? 'Share of all ' + m.many : m.many.charAt(0).toUpperCase() + m.many.slice(1)) +
      ' per ' + unit + (tl.split ? ', by ' + tl.split : '') +
      (compare ? ': ' + tl.series.map(function (s) { return s.label; }).join(', ') : ': ' + tl.series[0].label) +
      filtersText(state);
    $('chart-title').textContent = caption;
    $('timeline-caption').textContent = caption + (tl.periods.length ? '' : ' (no dated items)');

    // Notes: fallbacks, then how to use the chart.
    var notes = $('chart-notes');
    clear(notes);
    tl.notes.forEach(function (n) { notes.appendChild(el('li', 'app-chart-notes__fallback', n)); });

    $('timeline-result').hidden = false; // before the chart, so that it is drawn at its size
    var drawn = drawChart(state, tl, columns, Chart);
    if (tl.periods.length) {
      var mark = tl.type === 'line' ? 'point' : 'bar';
      notes.appendChild(el('li', null, drawn
        ? (compare ? 'Select a ' + mark + ' to list the entries of its timeline in that ' + unit + '.' : 'Select a ' + mark + ' to list the entries of that ' + unit + '.') +
          ' The table below the chart has the same numbers, each period with a link.'
        : 'The chart could not be drawn here. The table below has the numbers.'));
    }
    if (!drawn && tl.periods.length) $('table-details').open = true;

    drawTable(state, tl, columns);
    drawUndated(state, tl, compare);
    drawEvents(state, tl);
    drawEntries(state, tl, list, compare);

    var said = summaryText(tl);
    if (state.period) said += ' Listing ' + $('entries-heading').textContent + '.';
    announce(said);
  }

  /** The filters in words, for captions: " (Cabinet; from 1 January 2019)". */
  function filtersText(state) {
    var parts = state.committee.concat(state.council);
    if (state.from && state.to) parts.push(formatDate(state.from) + ' to ' + formatDate(state.to));
    else if (state.from) parts.push('from ' + formatDate(state.from));
    else if (state.to) parts.push('up to ' + formatDate(state.to));
    return parts.length ? ' (' + parts.join('; ') + ')' : '';
  }

  function summaryText(tl) {
    if (tl.series.length > 1) {
      return 'Comparing ' + tl.series.map(function (s) {
        return s.label + ' (' + plural(s.total, 'item') + ')';
      }).join(', ') + '.';
    }
    var s = tl.series[0];
    if (s.total === 0) return 'No items match.';
    var text = plural(s.total, 'item') + ' in all: ' + (s.total - s.undated) + ' dated, ' + s.undated + ' with the date unknown.';
    var paras = sumField(s, 'paragraphs', s.undatedParagraphs);
    var meetings = sumField(s, 'meetings', s.undatedMeetings);
    if (paras !== null) text += ' ' + plural(paras, 'paragraph') + (meetings !== null ? ' in ' + plural(meetings, 'meeting') : '') + '.';
    return text;
  }

  /** A field summed over the buckets plus the undated, or null when the server does not send it. */
  function sumField(s, field, undated) {
    if (!s.buckets.length || s.buckets.some(function (b) { return b[field] === null; })) return null;
    return s.buckets.reduce(function (t, b) { return t + b[field]; }, 0) + (undated || 0);
  }

  /** The state that lists a period's entries (of a series, when comparing); the same again clears it. */
  function pickState(state, period, seriesKey) {
    var same = state.period === period && state.series === (seriesKey || '');
    return copyState(state, { period: same ? '' : period, series: same ? '' : (seriesKey || '') });
  }

  // --- The chart

  function drawChart(state, tl, columns, Chart) {
    destroyChart();
    var box = $('chart-box');
    var canvas = $('timeline-canvas');
    var legend = $('chart-legend');
    clear(legend);
    if (!tl.periods.length || !Chart) {
      $('chart-figure').hidden = true;
      return false;
    }
    $('chart-figure').hidden = false;
    // Many periods get room of their own (the figure then scrolls sideways); CSSOM, allowed by a strict CSP.
    box.style.minWidth = tl.periods.length > 24 ? tl.periods.length * 1.5 + 'rem' : '';

    var ctx = canvas.getContext('2d');
    var line = tl.type === 'line';
    var datasets = columns.map(function (c) {
      var d = {
        label: c.label,
        data: c.values,
        borderColor: c.style.colour,
        seriesKey: c.seriesKey
      };
      if (line) {
        d.backgroundColor = c.style.colour;
        d.borderWidth = 2.5;
        d.borderDash = c.style.dash;
        d.pointStyle = c.style.point;
        d.pointRadius = 4.5;
        d.pointHoverRadius = 7;
        d.pointBorderColor = c.style.colour;
        d.pointBackgroundColor = '#ffffff';
        d.pointBorderWidth = 2;
        d.fill = false;
        d.tension = 0;
      } else {
        d.backgroundColor = fillFor(ctx, c.style);
        d.borderWidth = tl.split ? { top: 2, left: 1.5, right: 1.5, bottom: 0 } : 1.5;
        if (tl.split) d.borderColor = '#ffffff';
        else if (c.seriesKey === state.series && state.period) {
          // The bar whose entries are listed: a black outline (besides the band behind its period).
          d.borderColor = function (x) { return tl.periods[x.dataIndex] === state.period ? '#0b0c0c' : c.style.colour; };
          d.borderWidth = function (x) { return tl.periods[x.dataIndex] === state.period ? 3 : 1.5; };
        }
        d.maxBarThickness = 64;
        d.stack = tl.split ? 'split' : undefined;
      }
      return d;
    });

    var byPeriod = {};
    tl.events.forEach(function (e) {
      if (!e.period) return;
      (byPeriod[e.period] = byPeriod[e.period] || []).push(e);
    });
    var hasMarkers = tl.periods.some(function (p) { return byPeriod[p]; });

    Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 14;
    Chart.defaults.color = '#0b0c0c';

    chart = new Chart(canvas, {
      type: line ? 'line' : 'bar',
      data: { labels: tl.periods.map(formatPeriodShort), datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: { top: hasMarkers ? 26 : 6, right: 8 } },
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            stacked: !!tl.split,
            grid: { display: false },
            title: { display: true, text: UNIT[tl.interval].charAt(0).toUpperCase() + UNIT[tl.interval].slice(1) },
            ticks: { autoSkip: true, maxRotation: 50 }
          },
          y: {
            stacked: !!tl.split,
            beginAtZero: true,
            grid: { color: '#dcdcdc' },
            title: { display: true, text: tl.share ? '% of all ' + MEASURES[tl.measure].many : MEASURES[tl.measure].many.charAt(0).toUpperCase() + MEASURES[tl.measure].many.slice(1) },
            ticks: tl.share
              ? { callback: function (v) { return Number.isInteger(v) ? v + '%' : formatValue(v, tl); } }
              : { precision: 0 }
          }
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? formatPeriod(tl.periods[items[0].dataIndex]) : ''; },
              label: function (item) { return ' ' + item.dataset.label + ': ' + valueWords(item.parsed.y, tl); },
              footer: function (items) {
                var p = items.length ? tl.periods[items[0].dataIndex] : '';
                return (byPeriod[p] || []).map(function (e) {
                  return e.kindLabel + ': ' + (e.label || e.title) + (e.date ? ' (' + formatDate(e.date) + ')' : '');
                });
              }
            }
          }
        },
        onHover: function (event, elements) {
          canvas.style.cursor = elements.length ? 'pointer' : 'default'; // CSSOM, allowed by a strict CSP
        },
        onClick: function (event) {
          var near = chart.getElementsAtEventForMode(event, 'nearest', { intersect: false, axis: 'xy' }, true);
          if (!near.length) return;
          var period = tl.periods[near[0].index];
          var key = tl.split ? '' : (chart.data.datasets[near[0].datasetIndex].seriesKey || '');
          navigate(pickState(state, period, key), { id: 'entries-heading', reveal: true });
        }
      },
      plugins: [eventMarkers(tl, byPeriod, state.period)]
    });
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', chartSummary(state, tl, columns, byPeriod));

    // The key: a swatch drawn like the chart's, and the name of each series or part; then the markers.
    columns.forEach(function (c) {
      var li = el('li', 'app-legend__item');
      li.appendChild(swatch(c.style, line, !!tl.split));
      li.appendChild(el('span', null, c.label));
      legend.appendChild(li);
    });
    Object.keys(EVENT_KINDS).forEach(function (kind) {
      if (!tl.events.some(function (e) { return e.kind === kind && byPeriod[e.period]; })) return;
      var li = el('li', 'app-legend__item');
      li.appendChild(markerSwatch(kind));
      li.appendChild(el('span', null, EVENT_KINDS[kind].label + ' (marked above its ' + UNIT[tl.interval] + ')'));
      legend.appendChild(li);
    });
    legend.hidden = !legend.firstChild;
    return true;
  }

  /** A bar's fill: the colour itself, or a pattern of it on white, so that the series differ in more than colour. */
  function fillFor(ctx, style) {
    if (style.pattern === 'solid') return style.colour;
    var size = 10;
    var tile = document.createElement('canvas');
    tile.width = size;
    tile.height = size;
    var g = tile.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, size, size);
    g.strokeStyle = style.colour;
    g.fillStyle = style.colour;
    g.lineWidth = 2.5;
    if (style.pattern === 'stripes') {
      g.beginPath();
      g.moveTo(-2, size + 2); g.lineTo(size + 2, -2);
      g.moveTo(-2, 2); g.lineTo(2, -2);
      g.moveTo(size - 2, size + 2); g.lineTo(size + 2, size - 2);
      g.stroke();
    } else if (style.pattern === 'dots') {
      g.beginPath(); g.arc(2.5, 2.5, 2.2, 0, 2 * Math.PI); g.fill();
      g.beginPath(); g.arc(7.5, 7.5, 2.2, 0, 2 * Math.PI); g.fill();
    } else if (style.pattern === 'cross') {
      g.lineWidth = 2;
      g.beginPath();
      g.moveTo(0, 0); g.lineTo(size, size);
      g.moveTo(size, 0); g.lineTo(0, size);
      g.stroke();
    } else {
      g.fillRect(0, 0, size, 4);
    }
    return ctx.createPattern(tile, 'repeat');
  }

  /** The key's picture of a series: a patterned box (bars) or a dashed line with its marker (lines). */
  function swatch(style, line, split) {
    var c = document.createElement('canvas');
    c.width = 36;
    c.height = 18;
    c.className = 'app-swatch';
    c.setAttribute('aria-hidden', 'true');
    var g = c.getContext('2d');
    if (line) {
      g.strokeStyle = style.colour;
      g.lineWidth = 2.5;
      g.setLineDash(style.dash);
      g.beginPath(); g.moveTo(1, 9); g.lineTo(35, 9); g.stroke();
      g.setLineDash([]);
      drawPoint(g, style.point, 18, 9, 5, style.colour);
    } else {
      g.fillStyle = fillFor(g, style);
      g.fillRect(1, 1, 34, 16);
      g.strokeStyle = split ? '#0b0c0c' : style.colour;
      g.lineWidth = 1.5;
      g.strokeRect(1, 1, 34, 16);
    }
    return c;
  }

  function drawPoint(g, shape, x, y, r, colour) {
    g.fillStyle = '#ffffff';
    g.strokeStyle = colour;
    g.lineWidth = 2;
    g.beginPath();
    if (shape === 'triangle') {
      g.moveTo(x, y - r); g.lineTo(x + r, y + r * 0.8); g.lineTo(x - r, y + r * 0.8); g.closePath();
    } else if (shape === 'rect') {
      g.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
    } else if (shape === 'rectRot') {
      g.moveTo(x, y - r); g.lineTo(x + r, y); g.lineTo(x, y + r); g.lineTo(x - r, y); g.closePath();
    } else if (shape === 'star') {
      g.moveTo(x - r, y); g.lineTo(x + r, y); g.moveTo(x, y - r); g.lineTo(x, y + r);
      g.moveTo(x - r * 0.7, y - r * 0.7); g.lineTo(x + r * 0.7, y + r * 0.7);
      g.moveTo(x + r * 0.7, y - r * 0.7); g.lineTo(x - r * 0.7, y + r * 0.7);
      g.stroke();
      return;
    } else {
      g.arc(x, y, r, 0, 2 * Math.PI);
    }
    g.fill();
    g.stroke();
  }

  /** An event marker: a red triangle pointing down (inspection), a black diamond (resolution). */
  function drawMarker(g, kind, x, y) {
    var k = EVENT_KINDS[kind] || { colour: '#505a5f', shape: 'circle' };
    g.fillStyle = k.colour;
    g.strokeStyle = '#ffffff';
    g.lineWidth = 1;
    g.beginPath();
    if (k.shape === 'down') {
      g.moveTo(x - 7, y - 6); g.lineTo(x + 7, y - 6); g.lineTo(x, y + 6); g.closePath();
    } else if (k.shape === 'diamond') {
      g.moveTo(x, y - 7); g.lineTo(x + 6, y); g.lineTo(x, y + 7); g.lineTo(x - 6, y); g.closePath();
    } else {
      g.arc(x, y, 5, 0, 2 * Math.PI);
    }
    g.fill();
    g.stroke();
  }

  function markerSwatch(kind) {
    var c = document.createElement('canvas');
    c.width = 18;
    c.height = 18;
    c.className = 'app-swatch app-swatch--marker';
    c.setAttribute('aria-hidden', 'true');
    drawMarker(c.getContext('2d'), kind, 9, 9);
    return c;
  }

  /**
   * A Chart.js plugin drawing the events' markers above their period (with a count when several), and
   * a band behind the period whose entries are listed.
   */
  function eventMarkers(tl, byPeriod, selectedPeriod) {
    return {
      id: 'minutebookEvents',
      beforeDatasetsDraw: function (c) {
        // The period whose entries are listed: a pale band behind it.
        var i = tl.periods.indexOf(selectedPeriod);
        if (i < 0) return;
        var x = c.scales.x;
        var area = c.chartArea;
        var half = tl.periods.length > 1 ? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0)) / 2 : (area.right - area.left) / 2;
        c.ctx.save();
        c.ctx.fillStyle = '#e8f1f8';
        c.ctx.fillRect(x.getPixelForValue(i) - half, area.top, half * 2, area.bottom - area.top);
        c.ctx.restore();
      },
      afterDraw: function (c) {
        var area = c.chartArea;
        var x = c.scales.x;
        var g = c.ctx;
        g.save();
        tl.periods.forEach(function (p, i) {
          var events = byPeriod[p];
          if (!events) return;
          var kinds = Object.keys(EVENT_KINDS).filter(function (k) { return events.some(function (e) { return e.kind === k; }); });
          if (events.some(function (e) { return !EVENT_KINDS[e.kind]; })) kinds.push('other');
          var cx = x.getPixelForValue(i);
          var y = area.top - 14;
          var start = cx - (kinds.length - 1) * 8;
          kinds.forEach(function (k, j) { drawMarker(g, k, start + j * 16, y); });
          if (events.length > 1) {
            g.fillStyle = '#0b0c0c';
            g.font = '700 12px ' + window.Chart.defaults.font.family;
            g.textBaseline = 'middle';
            g.fillText('\u00d7' + events.length, start + (kinds.length - 1) * 16 + 9, y);
          }
        });
        g.restore();
      }
    };
  }

  /** The chart in words, for its aria-label. */
  function chartSummary(state, tl, columns, byPeriod) {
    var kind = tl.type === 'line' ? 'Line chart' : (tl.split ? 'Stacked bar chart' : 'Bar chart');
    var m = MEASURES[tl.measure];
    var what = (tl.share ? 'share of all ' + m.many : m.many) + ' per ' + UNIT[tl.interval];
    var span = formatPeriod(tl.periods[0]) + (tl.periods.length > 1 ? ' to ' + formatPeriod(tl.periods[tl.periods.length - 1]) : '');
    var parts = columns.map(function (c) {
      var max = -1;
      var at = 0;
      c.values.forEach(function (v, i) { if (v > max) { max = v; at = i; } });
      return c.label + ' (' + (max > 0 ? 'highest ' + valueWords(max, tl) + ' in ' + formatPeriod(tl.periods[at]) : 'none') + ')';
    });
    var text = kind + ' of ' + what + ', ' + span + (tl.split ? ', by ' + tl.split : '') + filtersText(state) + ': ' + parts.join('; ') + '.';
    var marked = tl.periods.reduce(function (n, p) { return n + (byPeriod[p] ? byPeriod[p].length : 0); }, 0);
    if (marked) text += ' ' + plural(marked, 'event') + ' marked.';
    return text + ' The table below the chart has every number.';
  }

  // --- The table behind the chart

  function drawTable(state, tl, columns) {
    var compare = comparing(state);
    var head = $('timeline-head');
    var rows = $('timeline-rows');
    clear(head);
    clear(rows);
    var tr = el('tr', 'govuk-table__row');
    tr.appendChild(th('col', UNIT[tl.interval].charAt(0).toUpperCase() + UNIT[tl.interval].slice(1)));
    columns.forEach(function (c) { tr.appendChild(th('col', c.label, true)); });
    if (tl.split) tr.appendChild(th('col', 'All ' + (tl.split === 'council' ? 'councils' : 'committees'), true));
    var eventsCol = tl.events.some(function (e) { return e.period; });
    if (eventsCol) tr.appendChild(th('col', 'Events'));
    head.appendChild(tr);

    tl.periods.forEach(function (p, i) {
      var selected = state.period === p;
      var row = el('tr', 'govuk-table__row' + (selected ? ' is-selected' : ''));
      var h = el('th', 'govuk-table__header');
      h.scope = 'row';
      var any = columns.some(function (c) { return c.values[i] > 0; });
      if (!compare && (any || selected)) {
        h.appendChild(periodLink(state, p, '', formatPeriod(p), selected));
      } else {
        h.textContent = formatPeriod(p);
      }
      row.appendChild(h);
      columns.forEach(function (c) {
        var td = el('td', 'govuk-table__cell govuk-table__cell--numeric');
        var v = c.values[i];
        var cellSelected = compare && selected && state.series === c.seriesKey;
        if (compare && (v > 0 || cellSelected)) {
          var a = periodLink(state, p, c.seriesKey, formatValue(v, tl), cellSelected);
          a.insertBefore(el('span', 'govuk-visually-hidden', c.label + ', ' + formatPeriod(p) + ': '), a.firstChild);
          td.appendChild(a);
          if (cellSelected) td.className += ' is-selected';
        } else {
          td.textContent = formatValue(v, tl);
        }
        row.appendChild(td);
      });
      if (tl.split) {
        var b = tl.series[0].byPeriod[p];
        row.appendChild(el('td', 'govuk-table__cell govuk-table__cell--numeric', formatValue(bucketValue(b, tl), tl)));
      }
      if (eventsCol) {
        var evs = tl.events.filter(function (e) { return e.period === p; });
        row.appendChild(el('td', 'govuk-table__cell app-events-cell', evs.map(function (e) { return e.kindLabel + ': ' + (e.label || e.title); }).join('; ')));
      }
      rows.appendChild(row);
    });
    if (!tl.periods.length) {
      var empty = el('tr', 'govuk-table__row');
      var td = el('td', 'govuk-table__cell', 'No dated items.');
      td.colSpan = columns.length + 1;
      empty.appendChild(td);
      rows.appendChild(empty);
    }
  }

  function th(scope, text, numeric) {
    var h = el('th', 'govuk-table__header' + (numeric ? ' govuk-table__header--numeric' : ''), text);
    h.scope = scope;
    return h;
  }

  /** A link that lists a period's entries (of a series); chosen, it shows all of them again. */
  function periodLink(state, period, seriesKey, text, selected) {
    var a = el('a', 'govuk-link period-link', text);
    a.href = stateUrl(pickState(state, period, seriesKey));
    a.setAttribute('data-internal', '');
    a.setAttribute('data-key', 'period:' + period + ':' + seriesKey);
    if (selected) {
      a.setAttribute('aria-current', 'true');
      a.appendChild(el('span', 'govuk-visually-hidden', ' (listed below; select to stop)'));
    }
    return a;
  }

  // --- Undated, events, entries

  function drawUndated(state, tl, compare) {
    var box = $('timeline-undated');
    clear(box);
    // Shown only when something has no date (or its listing is chosen).
    box.hidden = !tl.series.some(function (s) { return s.undated > 0; }) && state.period !== 'undated';
    if (!compare) {
      var s = tl.series[0];
      var text = 'Date unknown (' + plural(s.undated, 'item') +
        (s.undatedParagraphs !== null ? ', ' + plural(s.undatedParagraphs, 'paragraph') : '') +
        (s.undatedMeetings !== null ? ' in ' + plural(s.undatedMeetings, 'meeting') : '') + '): not in the chart';
      box.appendChild(el('strong', null, text));
      box.appendChild(document.createTextNode(s.undated ? '; listed after the dated entries. ' : '.'));
      if (s.undated) {
        var selected = state.period === 'undated';
        var a = el('a', 'govuk-link period-link', selected ? 'Show all entries' : 'List only these');
        a.href = stateUrl(pickState(state, 'undated', ''));
        a.setAttribute('data-internal', '');
        a.setAttribute('data-key', 'period:undated:');
        box.appendChild(a);
      }
      return;
    }
    box.appendChild(el('strong', null, 'Date unknown (not in the chart): '));
    var ul = el('ul', 'govuk-list govuk-!-margin-bottom-0');
    tl.series.forEach(function (s) {
      var li = el('li');
      var selected = state.period === 'undated' && state.series === s.key;
      li.appendChild(document.createTextNode(s.label + ': ' + plural(s.undated, 'item') +
        (s.undatedParagraphs !== null ? ', ' + plural(s.undatedParagraphs, 'paragraph') : '') + ' '));
      if (s.undated) {
        var a = el('a', 'govuk-link period-link', selected ? 'Stop listing them' : 'List them');
        a.appendChild(el('span', 'govuk-visually-hidden', ' (' + s.label + ', date unknown)'));
        a.href = stateUrl(pickState(state, 'undated', s.key));
        a.setAttribute('data-internal', '');
        a.setAttribute('data-key', 'period:undated:' + s.key);
        li.appendChild(a);
      }
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  function drawEvents(state, tl) {
    var section = $('timeline-events');
    var list = $('events-list');
    clear(list);
    section.hidden = !tl.events.length;
    tl.events.forEach(function (e) {
      var li = el('li', 'app-entry app-entry--' + e.kind);
      var head = el('p', 'govuk-body app-entry__head');
      if (EVENT_KINDS[e.kind]) head.appendChild(markerSwatch(e.kind));
      head.appendChild(el('strong', 'govuk-tag ' + (e.kind === 'inspection' ? 'govuk-tag--red' : 'govuk-tag--grey'), e.kindLabel));
      head.appendChild(document.createTextNode(' '));
      head.appendChild(dateNode(e.date));
      if (e.label) {
        head.appendChild(el('span', 'app-sep', SEP));
        head.appendChild(el('strong', null, e.label));
      }
      li.appendChild(head);
      var parts = [committeeLink(e.council, e.committee)];
      if (e.council) parts.push(document.createTextNode(e.council));
      if (e.itemId) {
        var a = el('a', 'govuk-link', e.title || 'Open the item');
        a.href = stateUrl(copyState(state, { view: 'document', id: e.itemId, ret: 'timeline', anchor: e.anchor }));
        a.setAttribute('data-internal', '');
        a.setAttribute('data-focus', 'doc-title');
        parts.push(a);
      }
      li.appendChild(joined('govuk-body-s app-meta', parts));
      if (e.snippet) {
        var p = el('p', 'govuk-body-s app-snippet');
        appendSnippet(p, e.snippet);
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  function drawEntries(state, tl, list, compare) {
    var heading = $('entries-heading');
    var note = $('entries-note');
    var dated = $('timeline-entries');
    var undated = $('timeline-undated-entries');
    var undatedHeading = $('undated-entries-heading');
    clear(note);
    clear(dated);
    clear(undated);
    undated.hidden = true;
    undatedHeading.hidden = true;

    if (list.prompt) {
      heading.textContent = 'Entries';
      note.appendChild(document.createTextNode('Select a bar, or a number in the table, to list its entries; or list every entry of '));
      tl.series.forEach(function (s, i) {
        if (i > 0) note.appendChild(document.createTextNode(i === tl.series.length - 1 ? ' or ' : ', '));
        var a = el('a', 'govuk-link', s.label);
        a.href = stateUrl(copyState(state, { period: '', series: s.key }));
        a.setAttribute('data-internal', '');
        a.setAttribute('data-focus', 'entries-heading');
        note.appendChild(a);
      });
      note.appendChild(document.createTextNode('.'));
      return;
    }

    var periodName = state.period === 'undated' ? 'with the date unknown' : (state.period ? 'in ' + formatPeriod(state.period) : '');
    heading.textContent = 'Entries' + (list.label && compare ? ' for ' + list.label : '') + (periodName ? ' ' + periodName : '') +
      ' (' + list.entries.length + (list.total > list.entries.length ? ' of ' + list.total : '') + ')';

    if (state.period || state.series) {
      var all = el('a', 'govuk-link', compare ? 'Stop listing entries' : 'Show entries from every period');
      all.href = stateUrl(copyState(state, { period: '', series: '' }));
      all.setAttribute('data-internal', '');
      all.setAttribute('data-focus', 'entries-heading');
      note.appendChild(all);
      note.appendChild(el('span', 'app-sep', SEP));
    }
    if (list.total > list.entries.length) {
      note.appendChild(document.createTextNode('Only the first ' + list.entries.length + ' of ' + list.total + ' entries are listed.'));
      note.appendChild(el('span', 'app-sep', SEP));
    }
    var search = el('a', 'govuk-link', 'Search these items');
    var s = blankState('search');
    var m = /^(theme|q):(.*)$/.exec(list.seriesKey || '');
    var theme = m ? (m[1] === 'theme' ? m[2] : '') : (state.theme[0] || '');
    s.q = m ? (m[1] === 'q' ? m[2] : '') : (state.queries[0] || '');
    if (theme) s.theme = [theme];
    s.committee = state.committee.slice();
    s.council = state.council.slice();
    s.from = state.from;
    s.to = state.to;
    search.href = stateUrl(s);
    search.setAttribute('data-internal', '');
    search.setAttribute('data-focus', 'search-heading');
    note.appendChild(search);

    var withDate = list.entries.filter(function (e) { return e.date; });
    var withoutDate = list.entries.filter(function (e) { return !e.date; });
    withDate.forEach(function (e) { dated.appendChild(entryItem(state, e)); });
    if (!withDate.length && state.period !== 'undated') dated.appendChild(el('li', 'app-entry govuk-body', 'No dated entries here.'));
    dated.hidden = state.period === 'undated';
    if (withoutDate.length) {
      undatedHeading.textContent = 'Date unknown (' + plural(withoutDate.length, 'item') + ')';
      undatedHeading.hidden = false;
      undated.hidden = false;
      withoutDate.forEach(function (e) { undated.appendChild(entryItem(state, e)); });
    } else if (state.period === 'undated') {
      dated.hidden = false;
      dated.appendChild(el('li', 'app-entry govuk-body', 'No entries here.'));
    }
  }

  function entryItem(state, e) {
    var li = el('li', 'app-entry');
    var h = el('h3', 'govuk-heading-s app-entry__title');
    var a = el('a', 'govuk-link', str(e.title) || 'Untitled item');
    a.href = stateUrl(copyState(state, { view: 'document', id: str(e.id), ret: 'timeline', anchor: str(e.anchor) }));
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'doc-title');
    h.appendChild(a);
    li.appendChild(h);
    var parts = [dateNode(e.date, e.estimatedDate), committeeLink(e.council, e.committee),
      document.createTextNode(e.council ? str(e.council) : 'Council unknown')];
    if (num(e.page)) parts.push(document.createTextNode('page ' + e.page));
    li.appendChild(joined('govuk-body-s app-meta', parts));
    if (e.snippet) {
      var p = el('p', 'govuk-body app-snippet');
      appendSnippet(p, e.snippet);
      li.appendChild(p);
    }
    return li;
  }

  // --- Registers: commitments and inspections ---------------------------------------------------

  var STATUS_LABELS = {
    open: 'Open',
    'possibly-followed-up': 'Possibly followed up',
    overdue: 'Overdue'
  };
  // GOV.UK tag colours: open is blue, possibly done turquoise, overdue red.
  var STATUS_TAGS = { open: 'govuk-tag--blue', 'possibly-followed-up': 'govuk-tag--turquoise', overdue: 'govuk-tag--red' };
  var KIND_LABELS = {
    inspection: 'inspection',
    'monitoring-visit': 'monitoring visit',
    'focused-visit': 'focused visit'
  };
  var KIND_TAGS = { inspection: 'govuk-tag--purple', 'monitoring-visit': 'govuk-tag--orange', 'focused-visit': 'govuk-tag--pink' };
  var OUTCOME_LABELS = {
    noted: 'Noted', approved: 'Approved', recommended: 'Recommended', deferred: 'Deferred',
    referred: 'Referred', rejected: 'Rejected', other: 'Decided'
  };
  var OUTCOME_TAGS = {
    noted: 'govuk-tag--grey', approved: 'govuk-tag--green', recommended: 'govuk-tag--blue',
    deferred: 'govuk-tag--yellow', referred: 'govuk-tag--light-blue', rejected: 'govuk-tag--red', other: 'govuk-tag--grey'
  };

  function tag(text, colour) { return el('strong', 'govuk-tag ' + (colour || 'govuk-tag--grey'), text); }

  /** The register's filters as API parameters (the same names the page's address uses). */
  function registerParams(state) {
    var p = new URLSearchParams();
    ['committee', 'council', 'theme', 'status'].forEach(function (f) {
      state[f].forEach(function (v) { p.append(f, v); });
    });
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    return p;
  }

  /** A link that opens an item at a paragraph, coming back to this view. */
  function passageLink(state, text, itemId, anchor) {
    var a = el('a', 'govuk-link', text);
    a.href = stateUrl(copyState(state, { view: 'document', id: str(itemId), anchor: str(anchor), ret: state.view }));
    a.setAttribute('data-internal', '');
    a.setAttribute('data-focus', 'doc-title');
    return a;
  }

  /** "Committee · date · council" of a register row, the committee a link to its page. */
  function meetingLine(row) {
    return joined('govuk-body-s app-meta', [committeeLink(row.council, row.committee),
      dateNode(row.date, row.estimatedDate), document.createTextNode(row.council ? str(row.council) : 'Council unknown')]);
  }

  /** The select of a register filter, its options the values the unfiltered register holds. */
  function fillFilter(id, values, chosen, label) {
    var select = $(id);
    clear(select);
    select.appendChild(el('option', null, 'Any'));
    select.firstChild.value = '';
    unique(values.concat(chosen)).sort().forEach(function (v) {
      var o = el('option', null, label ? label(v) : v);
      o.value = v;
      select.appendChild(o);
    });
    select.value = chosen.length ? chosen[0] : '';
  }

  var registerCache = {};
  function unfiltered(name) {
    if (!registerCache[name]) {
      registerCache[name] = api('api/' + name).catch(function (e) {
        delete registerCache[name];
        throw e;
      });
    }
    return registerCache[name];
  }

  /** "Download as CSV · Download as JSON" for a register with its filters (data-export="csv|json"). */
  function exportLinks(container, name, state) {
    clear(container);
    appendLinks(container, ['csv', 'json'].map(function (format) {
      var params = registerParams(state);
      params.set('format', format);
      return exportLink('api/' + name + '?' + params.toString(), 'Download as ' + format.toUpperCase(), format,
        format === 'csv' ? 'minutebook-' + name + '.csv' : '');
    }));
  }

  function renderCommitments(state, current) {
    setTitle('Commitments');
    $('commitments-view').setAttribute('aria-busy', 'true');
    $('commitments-loading').hidden = false;
    STATUSES.forEach(function (st) { $('status-' + st).checked = state.status.indexOf(st) >= 0; });
    $('c-from').value = state.from;
    $('c-to').value = state.to;
    exportLinks($('commitments-export'), 'commitments', state);
    return Promise.all([api('api/commitments', registerParams(state)), unfiltered('commitments'), themesLoaded]).then(function (r) {
      if (!current()) return;
      var rows = Array.isArray(r[0]) ? r[0] : [];
      var all = Array.isArray(r[1]) ? r[1] : [];
      fillFilter('c-committee', all.map(function (x) { return str(x.committee); }).filter(Boolean), state.committee);
      fillFilter('c-council', all.map(function (x) { return str(x.council); }).filter(Boolean), state.council);
      var themeIds = [];
      all.forEach(function (x) { arr(x.themes).forEach(function (t) { themeIds.push(str(t)); }); });
      fillFilter('c-theme', themeIds, state.theme, themeLabel);
      $('commitments-loading').hidden = true;
      $('commitments-view').removeAttribute('aria-busy');
      $('commitments-count').textContent = !rows.length
        ? (all.length ? 'No commitments match these filters.' : 'The minutes record no commitments.')
        : plural(rows.length, 'commitment') +
          (rows.length === all.length ? ' recorded in the minutes' : ' of ' + all.length + ' match these filters');
      var list = $('commitments-list');
      clear(list);
      rows.forEach(function (row) { list.appendChild(commitmentRow(state, row)); });
      announce($('commitments-count').textContent);
    }, function (e) {
      if (!current()) return;
      $('commitments-loading').hidden = true;
      $('commitments-view').removeAttribute('aria-busy');
      showError(errorText(e, 'list'));
    });
  }

  /** A commitment as a GOV.UK summary card: the promise (a link to its passage), then its facts. */
  function commitmentRow(state, row) {
    var li = el('li', 'app-cards__item');
    var card = el('div', 'govuk-summary-card');
    var head = el('div', 'govuk-summary-card__title-wrapper');
    var h = el('h2', 'govuk-summary-card__title');
    h.appendChild(passageLink(state, str(row.promise) || str(row.text), row.item, row.anchor));
    head.appendChild(h);
    card.appendChild(head);
    var content = el('div', 'govuk-summary-card__content');
    var dl = el('dl', 'govuk-summary-list');
    summaryRow(dl, 'Status', tag(STATUS_LABELS[row.status] || str(row.status) || 'Unknown', STATUS_TAGS[row.status]));
    summaryRow(dl, 'Who', str(row.owner) + (row.ownerStated ? '' : ' (not named in the minutes)'));
    var dueNode = el('span');
    dueNode.appendChild(row.due ? dateNode(row.due) : document.createTextNode(row.dueHint ? str(row.dueHint) : 'No date given'));
    if (row.due && row.dueHint) dueNode.appendChild(document.createTextNode(' (' + str(row.dueHint) + ')'));
    if (row.dueBasis) dueNode.appendChild(el('span', 'app-provenance-source', str(row.dueBasis)));
    summaryRow(dl, 'Due', dueNode);
    summaryRow(dl, 'Recorded as', quoted(str(row.text)));
    summaryRow(dl, 'Meeting', meetingLine(row));
    var where = el('span');
    where.appendChild(document.createTextNode(str(row.title) || 'Untitled item'));
    where.appendChild(el('span', 'app-sep', SEP));
    where.appendChild(passageLink(state, 'open the minutes at this passage', row.item, row.anchor));
    summaryRow(dl, 'Made in', where);
    content.appendChild(dl);
    var follow = arr(row.followUps);
    if (follow.length) {
      content.appendChild(el('h3', 'govuk-heading-s', 'Later passages that may follow it up'));
      var ul = el('ul', 'govuk-list app-followups');
      follow.forEach(function (f) {
        var item = el('li');
        item.appendChild(passageLink(state, str(f.title) || 'Untitled item', f.item, f.anchor));
        item.appendChild(joined('govuk-body-s app-meta', [committeeLink(row.council, f.committee), dateNode(f.date, f.estimatedDate)]));
        if (f.excerpt) item.appendChild(el('p', 'govuk-body-s app-snippet', str(f.excerpt)));
        ul.appendChild(item);
      });
      content.appendChild(ul);
    }
    card.appendChild(content);
    li.appendChild(card);
    return li;
  }

  function renderInspections(state, current) {
    setTitle('Inspections');
    $('inspections-view').setAttribute('aria-busy', 'true');
    $('inspections-loading').hidden = false;
    exportLinks($('inspections-export'), 'inspections', state);
    return api('api/inspections', registerParams(state)).then(function (rows) {
      if (!current()) return;
      rows = Array.isArray(rows) ? rows : [];
      $('inspections-loading').hidden = true;
      $('inspections-view').removeAttribute('aria-busy');
      $('inspections-count').textContent = rows.length
        ? plural(rows.length, 'inspection or visit', 'inspections and visits') + ' mentioned in the minutes'
        : 'The minutes mention no inspections or visits.';
      $('inspections-table').parentNode.hidden = !rows.length;
      var body = $('inspections-body');
      clear(body);
      rows.forEach(function (row) { body.appendChild(inspectionRow(state, row)); });
      announce($('inspections-count').textContent);
    }, function (e) {
      if (!current()) return;
      $('inspections-loading').hidden = true;
      $('inspections-view').removeAttribute('aria-busy');
      showError(errorText(e, 'list'));
    });
  }

  /** "February 2024 to March 2024", "11 to 12 December 2017", "2024", or "to come". */
  function inspectionWhen(row) {
    if (!row.date) return row.upcoming ? 'Still to come (no date given)' : 'Date not stated';
    function one(iso) {
      if (row.precision === 'year') return str(iso).slice(0, 4);
      if (row.precision === 'month') return formatPeriod(str(iso).slice(0, 7));
      return formatDate(iso);
    }
    var text = one(row.date);
    if (row.endDate && row.endDate !== row.date && one(row.endDate) !== text) text += ' to ' + one(row.endDate);
    return text + (row.upcoming ? ' (to come)' : '');
  }

  function td(content, className) {
    var cell = el('td', 'govuk-table__cell' + (className ? ' ' + className : ''));
    if (content !== null && content !== undefined) {
      cell.appendChild(typeof content === 'object' ? content : document.createTextNode(String(content)));
    }
    return cell;
  }

  function inspectionRow(state, row) {
    var tr = el('tr', 'govuk-table__row');
    var kind = str(row.inspectorate) + ' ' + (row.ordinal ? str(row.ordinal) + ' ' : '') + (KIND_LABELS[row.kind] || str(row.kind));
    var head = el('th', 'govuk-table__header');
    head.setAttribute('scope', 'row');
    head.appendChild(document.createTextNode(kind.charAt(0).toUpperCase() + kind.slice(1)));
    if (row.upcoming) {
      head.appendChild(document.createElement('br'));
      head.appendChild(tag('To come', 'govuk-tag--yellow'));
    }
    tr.appendChild(head);
    tr.appendChild(td(inspectionWhen(row)));
    tr.appendChild(td(row.focus ? str(row.focus) : '\u2014'));
    tr.appendChild(td(row.council ? str(row.council) : 'Not named'));
    var ul = el('ul', 'govuk-list app-references');
    arr(row.references).forEach(function (r) {
      var li = el('li');
      li.appendChild(passageLink(state, str(r.title) || 'Untitled item', r.item, r.anchor));
      var parts = [committeeLink(row.council, r.committee), dateNode(r.date, r.estimatedDate)];
      if (r.later) parts.push(document.createTextNode('after the visit'));
      li.appendChild(joined('govuk-body-s app-meta', parts));
      ul.appendChild(li);
    });
    tr.appendChild(td(ul));
    return tr;
  }

  var ENTITY_LABELS = {
    person: 'People', role: 'Roles', organisation: 'Organisations', money: 'Sums of money',
    percentage: 'Percentages', proportion: 'Proportions'
  };

  /** Who and what the item names: people with their roles, organisations, amounts. */
  function drawEntities(entities) {
    var list = $('entity-list');
    clear(list);
    var byKind = {};
    arr(entities).forEach(function (e) {
      var kind = str(e.kind);
      var text = e.kind === 'person' && e.role ? str(e.text) + ' (' + str(e.role) + ')' : str(e.text);
      var values = byKind[kind] = byKind[kind] || [];
      if (values.indexOf(text) < 0) values.push(text);
    });
    Object.keys(ENTITY_LABELS).forEach(function (kind) {
      if (byKind[kind]) summaryRow(list, ENTITY_LABELS[kind], byKind[kind].join('; '));
    });
    $('doc-entities').hidden = !list.firstChild;
  }

  /** The document view's list of the decisions and commitments the item records, each with a tag. */
  function drawRecorded(state, knowledge) {
    var k = knowledge && typeof knowledge === 'object' ? knowledge : {};
    var list = $('recorded-list');
    clear(list);
    function add(label, colour, who, text, anchor) {
      var li = el('li', 'app-recorded__item');
      li.appendChild(tag(label, colour));
      if (who) li.appendChild(el('span', 'govuk-body-s app-recorded__who', who));
      var p = el('p', 'govuk-body govuk-!-margin-bottom-0');
      var a = el('a', 'govuk-link', text);
      a.href = stateUrl(copyState(state, { anchor: str(anchor) }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'doc-title');
      p.appendChild(a);
      li.appendChild(p);
      list.appendChild(li);
    }
    arr(k.decisions).forEach(function (d) {
      add(OUTCOME_LABELS[d.outcome] || 'Decided', OUTCOME_TAGS[d.outcome], '', str(d.text), d.anchor);
    });
    arr(k.commitments).forEach(function (c) {
      add('Commitment', 'govuk-tag--purple', c.owner ? 'By ' + str(c.owner) : '', str(c.promise) || str(c.text), c.anchor);
    });
    arr(k.questions).forEach(function (q) {
      add('Question', 'govuk-tag--light-blue', q.askedBy ? 'Asked by ' + str(q.askedBy) : '', str(q.question), q.questionAnchor);
      if (q.answer) add('Answer', 'govuk-tag--light-blue', q.answeredBy ? 'Answered by ' + str(q.answeredBy) : '', str(q.answer), q.answerAnchor);
    });
    arr(k.inspections).forEach(function (i) {
      var kind = str(i.inspectorate) + ' ' + (i.ordinal ? str(i.ordinal) + ' ' : '') + (KIND_LABELS[i.kind] || str(i.kind));
      var when = i.date ? ' ' + inspectionWhen(i) : (i.future ? ' (to come)' : '');
      add('Inspection', KIND_TAGS[i.kind] || 'govuk-tag--purple', '', kind + when, i.anchor);
    });
    $('doc-recorded').hidden = !list.firstChild;
    drawEntities(k.entities);
  }

  // --- Home ------------------------------------------------------------------------------------

  function renderHome(state, current) {
    setTitle('');
    $('home-view').setAttribute('aria-busy', 'true');
    $('home-loading').hidden = false;
    drawExamples();
    var health = api('api/health').catch(function () { return null; });
    return Promise.all([themesLoaded, loadCoverage(), health]).then(function (r) {
      if (!current()) return;
      $('home-loading').hidden = true;
      $('home-view').removeAttribute('aria-busy');
      var sentence = coverageSentence(r[1] || {}, r[2]);
      if (sentence) $('home-lede').textContent = sentence;
      // Files that could not be read (not the notes that are not minutes) are worth knowing before searching.
      var failed = arr((r[1] || {}).failures).filter(function (f) { return f && f.status !== 'corpus-notes'; }).length;
      $('home-banner-text').textContent = failed ? plural(failed, 'file', 'files') + ' in the archive could not be read, so ' +
        (failed === 1 ? 'its' : 'their') + ' minutes are not searched.' : '';
      $('home-banner').hidden = !failed;
      drawHomeThemes();
    });
  }

  /** "Minutebook holds 1,512 items from 170 files: 33 committees of 30 councils, from ... to ...". */
  function coverageSentence(cov, health) {
    var range = cov.dateRange && typeof cov.dateRange === 'object' ? cov.dateRange : {};
    var items = num(range.dated) !== null && num(range.undated) !== null ? range.dated + range.undated
      : (health && num(health.items) !== null ? health.items : null);
    if (items === null) return '';
    var files = cov.statuses && num(cov.statuses.indexed) !== null ? cov.statuses.indexed : null;
    var committees = arr(cov.committees).length;
    var councils = arr(cov.councils).length;
    var text = 'Minutebook searches ' + plural(items, 'agenda item').replace(/^(\d+)/, function (n) { return (+n).toLocaleString('en-GB'); }) +
      (files !== null ? ' from ' + plural(files, 'file') + ' of minutes, agendas and reports' : '');
    var of = [];
    if (committees) of.push(plural(committees, 'committee'));
    if (councils) of.push(plural(councils, 'council'));
    if (of.length) text += ' of ' + of.join(' of ');
    if (range.from && range.to) {
      text += range.from === range.to ? ', all dated ' + formatDate(range.from) : ', from ' + formatDate(range.from) + ' to ' + formatDate(range.to);
    }
    return text + '.';
  }

  function drawExamples() {
    var list = $('home-examples');
    if (list.firstChild) return;
    EXAMPLES.forEach(function (q) {
      var li = el('li');
      var s = blankState('search');
      s.q = q;
      li.appendChild(searchLink(q, s));
      list.appendChild(li);
    });
  }

  function drawHomeThemes() {
    var list = $('home-themes');
    clear(list);
    themes.list.forEach(function (t) {
      var li = el('li');
      var a = el('a', 'govuk-link', themeLabel(t.id));
      a.href = stateUrl(copyState(blankState('timeline'), { theme: [t.id] }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'timeline-heading');
      li.appendChild(a);
      list.appendChild(li);
    });
    if (!themes.list.length) list.appendChild(el('li', 'govuk-body', themes.error ? 'The themes could not be loaded.' : 'No themes are defined.'));
  }

  // --- Committees --------------------------------------------------------------------------------

  /** Sorts rows by council then committee, unknown names last. */
  function byCouncilAndCommittee(a, b) {
    var x = [str(a.council), str(a.committee)];
    var y = [str(b.council), str(b.committee)];
    for (var i = 0; i < 2; i++) {
      if (x[i] !== y[i]) {
        if (!x[i]) return 1;
        if (!y[i]) return -1;
        return x[i].localeCompare(y[i]);
      }
    }
    return 0;
  }

  function renderCommittees(state, current) {
    setTitle('Committees');
    $('committees-view').setAttribute('aria-busy', 'true');
    $('committees-loading').hidden = false;
    $('committees-count').textContent = '';
    var body = $('committees-body');
    var done = function () {
      $('committees-loading').hidden = true;
      $('committees-view').removeAttribute('aria-busy');
    };
    return api('api/committees').then(function (rows) {
      return { rows: arr(rows), complete: true };
    }, function (e) {
      // A server without the committees' list yet: the names and item counts of the coverage report.
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
      return api('api/coverage').then(function (cov) {
        return { rows: arr(cov.committees).map(function (c) { return { committee: c.value, items: c.count }; }), complete: false };
      });
    }).then(function (r) {
      if (!current()) return;
      done();
      var rows = r.rows.filter(function (x) { return x && typeof x === 'object'; }).sort(byCouncilAndCommittee);
      clear(body);
      rows.forEach(function (c) {
        var tr = el('tr', 'govuk-table__row');
        var head = el('th', 'govuk-table__header');
        head.scope = 'row';
        head.appendChild(committeeLink(c.council, c.committee));
        tr.appendChild(head);
        tr.appendChild(td(c.council ? str(c.council) : (r.complete ? 'Not known' : '\u2014')));
        tr.appendChild(td(num(c.meetings) !== null ? c.meetings.toLocaleString('en-GB') : '\u2014', 'govuk-table__cell--numeric'));
        tr.appendChild(td(num(c.items) !== null ? c.items.toLocaleString('en-GB') : '\u2014', 'govuk-table__cell--numeric'));
        tr.appendChild(td(c.from ? dateNode(c.from) : '\u2014'));
        tr.appendChild(td(c.to ? dateNode(c.to) : '\u2014'));
        body.appendChild(tr);
      });
      var councils = unique(rows.map(function (c) { return str(c.council); }));
      $('committees-count').textContent = plural(rows.length, 'committee') +
        (councils.length ? ' of ' + plural(councils.length, 'council') : '') +
        (r.complete ? '' : ' (this server does not list their meetings yet)');
      announce($('committees-count').textContent);
    }, function (e) {
      if (!current()) return;
      done();
      clear(body);
      showError(errorText(e, 'list'));
    });
  }

  // --- One committee -----------------------------------------------------------------------------

  var committeeChart = null;

  function destroyCommitteeChart() {
    if (committeeChart) {
      committeeChart.destroy();
      committeeChart = null;
    }
  }

  function renderCommittee(state, current) {
    var council = state.council[0] || '';
    var committee = state.committee[0] || '';
    $('committee-heading').textContent = committee || 'Committee not named';
    $('committee-caption').textContent = council || 'Council not known';
    setTitle((committee || 'Committee') + (council ? ', ' + council : ''));
    $('committee-result').hidden = true;
    if (!council && !committee) {
      showError('No committee was chosen: the address names no council or committee.');
      return null;
    }
    $('committee-view').setAttribute('aria-busy', 'true');
    $('committee-loading').hidden = false;
    var p = new URLSearchParams();
    if (council) p.set('council', council);
    if (committee) p.set('committee', committee);
    var chartReady = loadChartLib().catch(function () { return null; });
    return Promise.all([api('api/meetings', p), chartReady, themesLoaded]).then(function (r) {
      if (!current()) return;
      $('committee-loading').hidden = true;
      $('committee-view').removeAttribute('aria-busy');
      drawCommittee(state, r[0] || {}, r[1]);
    }, function (e) {
      if (!current()) return;
      $('committee-loading').hidden = true;
      $('committee-view').removeAttribute('aria-busy');
      var missing = e instanceof ApiError && e.status === 404 && /endpoint/i.test(e.message);
      showError(missing ? 'This server cannot list a committee\u2019s meetings yet: it has no /api/meetings.' : errorText(e, 'list'));
    });
  }

  /** Every year from the first to the last given, with its count (0 for a quiet year). */
  function yearSpan(years) {
    var counts = {};
    arr(years).forEach(function (y) {
      if (y && /^\d{4}$/.test(str(y.value))) counts[y.value] = (counts[y.value] || 0) + (num(y.count) || 0);
    });
    var keys = Object.keys(counts).sort();
    if (!keys.length) return [];
    var out = [];
    for (var y = +keys[0]; y <= +keys[keys.length - 1]; y++) out.push({ year: String(y), count: counts[y] || 0 });
    return out;
  }

  function drawCommittee(state, data, Chart) {
    var meetings = arr(data.meetings).filter(function (m) { return m && typeof m === 'object'; });
    var total = num(data.total) !== null ? data.total : meetings.length;
    var items = meetings.reduce(function (n, m) { return n + (num(m.items) || 0); }, 0);
    var dated = meetings.filter(function (m) { return m.date; }).map(function (m) { return str(m.date); }).sort();
    var summary = plural(total, 'meeting') + ' with ' + plural(items, 'item') + ' in the archive';
    if (dated.length) summary += ', from ' + formatDate(dated[0]) + ' to ' + formatDate(dated[dated.length - 1]);
    var undated = meetings.length - dated.length;
    $('committee-summary').textContent = summary + '.' + (undated ? ' ' + plural(undated, 'meeting has', 'meetings have') + ' no stated date.' : '');

    // Links to the committee's items elsewhere: search, timeline filters, commitments.
    var links = $('committee-links');
    clear(links);
    var council = state.council[0] || '';
    var committee = state.committee[0] || '';
    var search = blankState('search');
    if (council) search.council = [council];
    if (committee) search.committee = [committee];
    var commitments = blankState('commitments');
    commitments.council = search.council.slice();
    commitments.committee = search.committee.slice();
    var a1 = searchLink('Search this committee\u2019s items', search);
    var a2 = el('a', 'govuk-link', 'Commitments made at its meetings');
    a2.href = stateUrl(commitments);
    a2.setAttribute('data-internal', '');
    a2.setAttribute('data-focus', 'commitments-heading');
    appendLinks(links, [a1, a2]);

    // Meetings per year: the table, and the same numbers as a chart.
    var years = yearSpan(data.years && arr(data.years).length ? data.years : meetings.map(function (m) {
      return { value: str(m.date).slice(0, 4), count: 1 };
    }));
    var yb = $('committee-years-body');
    clear(yb);
    years.forEach(function (y) {
      var tr = el('tr', 'govuk-table__row');
      var h = el('th', 'govuk-table__header', y.year);
      h.scope = 'row';
      tr.appendChild(h);
      tr.appendChild(td(String(y.count), 'govuk-table__cell--numeric'));
      yb.appendChild(tr);
    });
    // With no dated meeting there is nothing to draw: the summary says so.
    $('committee-years').hidden = !years.length;
    $('committee-result').hidden = false; // before the chart, so that it is drawn at its size
    drawCommitteeChart(years, Chart);

    // Themes, each a link to its timeline for this committee.
    var themeList = $('committee-theme-list');
    clear(themeList);
    arr(data.themes).filter(function (t) { return t && t.value; }).forEach(function (t) {
      var tl = blankState('timeline');
      tl.theme = [str(t.value)];
      tl.council = council ? [council] : [];
      tl.committee = committee ? [committee] : [];
      themeList.appendChild(themeTag(str(t.value), stateUrl(tl), num(t.count) !== null ? ' (' + t.count + ')' : ''));
    });
    $('committee-themes').hidden = !themeList.firstChild;

    var body = $('meetings-body');
    clear(body);
    meetings.forEach(function (m) { body.appendChild(meetingRow(state, m)); });
    if (!meetings.length) {
      var empty = el('tr', 'govuk-table__row');
      var c = td('No meetings of this committee are indexed.');
      c.colSpan = 5;
      empty.appendChild(c);
      body.appendChild(empty);
    }
    announce(summary);
  }

  function meetingRow(state, m) {
    var tr = el('tr', 'govuk-table__row');
    var head = el('th', 'govuk-table__header');
    head.scope = 'row';
    var when = m.date ? formatDate(m.date) : (m.estimatedDate ? 'Date not stated (estimated ' + formatDate(m.estimatedDate) + ')' : 'Date not stated');
    if (m.firstItemId) {
      var a = el('a', 'govuk-link', when);
      a.href = stateUrl(copyState(state, { view: 'document', id: str(m.firstItemId), anchor: '', ret: 'committee' }));
      a.setAttribute('data-internal', '');
      a.setAttribute('data-focus', 'doc-title');
      head.appendChild(a);
    } else {
      head.appendChild(document.createTextNode(when));
    }
    var about = el('span', 'govuk-body-s app-meeting__about');
    if (m.type) about.appendChild(document.createTextNode(str(m.type).charAt(0).toUpperCase() + str(m.type).slice(1)));
    if (m.title) about.appendChild(document.createTextNode((m.type ? ': ' : '') + str(m.title)));
    if (about.firstChild) head.appendChild(about);
    tr.appendChild(head);
    tr.appendChild(td(num(m.items) !== null ? String(m.items) : '\u2014', 'govuk-table__cell--numeric'));
    var themeIds = arr(m.themes).map(function (t) { return t && typeof t === 'object' ? str(t.value) : str(t); }).filter(Boolean);
    tr.appendChild(td(themeIds.length ? themeTags(themeIds) : '\u2014'));
    tr.appendChild(td(num(m.decisions) !== null ? String(m.decisions) : '\u2014', 'govuk-table__cell--numeric'));
    tr.appendChild(td(num(m.commitments) !== null ? String(m.commitments) : '\u2014', 'govuk-table__cell--numeric'));
    return tr;
  }

  /** Meetings per year as a small bar chart (the table beside it has the numbers). */
  function drawCommitteeChart(years, Chart) {
    destroyCommitteeChart();
    var figure = $('committee-figure');
    if (!years.length || !Chart) {
      figure.hidden = true;
      return;
    }
    figure.hidden = false;
    $('committee-chart-box').style.minWidth = years.length > 20 ? years.length * 1.6 + 'rem' : ''; // CSSOM
    Chart.defaults.font.family = window.getComputedStyle(document.body).fontFamily;
    Chart.defaults.font.size = 14;
    Chart.defaults.color = '#0b0c0c';
    var canvas = $('committee-canvas');
    committeeChart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: years.map(function (y) { return y.year; }),
        datasets: [{ label: 'Meetings', data: years.map(function (y) { return y.count; }), backgroundColor: PALETTE[0], maxBarThickness: 48 }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: {
          x: { grid: { display: false }, title: { display: true, text: 'Year' } },
          y: { beginAtZero: true, grid: { color: '#dcdcdc' }, ticks: { precision: 0 }, title: { display: true, text: 'Meetings' } }
        }
      }
    });
    var most = years.reduce(function (m, y) { return y.count > m.count ? y : m; }, years[0]);
    canvas.setAttribute('aria-label', 'Bar chart of meetings per year, ' + years[0].year + ' to ' + years[years.length - 1].year +
      ': the most, ' + most.count + ', in ' + most.year + '. The table beside the chart has every number.');
  }

  // --- Coverage ----------------------------------------------------------------------------------

  var STATUS_WORDS = {
    indexed: 'Indexed', empty: 'No text', encrypted: 'Encrypted', unsupported: 'Format not supported',
    corrupt: 'Could not be read', 'timed-out': 'Timed out', 'too-large': 'Too large', 'corpus-notes': 'Notes, not minutes',
    'io-error': 'Read error'
  };

  function renderCoverage(state, current) {
    setTitle('Coverage');
    $('coverage-view').setAttribute('aria-busy', 'true');
    $('coverage-loading').hidden = false;
    $('coverage-result').hidden = true;
    return api('api/coverage').then(function (cov) {
      if (!current()) return;
      $('coverage-loading').hidden = true;
      $('coverage-view').removeAttribute('aria-busy');
      drawCoverage(cov);
    }, function (e) {
      if (!current()) return;
      $('coverage-loading').hidden = true;
      $('coverage-view').removeAttribute('aria-busy');
      showError(errorText(e));
    });
  }

  function countRows(tbody, values, link) {
    clear(tbody);
    arr(values).filter(function (v) { return v && v.value !== undefined; }).forEach(function (v) {
      var tr = el('tr', 'govuk-table__row');
      var h = el('th', 'govuk-table__header');
      h.scope = 'row';
      h.appendChild(link ? link(str(v.value)) : document.createTextNode(str(v.value) || 'Not known'));
      tr.appendChild(h);
      tr.appendChild(td((num(v.count) || 0).toLocaleString('en-GB'), 'govuk-table__cell--numeric'));
      tbody.appendChild(tr);
    });
    if (!tbody.firstChild) {
      var tr = el('tr', 'govuk-table__row');
      var c = td('None recorded.');
      c.colSpan = 2;
      tr.appendChild(c);
      tbody.appendChild(tr);
    }
  }

  function drawCoverage(cov) {
    var summary = $('coverage-summary');
    clear(summary);
    var statuses = cov.statuses && typeof cov.statuses === 'object' ? cov.statuses : {};
    var range = cov.dateRange && typeof cov.dateRange === 'object' ? cov.dateRange : {};
    if (num(cov.files) !== null) summaryRow(summary, 'Files found', cov.files.toLocaleString('en-GB'));
    var outcomes = Object.keys(statuses).map(function (k) {
      return (STATUS_WORDS[k] || k) + ': ' + statuses[k];
    });
    if (outcomes.length) summaryRow(summary, 'What became of them', outcomes.join('; '));
    if (num(range.dated) !== null && num(range.undated) !== null) {
      summaryRow(summary, 'Items indexed', (range.dated + range.undated).toLocaleString('en-GB') + ' (' +
        range.dated.toLocaleString('en-GB') + ' with a meeting date, ' + range.undated.toLocaleString('en-GB') + ' without)');
    }
    if (range.from && range.to) summaryRow(summary, 'Meeting dates', formatDate(range.from) + ' to ' + formatDate(range.to));
    summaryRow(summary, 'Councils', String(arr(cov.councils).length));
    summaryRow(summary, 'Committees', String(arr(cov.committees).length));

    countRows(document.querySelector('#coverage-councils tbody'), cov.councils);
    countRows(document.querySelector('#coverage-committees tbody'), cov.committees);
    var years = arr(cov.years).slice().sort(function (a, b) { return str(a && a.value).localeCompare(str(b && b.value)); });
    countRows(document.querySelector('#coverage-years tbody'), years);
    $('coverage-years-section').hidden = !Array.isArray(cov.years);
    drawCoverageTable(cov.table);

    var failures = arr(cov.failures).filter(function (f) { return f && typeof f === 'object'; });
    var fb = document.querySelector('#coverage-failures tbody');
    clear(fb);
    failures.forEach(function (f) {
      var tr = el('tr', 'govuk-table__row');
      var h = el('th', 'govuk-table__header');
      h.scope = 'row';
      h.appendChild(el('span', 'app-source', str(f.source)));
      tr.appendChild(h);
      tr.appendChild(td(tag(STATUS_WORDS[f.status] || str(f.status), f.status === 'corpus-notes' ? 'govuk-tag--grey' : 'govuk-tag--red')));
      tr.appendChild(td(str(f.reason)));
      fb.appendChild(tr);
    });
    $('coverage-failures').hidden = !failures.length;
    $('coverage-failures-none').hidden = !!failures.length;
    $('coverage-result').hidden = false;
    announce('Coverage: ' + (num(cov.files) !== null ? plural(cov.files, 'file') + ', ' : '') + plural(failures.length, 'file') + ' not indexed.');
  }

  /** The council × committee × year table: a row per committee, a column per year, meetings in each. */
  function drawCoverageTable(table) {
    var section = $('coverage-table-section');
    var rows = arr(table).filter(function (r) { return r && typeof r === 'object'; });
    section.hidden = !rows.length;
    if (!rows.length) return;
    var years = unique(rows.map(function (r) { return str(r.year); }).filter(Boolean)).sort();
    var hasUndated = rows.some(function (r) { return !r.year; });
    var byKey = {};
    var keys = [];
    rows.forEach(function (r) {
      var key = JSON.stringify([str(r.council), str(r.committee)]);
      if (!byKey[key]) {
        byKey[key] = { council: str(r.council), committee: str(r.committee), years: {}, meetings: 0, items: 0 };
        keys.push(key);
      }
      var row = byKey[key];
      var y = str(r.year) || 'undated';
      row.years[y] = (row.years[y] || 0) + (num(r.meetings) || 0);
      row.meetings += num(r.meetings) || 0;
      row.items += num(r.items) || 0;
    });
    var list = keys.map(function (k) { return byKey[k]; }).sort(byCouncilAndCommittee);

    var head = $('coverage-table-head');
    clear(head);
    var tr = el('tr', 'govuk-table__row');
    tr.appendChild(th('col', 'Council'));
    tr.appendChild(th('col', 'Committee'));
    years.forEach(function (y) { tr.appendChild(th('col', y, true)); });
    if (hasUndated) tr.appendChild(th('col', 'No date', true));
    tr.appendChild(th('col', 'Meetings', true));
    tr.appendChild(th('col', 'Items', true));
    head.appendChild(tr);

    var body = $('coverage-table-body');
    clear(body);
    list.forEach(function (r) {
      var row = el('tr', 'govuk-table__row');
      var c1 = el('th', 'govuk-table__header', r.council || 'Not known');
      c1.scope = 'row';
      row.appendChild(c1);
      var c2 = el('th', 'govuk-table__header');
      c2.scope = 'row';
      c2.appendChild(committeeLink(r.council, r.committee));
      row.appendChild(c2);
      years.concat(hasUndated ? ['undated'] : []).forEach(function (y) {
        row.appendChild(td(r.years[y] ? String(r.years[y]) : '', 'govuk-table__cell--numeric' + (r.years[y] ? '' : ' app-cell--empty')));
      });
      row.appendChild(td(r.meetings.toLocaleString('en-GB'), 'govuk-table__cell--numeric govuk-!-font-weight-bold'));
      row.appendChild(td(r.items.toLocaleString('en-GB'), 'govuk-table__cell--numeric'));
      body.appendChild(row);
    });
  }

  // --- Page not found ----------------------------------------------------------------------------

  function renderNotFound() {
    setTitle('Page not found');
    announce('Page not found');
    return null;
  }

  // ---------------------------------------------------------------------------------------------

  // Keep the canonical form of the address (so that the first entry of history is a permalink too);
  // an address the page does not know is left as it was typed.
  var initial = readState(location.search);
  if (location.search && initial.view !== 'not-found' && stateUrl(initial) !== location.search) {
    history.replaceState(null, '', stateUrl(initial));
  }
  render(null);
})();
