(function () {
  'use strict';
  var DATA = JSON.parse(document.getElementById('dashboard-data').textContent);
  var V = DATA.views;
  var KINDS = ['Movie', 'TV Show'];
  var COLOURS = { 'Movie': '#0072B2', 'TV Show': '#E69F00' };
  var NAMES = { 'Movie': 'Movies', 'TV Show': 'TV shows' };
  var NUMBER = new Intl.NumberFormat('en');
  var DAY = 86400000;

  var years = V.v_titles.map(function (t) { return t.release_year; }).filter(function (y) { return y !== null; });
  var MIN_YEAR = years.length ? Math.min.apply(null, years) : 0;
  var MAX_YEAR = years.length ? Math.max.apply(null, years) : 0;
  var state = { kind: 'all', from: MIN_YEAR, to: MAX_YEAR };

  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1d2430';

  // The views answer the unfiltered page; the titles' rows answer whatever the views cannot.
  function yearsAll() { return state.from === MIN_YEAR && state.to === MAX_YEAR; }
  function kindsShown() { return state.kind === 'all' ? KINDS : [state.kind]; }
  function kindOk(kind) { return state.kind === 'all' || kind === state.kind; }
  function yearOk(year) {
    return yearsAll() || (year !== null && year >= state.from && year <= state.to);
  }
  function titlesInScope() {
    return V.v_titles.filter(function (t) { return kindOk(t.kind) && yearOk(t.release_year); });
  }
  function format(n) { return n === null || n === undefined ? '\u2014' : NUMBER.format(n); }
  function percent(x) { return x === null ? '\u2014' : (x * 100).toFixed(1) + '%'; }

  function median(values) {
    if (!values.length) { return null; }
    var s = values.slice().sort(function (a, b) { return a - b; });
    var m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  var LAST_ADDED = V.v_titles.reduce(function (max, t) {
    return t.date_added !== null && (max === null || t.date_added > max) ? t.date_added : max;
  }, null);

  function kpis(titles) {
    var countries = new Set();
    titles.forEach(function (t) { t.countries.forEach(function (c) { countries.add(c); }); });
    var minutes = titles.filter(function (t) { return t.kind === 'Movie' && t.duration_minutes !== null; })
      .map(function (t) { return t.duration_minutes; });
    var dated = titles.filter(function (t) { return t.date_added !== null; });
    var since = LAST_ADDED === null ? null : Date.parse(LAST_ADDED) - 365 * DAY;
    var recent = dated.filter(function (t) { return Date.parse(t.date_added) > since; }).length;
    var med = median(minutes);
    set('kpi-titles', format(titles.length));
    set('kpi-movies', format(titles.filter(function (t) { return t.kind === 'Movie'; }).length));
    set('kpi-shows', format(titles.filter(function (t) { return t.kind === 'TV Show'; }).length));
    set('kpi-countries', format(countries.size));
    set('kpi-median-minutes', med === null ? '\u2014' : format(med) + ' min');
    set('kpi-recent-share', dated.length ? percent(recent / dated.length) : '\u2014');
  }

  function set(id, text) { document.getElementById(id).textContent = text; }

  function axis(title, extra) {
    return Object.assign({ title: { display: true, text: title }, grid: { color: '#eef1f5' } }, extra || {});
  }
  // Counts of titles and rows are whole numbers: no tick at 0.5.
  function countAxis(title, extra) {
    return axis(title, Object.assign({ beginAtZero: true, ticks: { precision: 0 } }, extra || {}));
  }
  function ratingOf(rating) { return rating === null ? 'Not rated' : rating; }

  function kindDatasets(labels, valueOf, extra) {
    return kindsShown().map(function (kind) {
      return Object.assign({
        label: NAMES[kind],
        data: labels.map(function (label) { return valueOf(label, kind); }),
        backgroundColor: COLOURS[kind],
        borderColor: COLOURS[kind]
      }, extra || {});
    });
  }

  function chart(id, type, options) {
    return new Chart(document.getElementById(id), {
      type: type,
      data: { labels: [], datasets: [] },
      options: Object.assign({ responsive: true, interaction: { mode: 'nearest', intersect: false } }, options)
    });
  }

  function redraw(c, labels, datasets) {
    c.data.labels = labels;
    c.data.datasets = datasets;
    c.update();
  }

  var charts = {
    added: chart('chart-added', 'line', {
      interaction: { mode: 'index', intersect: false },
      scales: { x: axis('Month added'), y: countAxis('Titles added') }
    }),
    countries: chart('chart-countries', 'bar', stackedBars('Country')),
    categories: chart('chart-categories', 'bar', stackedBars('Category')),
    ratings: chart('chart-ratings', 'bar', {
      scales: { x: axis('Rating'), y: countAxis('Titles') },
      plugins: { tooltip: { callbacks: { afterLabel: function (item) {
        return 'share of ' + item.dataset.label + ': ' + percent(item.dataset.shares[item.dataIndex]);
      } } } }
    }),
    years: chart('chart-years', 'bar', {
      scales: { x: axis('Release year', { stacked: true }), y: countAxis('Titles', { stacked: true }) }
    }),
    directors: chart('chart-directors', 'bar', stackedBars('Director')),
    cast: chart('chart-cast', 'bar', stackedBars('Cast member')),
    quarantine: chart('chart-quarantine', 'bar', {
      indexAxis: 'y',
      scales: { x: countAxis('Rows quarantined'), y: axis('Expectation (table \u00b7 action)') },
      plugins: { legend: { display: false } }
    })
  };

  function stackedBars(what) {
    return {
      indexAxis: 'y',
      interaction: { mode: 'index', intersect: false },
      scales: { x: countAxis('Titles', { stacked: true }), y: axis(what, { stacked: true }) }
    };
  }

  function monthOf(date) { return date.slice(0, 7); }

  function drawAdded(titles) {
    var counts = {};
    function add(month, kind, n) {
      counts[month] = counts[month] || {};
      counts[month][kind] = (counts[month][kind] || 0) + n;
    }
    if (yearsAll()) {
      V.v_titles_added_by_month.forEach(function (r) { if (kindOk(r.kind)) { add(monthOf(r.month), r.kind, r.titles); } });
    } else {
      titles.forEach(function (t) { if (t.date_added !== null) { add(monthOf(t.date_added), t.kind, 1); } });
    }
    var months = Object.keys(counts).sort();
    redraw(charts.added, months, kindDatasets(months, function (m, kind) { return counts[m][kind] || 0; },
      { pointRadius: 2, borderWidth: 2, fill: false, tension: 0 }));
    set('note-added', months.length ? '' : 'No title in this selection has a date added.');
  }

  // The top rows of a view by the chosen kind, or counted from the titles when years narrow them.
  function top(viewRows, keyField, listField, titles, fromViewOnly) {
    var rows;
    if (yearsAll() || fromViewOnly) {
      rows = viewRows.map(function (r) {
        return { key: r[keyField], order: r.rank, titles: r.titles, 'Movie': r.movies, 'TV Show': r.shows };
      });
    } else {
      var byKey = {};
      titles.forEach(function (t) {
        new Set(t[listField]).forEach(function (key) {
          var r = byKey[key] = byKey[key] || { key: key, order: 0, titles: 0, 'Movie': 0, 'TV Show': 0 };
          r.titles += 1;
          r[t.kind] = (r[t.kind] || 0) + 1;
        });
      });
      rows = Object.keys(byKey).map(function (k) { return byKey[k]; });
    }
    function value(r) { return state.kind === 'all' ? r.titles : r[state.kind]; }
    rows = rows.filter(function (r) { return value(r) > 0; }).sort(function (a, b) {
      return value(b) - value(a) || a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    }).slice(0, 10);
    return rows;
  }

  function drawTop(c, rows) {
    var labels = rows.map(function (r) { return r.key; });
    redraw(c, labels, kindDatasets(labels, function (label, kind) { return rows[labels.indexOf(label)][kind]; }));
  }

  function drawRatings(titles) {
    var counts = {};
    var shares = {};
    if (yearsAll()) {
      V.v_rating_mix.forEach(function (r) {
        var rating = ratingOf(r.rating);
        counts[rating] = counts[rating] || {};
        counts[rating][r.kind] = r.titles;
        shares[rating + '|' + r.kind] = r.share;
      });
    } else {
      var totals = {};
      titles.forEach(function (t) {
        var rating = ratingOf(t.rating);
        counts[rating] = counts[rating] || {};
        counts[rating][t.kind] = (counts[rating][t.kind] || 0) + 1;
        totals[t.kind] = (totals[t.kind] || 0) + 1;
      });
      Object.keys(counts).forEach(function (rating) {
        KINDS.forEach(function (kind) {
          shares[rating + '|' + kind] = totals[kind] ? (counts[rating][kind] || 0) / totals[kind] : null;
        });
      });
    }
    function shown(rating) {
      return kindsShown().reduce(function (s, kind) { return s + (counts[rating][kind] || 0); }, 0);
    }
    var ratings = Object.keys(counts).filter(function (r) { return shown(r) > 0; })
      .sort(function (a, b) { return shown(b) - shown(a) || (a < b ? -1 : 1); });
    var datasets = kindDatasets(ratings, function (rating, kind) { return counts[rating][kind] || 0; });
    datasets.forEach(function (d, i) {
      var kind = kindsShown()[i];
      d.shares = ratings.map(function (rating) {
        var s = shares[rating + '|' + kind];
        return s === undefined ? 0 : s;
      });
    });
    redraw(charts.ratings, ratings, datasets);
  }

  function drawYears() {
    var counts = {};
    V.v_release_years.forEach(function (r) {
      if (kindOk(r.kind) && r.release_year !== null && r.release_year >= state.from && r.release_year <= state.to) {
        counts[r.release_year] = counts[r.release_year] || {};
        counts[r.release_year][r.kind] = r.titles;
      }
    });
    var labels = Object.keys(counts).sort();
    redraw(charts.years, labels, kindDatasets(labels, function (y, kind) { return counts[y][kind] || 0; }));
  }

  function drawPeople() {
    var note = yearsAll() ? '' : 'The release-year filter does not apply here: the view counts all years.';
    drawTop(charts.directors, top(V.v_top_directors, 'name', null, null, true));
    drawTop(charts.cast, top(V.v_top_cast, 'name', null, null, true));
    set('note-directors', note);
    set('note-cast', note);
  }

  function drawQuality() {
    var dq = V.v_data_quality;
    var sum = function (field) { return dq.reduce(function (s, r) { return s + (r[field] || 0); }, 0); };
    var last = dq.reduce(function (m, r) { return r.last_run_at !== null && (m === null || r.last_run_at > m.last_run_at) ? r : m; }, null);
    set('dq-run', last ? last.last_run_id + ' \u00b7 ' + last.last_run_at.replace('T', ' ').replace('Z', ' UTC') : 'no run yet');
    set('dq-freshness', last ? ago(Date.now() - Date.parse(last.last_run_at)) : '\u2014');
    set('dq-passed', format(sum('expectations_passed')));
    set('dq-failed', format(sum('expectations_failed')));
    set('dq-quarantined', format(sum('quarantined')));
    var body = document.querySelector('#dq-table tbody');
    dq.forEach(function (r) {
      var tr = document.createElement('tr');
      [r.table_name, r.layer, format(r.rows_in), format(r.rows_out), format(r.dropped), format(r.quarantined),
        format(r.expectations_passed), format(r.expectations_failed)].forEach(function (text, i) {
        var td = document.createElement('td');
        td.textContent = text;
        if ((i === 5 || i === 7) && text !== '0' && text !== '\u2014') { td.className = 'bad'; }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    var reasons = V.v_quarantine_reasons;
    // Two lines per reason, so a long expectation is not cut off at the axis.
    var labels = reasons.map(function (r) { return [r.expectation, r.table_name + ' \u00b7 ' + r.action]; });
    redraw(charts.quarantine, labels, [{
      label: 'Rows', data: reasons.map(function (r) { return r.failed; }), backgroundColor: '#B4341F'
    }]);
    set('note-quarantine', reasons.length ? '' : 'No row was quarantined in the last run.');
  }

  function ago(ms) {
    var hours = ms / 3600000;
    if (hours < 1) { return Math.max(0, Math.round(ms / 60000)) + ' min ago'; }
    if (hours < 48) { return Math.round(hours) + ' h ago'; }
    return Math.round(hours / 24) + ' days ago';
  }

  function draw() {
    var titles = titlesInScope();
    kpis(titles);
    drawAdded(titles);
    drawTop(charts.countries, top(V.v_top_countries, 'country', 'countries', titles, false));
    drawTop(charts.categories, top(V.v_top_categories, 'category', 'categories', titles, false));
    drawRatings(titles);
    drawYears();
    drawPeople();
  }

  function filters() {
    var from = document.getElementById('year-from');
    var to = document.getElementById('year-to');
    for (var y = MIN_YEAR; y <= MAX_YEAR; y++) {
      from.add(new Option(String(y), String(y)));
      to.add(new Option(String(y), String(y)));
    }
    function sync() {
      from.value = String(state.from);
      to.value = String(state.to);
      document.querySelectorAll('.kind button').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.dataset.kind === state.kind));
      });
      draw();
    }
    document.querySelectorAll('.kind button').forEach(function (b) {
      b.addEventListener('click', function () { state.kind = b.dataset.kind; sync(); });
    });
    from.addEventListener('change', function () {
      state.from = Number(from.value);
      state.to = Math.max(state.to, state.from);
      sync();
    });
    to.addEventListener('change', function () {
      state.to = Number(to.value);
      state.from = Math.min(state.from, state.to);
      sync();
    });
    document.getElementById('reset').addEventListener('click', function () {
      state = { kind: 'all', from: MIN_YEAR, to: MAX_YEAR };
      sync();
    });
    sync();
  }

  set('generated', 'Generated ' + DATA.generatedAt.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') +
    (LAST_ADDED ? ' \u00b7 latest title added ' + LAST_ADDED : ''));
  drawQuality();
  filters();
  document.body.dataset.ready = 'true';
}());
