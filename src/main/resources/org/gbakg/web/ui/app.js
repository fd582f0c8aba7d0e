// The explorer page. Every value from the graph is put into the page with textContent or as a
// property (href), never as markup, so labels holding <script> or quotes stay text.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const config = { endpoint: '/gba/sparql', base: null, idPath: '/id/' };
  const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7',
    '#9c755f', '#bab0ac', '#1b9e77', '#7570b3'];
  const classColours = new Map();
  const DEFAULT_QUERY = 'PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n'
    + 'SELECT ?person ?name WHERE {\n  ?person a foaf:Person ; rdfs:label ?name .\n}\nORDER BY ?name\nLIMIT 100\n';

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  /** The page of an entity of this dataset, the IRI itself for other web IRIs, else nothing. */
  function hrefOf(iri) {
    if (config.base && iri.startsWith(config.base)) return config.idPath + iri.substring(config.base.length);
    return /^https?:\/\//.test(iri) ? iri : null;
  }

  function link(iri, text) {
    const href = hrefOf(iri);
    if (!href) return el('span', text);
    const a = el('a', text);
    a.href = href;
    return a;
  }

  async function getJson(url) {
    const resp = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!resp.ok) throw new Error((await resp.text()).trim() || resp.statusText);
    return resp.json();
  }

  // ---------------------------------------------------------------- graph view
  /** The palette's colours first, then hues a golden angle apart, so no two classes share one. */
  function colourOf(cls) {
    if (!classColours.has(cls)) {
      const n = classColours.size;
      classColours.set(cls, n < PALETTE.length ? PALETTE[n]
        : 'hsl(' + Math.round((n - PALETTE.length) * 137.508 + 15) % 360 + ', 55%, 55%)');
    }
    return classColours.get(cls);
  }

  const cy = cytoscape({
    container: $('cy'),
    elements: [],
    minZoom: 0.1,
    maxZoom: 2,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 10, 'color': '#222',
        'text-valign': 'bottom', 'text-margin-y': 3, 'width': 18, 'height': 18,
        'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: {
        'width': 1.2, 'line-color': '#aaa', 'target-arrow-color': '#aaa', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'label': 'data(label)', 'font-size': 7, 'color': '#666', 'text-rotation': 'autorotate' } }
    ]
  });
  window.gbaGraph = cy; // for people poking at the page, and for the browser test
  // Cytoscape caches where its container is; search results above it move it down, and clicks
  // would land beside the nodes unless it is told
  new ResizeObserver(() => cy.resize()).observe($('search'));

  function addGraph(json) {
    const wasEmpty = cy.elements().empty();
    const added = [];
    for (const n of json.elements.nodes) {
      if (cy.getElementById(n.data.id).empty()) {
        n.data.colour = colourOf(n.data.class);
        added.push({ group: 'nodes', data: n.data });
      }
    }
    for (const e of json.elements.edges) {
      if (cy.getElementById(e.data.id).empty()) added.push({ group: 'edges', data: e.data });
    }
    cy.add(added);
    // a fresh graph is laid out from scratch; an expanded one keeps the places people have seen
    cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: wasEmpty, padding: 20 }).run();
    legend();
    $('graph-status').textContent = cy.nodes().length + ' entities, ' + cy.edges().length + ' links'
      + (json.truncated ? ' (the best-connected part of a larger graph: search to see more)' : '');
  }

  function legend() {
    const classes = new Map();
    cy.nodes().forEach((n) => classes.set(n.data('class'), n.data('classLabel')));
    const list = $('legend');
    list.replaceChildren();
    [...classes.entries()].sort((a, b) => a[1].localeCompare(b[1])).forEach(([cls, label]) => {
      const li = el('li');
      const swatch = el('span', null, 'swatch');
      swatch.style.backgroundColor = colourOf(cls);
      li.append(swatch, el('span', label));
      li.title = cls;
      list.append(li);
    });
  }

  /** The graph API's URL for these parameters, with the chosen language of labels. */
  function graphUrl(params) {
    const query = new URLSearchParams(params);
    query.set('lang', $('graph-lang').value);
    return '/api/graph?' + query.toString();
  }

  async function loadGraph(url) {
    try {
      addGraph(await getJson(url));
    } catch (err) {
      $('graph-status').textContent = 'Cannot load the graph: ' + err.message;
    }
  }

  async function showAround(iri) {
    await loadGraph(graphUrl({ around: iri, depth: 1 }));
    const node = cy.getElementById(iri);
    if (node.nonempty()) {
      cy.elements().unselect();
      node.select();
      cy.animate({ center: { eles: node } }, { duration: 300 });
      showNode(node);
    }
  }

  function showNode(node) {
    $('node-panel').hidden = false;
    $('node-label').textContent = node.data('label');
    $('node-class').textContent = node.data('classLabel');
    $('node-open').href = node.data('href') || hrefOf(node.id()) || '#';
    $('node-expand').onclick = () => showAround(node.id());
  }

  cy.on('tap', 'node', (evt) => showNode(evt.target));
  cy.on('dbltap', 'node', (evt) => {
    const href = evt.target.data('href');
    if (href) window.location.href = href;
  });
  function clearGraph() {
    cy.elements().remove();
    legend();
    $('node-panel').hidden = true;
    $('graph-status').textContent = '';
  }

  $('graph-all').addEventListener('click', () => loadGraph(graphUrl({})));
  $('graph-clear').addEventListener('click', clearGraph);
  $('graph-lang').addEventListener('change', () => {
    clearGraph();
    loadGraph(graphUrl({}));
  });

  // ---------------------------------------------------------------- search
  $('search-form').addEventListener('submit', async (evt) => {
    evt.preventDefault();
    const q = $('search-input').value.trim();
    const list = $('search-results');
    list.replaceChildren();
    if (!q) return;
    $('search-status').textContent = 'Searching…';
    try {
      const result = await getJson('/api/search?q=' + encodeURIComponent(q));
      $('search-status').textContent = result.hits.length ? result.hits.length + ' found for ' + result.variants.join(' / ')
        : 'Nothing found for ' + result.variants.join(' / ');
      for (const hit of result.hits) {
        const li = el('li', null, 'hit');
        const name = el('a', hit.label, 'hit-name');
        name.href = hit.href || '#';
        const others = Object.entries(hit.labels).filter(([, v]) => v !== hit.label).map(([, v]) => v).join(' · ');
        const show = el('button', 'Show in graph');
        show.type = 'button';
        show.addEventListener('click', () => showAround(hit.iri));
        li.append(name, el('span', others, 'hit-others'), el('span', hit.classLabel, 'hit-class'), show);
        list.append(li);
      }
    } catch (err) {
      $('search-status').textContent = 'Search failed: ' + err.message;
    }
  });

  // ---------------------------------------------------------------- queries and results
  async function runQuery(query, statusEl, resultsEl) {
    statusEl.textContent = 'Running…';
    resultsEl.replaceChildren();
    const started = performance.now();
    try {
      const resp = await fetch(config.endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+json' },
        body: new URLSearchParams({ query })
      });
      if (!resp.ok) throw new Error((await resp.text()).trim() || resp.statusText);
      const json = await resp.json();
      const ms = Math.round(performance.now() - started);
      if ('boolean' in json) {
        statusEl.textContent = 'Answer: ' + json.boolean + ' (' + ms + ' ms)';
        return;
      }
      resultsEl.append(table(json));
      statusEl.textContent = json.results.bindings.length + ' rows (' + ms + ' ms)';
    } catch (err) {
      statusEl.textContent = 'Query failed: ' + err.message;
    }
  }

  function table(json) {
    const vars = json.head.vars;
    const t = el('table', null, 'results-table');
    const head = el('tr');
    vars.forEach((v) => head.append(el('th', v)));
    t.append(el('thead'));
    t.tHead.append(head);
    const body = el('tbody');
    for (const row of json.results.bindings) {
      const tr = el('tr');
      for (const v of vars) {
        const td = el('td');
        const b = row[v];
        if (b && b.type === 'uri') {
          td.append(link(b.value, shortIri(b.value)));
        } else if (b) {
          td.textContent = b.value;
          if (b['xml:lang']) td.lang = b['xml:lang'];
        }
        tr.append(td);
      }
      body.append(tr);
    }
    t.append(body);
    return t;
  }

  function shortIri(iri) {
    return config.base && iri.startsWith(config.base) ? 'id:' + iri.substring(config.base.length) : iri;
  }

  async function loadQueries() {
    try {
      const result = await getJson('/api/queries');
      config.endpoint = result.endpoint;
      config.base = result.base;
      config.idPath = result.idPath;
      const list = $('query-list');
      for (const q of result.queries) {
        const li = el('li', null, 'query');
        const run = el('button', 'Run');
        run.type = 'button';
        run.addEventListener('click', () => runQuery(q.query, $('query-status'), $('query-results')));
        const edit = el('button', 'Edit');
        edit.type = 'button';
        edit.addEventListener('click', () => {
          $('sparql-query').value = q.query;
          $('sparql').scrollIntoView();
        });
        li.append(el('strong', q.title), el('span', q.description, 'query-description'), run, edit);
        list.append(li);
      }
      if (!result.queries.length) $('query-status').textContent = 'No named queries are installed.';
    } catch (err) {
      $('query-status').textContent = 'Cannot list the queries: ' + err.message;
    }
  }

  $('sparql-run').addEventListener('click', () => runQuery($('sparql-query').value, $('sparql-status'), $('sparql-results')));

  // ---------------------------------------------------------------- start
  const asked = new URLSearchParams(window.location.search).get('query');
  $('sparql-query').value = asked || DEFAULT_QUERY;
  loadQueries().then(() => {
    if (asked) {
      $('sparql').scrollIntoView();
      runQuery(asked, $('sparql-status'), $('sparql-results'));
    }
  });
  loadGraph(graphUrl({}));
})();
