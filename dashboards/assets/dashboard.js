// Funnelhouse dashboard page: reads the dashboard definition the server embedded, keeps the
// view (period, baseline, filters, language) in the URL, runs each panel's GraphQL query
// against /graphql with the viewer's cookie, and draws it with Chart.js (bars, lines,
// funnels) or d3 (heatmaps). Clicking a bar, cell, stage or row filters every other panel.
"use strict";

(function () {
  const definition = JSON.parse(document.getElementById("dashboard-definition").textContent);

  // FilterInput's list field for each filterable Dimension (time grains filter nothing).
  const FILTER_FIELDS = {
    REGION: "regions", CITY: "cities", TEAM: "teams", REP: "reps", PRODUCT: "products",
    CHANNEL: "channels", INDUSTRY: "industries", CUSTOMER_SIZE: "customerSizes", TENURE_BAND: "tenureBands",
  };
  const DIMENSION_LABELS = {
    REGION: ["战区", "Region"], CITY: ["城市", "City"], TEAM: ["团队", "Team"], REP: ["销售", "Rep"],
    PRODUCT: ["产品", "Product"], CHANNEL: ["渠道", "Channel"], INDUSTRY: ["行业", "Industry"],
    CUSTOMER_SIZE: ["客户规模", "Customer size"], TENURE_BAND: ["司龄段", "Tenure band"], STAGE: ["阶段", "Stage"],
  };
  // KPI names and how their values read (metrics.md).
  const KPIS = {
    PROGRESS_UPDATE_INTERVAL_HOURS: ["进展更新间隔", "Progress update interval", "hours"],
    STALL_UNHANDLED_RATE: ["停滞未处理率", "Unhandled stall rate", "percent"],
    DAILY_LOG_VALID_RATE: ["日志有效提交率", "Valid daily log rate", "percent"],
    MANAGER_INTERVENTION_RATE: ["主管干预率", "Manager intervention rate", "percent"],
    FIRST_QUOTE_DAYS: ["首次报价天数", "Days to first quote", "days"],
    ACTION_COMPLETENESS: ["必做动作完成度", "Required action completeness", "percent"],
    ACTION_TIMELINESS_HOURS: ["必做动作及时性", "Required action timeliness", "hours"],
    ACTION_EFFECTIVENESS: ["动作有效率", "Action effectiveness", "percent"],
    COLLABORATION_48H_RATE: ["48 小时协同率", "48 h collaboration rate", "percent"],
    LEAD_24H_FOLLOWUP_RATE: ["线索 24 小时跟进率", "Lead 24 h follow-up rate", "percent"],
    COMMITMENT_ON_TIME_RATE: ["承诺按时兑现率", "Commitments on time", "percent"],
    COLLECTION_ON_TIME_RATE: ["回款按时率", "Collections on time", "percent"],
    WIN_RATE: ["赢单率", "Win rate", "percent"],
  };
  const BANDS = { ALERT: ["预警", "Alert"], WATCH: ["关注", "Watch"], HEALTHY: ["健康", "Healthy"], EXCELLENT: ["优秀", "Excellent"] };
  const TEXT = {
    period: ["统计期间", "Period"], baseline: ["对比基期", "Baseline"], to: ["至", "to"],
    filters: ["筛选", "Filters"], none: ["无筛选（点击图表中的柱、格、阶段或行即可筛选）", "None (click a bar, cell, stage or row to filter)"],
    loading: ["加载中…", "Loading…"], empty: ["所选范围内没有数据", "No data in this view"],
    failed: ["查询失败", "Query failed"], language: ["English", "中文"], all: ["全部看板", "All dashboards"],
    missingLibrary: ["图表库未安装：", "Chart library missing: "],
    presets: [["本月", "This month", 0], ["近 3 个月", "Last 3 months", 2], ["近 6 个月", "Last 6 months", 5], ["近 12 个月", "Last 12 months", 11]],
  };

  // ---- URL state ---------------------------------------------------------------------------

  const state = readState();
  const labels = new Map(); // "DIMENSION:id" -> label seen in some response
  const charts = new Map(); // panel id -> Chart.js instance
  const results = new Map(); // panel id -> last data
  let generation = 0;

  function isoDate(date) { return date.toISOString().slice(0, 10); }
  function today() { return isoDate(new Date(Date.now() + 8 * 3600 * 1000)); } // the demo orgs work in Asia/Shanghai

  function monthsBack(months) {
    const to = today();
    const start = new Date(to + "T00:00:00Z");
    start.setUTCDate(1);
    start.setUTCMonth(start.getUTCMonth() - months);
    return { from: isoDate(start), to };
  }

  function precedingPeriod(period) {
    const from = new Date(period.from + "T00:00:00Z"), to = new Date(period.to + "T00:00:00Z");
    const days = Math.round((to - from) / 86400000) + 1;
    const baselineTo = new Date(from.getTime() - 86400000);
    const baselineFrom = new Date(baselineTo.getTime() - (days - 1) * 86400000);
    return { from: isoDate(baselineFrom), to: isoDate(baselineTo) };
  }

  function readState() {
    const params = new URLSearchParams(location.search);
    const period = params.get("from") && params.get("to") ? { from: params.get("from"), to: params.get("to") } : monthsBack(5);
    const baseline = params.get("bfrom") && params.get("bto") ? { from: params.get("bfrom"), to: params.get("bto") } : precedingPeriod(period);
    const filters = {};
    for (const [dimension, field] of Object.entries(FILTER_FIELDS)) {
      const value = params.get(field);
      if (value) filters[dimension] = value.split(",").filter(Boolean);
    }
    return { period, baseline, filters, stage: params.get("stage") || null, lang: params.get("lang") === "en" ? "en" : "zh" };
  }

  function writeState() {
    const params = new URLSearchParams();
    params.set("from", state.period.from);
    params.set("to", state.period.to);
    params.set("bfrom", state.baseline.from);
    params.set("bto", state.baseline.to);
    for (const [dimension, ids] of Object.entries(state.filters)) if (ids.length) params.set(FILTER_FIELDS[dimension], ids.join(","));
    if (state.stage) params.set("stage", state.stage);
    if (state.lang === "en") params.set("lang", "en");
    history.replaceState(null, "", location.pathname + "?" + params.toString());
  }

  function t(pair) { return state.lang === "en" ? pair[1] : pair[0]; }
  function title(bilingual) { return bilingual ? (state.lang === "en" ? bilingual.en : bilingual.zh) : ""; }

  // ---- Values ------------------------------------------------------------------------------

  /// `a.b.0.c` inside `value`; undefined when any step is missing.
  function at(value, path) {
    if (!path) return value;
    return path.split(".").reduce((current, step) => (current == null ? undefined : current[step]), value);
  }

  function format(value, kind) {
    if (value == null || Number.isNaN(value)) return "—";
    switch (kind) {
      case "percent": return (value * 100).toFixed(1) + "%";
      case "hours": return value.toFixed(1) + (state.lang === "en" ? " h" : " 小时");
      case "days": return value.toFixed(1) + (state.lang === "en" ? " d" : " 天");
      case "money": return value.toLocaleString(state.lang === "en" ? "en-US" : "zh-CN", { maximumFractionDigits: 0 });
      case "decimal": return value.toFixed(3);
      case "text": return String(value);
      case "kpi": return KPIS[value] ? t(KPIS[value]) : String(value);
      case "dimension": return DIMENSION_LABELS[value] ? t(DIMENSION_LABELS[value]) : String(value);
      case "band": return BANDS[value] ? t(BANDS[value]) : "—";
      case "boolean": return value == null ? "—" : value ? "✓" : "✗";
      case "labels": return Array.isArray(value) ? value.map((item) => item.label + " (" + (item.support * 100).toFixed(0) + "%)").join("、") : "—";
      default: return typeof value === "number" ? value.toLocaleString("en-US", { maximumFractionDigits: 2 }) : String(value);
    }
  }

  function remember(key) {
    if (key && key.dimension && key.id != null) labels.set(key.dimension + ":" + key.id, key.label);
    return key;
  }

  // ---- Queries -----------------------------------------------------------------------------

  function filterInput() {
    const filter = {};
    for (const [dimension, ids] of Object.entries(state.filters)) if (ids.length) filter[FILTER_FIELDS[dimension]] = ids;
    return filter;
  }

  /// The drill level: the first dimension of `drill` not yet narrowed to one value.
  function drillLevel(drill) {
    for (const dimension of drill) {
      const ids = state.filters[dimension] || [];
      if (ids.length !== 1) return dimension;
    }
    return drill[drill.length - 1];
  }

  function declaredVariables(query) {
    const head = query.slice(0, query.indexOf("{"));
    return new Set(Array.from(head.matchAll(/\$(\w+)\s*:/g), (match) => match[1]));
  }

  function variablesFor(panel) {
    const declared = declaredVariables(panel.query);
    const variables = Object.assign({}, panel.variables || {});
    const page = { period: state.period, baseline: state.baseline, filter: filterInput() };
    if (panel.mapping.drill) page.groupBy = [drillLevel(panel.mapping.drill)];
    for (const [name, value] of Object.entries(page)) if (declared.has(name)) variables[name] = value;
    return variables;
  }

  async function run(panel, variables) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 60000);
    try {
      const response = await fetch("/graphql", {
        method: "POST", credentials: "same-origin", signal: controller.signal,
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ query: panel.query, variables }),
      });
      if (response.status === 401) { location.reload(); throw new Error("401"); }
      const body = await response.json();
      if (body.errors && body.errors.length) throw new Error(body.errors.map((error) => error.message).join("; "));
      return body.data;
    } finally {
      clearTimeout(timer);
    }
  }

  // ---- Records: what a panel shows, from its mapping ----------------------------------------

  /// [{key, label, values: [numbers]}] for bar, line and funnel panels.
  function records(panel, data) {
    const mapping = panel.mapping;
    const rows = at(data, mapping.rows) || [];
    return rows
      .map((row) => {
        const key = remember(at(row, mapping.key));
        const label = mapping.label ? at(row, mapping.label) : key ? key.label : "";
        return { key, row, label: label === "" ? "—" : label, values: (mapping.values || []).map((value) => at(row, value.path)) };
      })
      .filter((record) => !state.stage || !mapping.stageKey || at(record.row, mapping.stageKey) === state.stage);
  }

  // ---- Drawing -----------------------------------------------------------------------------

  const COLORS = ["#2f6fb0", "#e07b39", "#3a9d5d", "#c0392b", "#8e6bbf", "#7f8c8d"];

  function chart(panel, element, config) {
    const canvas = document.createElement("canvas");
    element.appendChild(canvas);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    charts.set(panel.id, new window.Chart(canvas, config));
  }

  function drawBar(panel, element, data) {
    const list = records(panel, data);
    chart(panel, element, {
      type: "bar",
      data: {
        labels: list.map((record) => record.label),
        datasets: panel.mapping.values.map((value, index) => ({
          label: title(value.label), data: list.map((record) => record.values[index]), backgroundColor: COLORS[index % COLORS.length],
        })),
      },
      options: {
        indexAxis: panel.mapping.horizontal ? "y" : "x",
        scales: { [panel.mapping.horizontal ? "x" : "y"]: { beginAtZero: true, ticks: {
          callback: (tick) => format(tick, panel.mapping.values[0].format === "percent" ? "percent" : "number") } } },
        onClick: (event, elements) => { if (elements.length) toggleFilter(list[elements[0].index].key); },
        plugins: { tooltip: { callbacks: { label: (item) => item.dataset.label + ": " + format(item.raw, panel.mapping.values[item.datasetIndex].format) } } },
      },
    });
    return list.map((record) => [record.label].concat(record.values));
  }

  function drawLine(panel, element, data) {
    const list = records(panel, data);
    const scales = { x: {} };
    panel.mapping.values.forEach((value) => {
      const axis = value.axis || "y";
      scales[axis] = { position: axis === "y" ? "left" : "right", beginAtZero: true, grid: { drawOnChartArea: axis === "y" },
        ticks: { callback: (tick) => format(tick, value.format === "percent" ? "percent" : "number") } };
    });
    chart(panel, element, {
      type: "line",
      data: {
        labels: list.map((record) => record.label),
        datasets: panel.mapping.values.map((value, index) => ({
          label: title(value.label), data: list.map((record) => record.values[index]), yAxisID: value.axis || "y",
          // `kind: "bar"` draws this value as bars under the lines (Chart.js mixed chart).
          type: value.kind === "bar" ? "bar" : "line", order: value.kind === "bar" ? 1 : 0,
          borderColor: COLORS[index % COLORS.length], backgroundColor: COLORS[index % COLORS.length], tension: 0.2,
        })),
      },
      options: {
        scales,
        plugins: { tooltip: { callbacks: { label: (item) => item.dataset.label + ": " + format(item.raw, panel.mapping.values[item.datasetIndex].format) } } },
      },
    });
    return list.map((record) => [record.label].concat(record.values));
  }

  /// Stages as horizontal bars, widest first, with each step's conversion rate beside them.
  function drawFunnel(panel, element, data) {
    const mapping = panel.mapping;
    const stages = at(data, mapping.rows) || [];
    const values = stages.map((stage) => at(stage, mapping.value));
    const rates = stages.map((stage) => at(stage, mapping.rate));
    const names = stages.map((stage, index) => at(stage, mapping.label) + (rates[index] != null ? "  → " + format(rates[index], "percent") : ""));
    chart(panel, element, {
      type: "bar",
      data: {
        labels: names,
        datasets: [{
          label: title(mapping.valueLabel) || "", data: values,
          backgroundColor: stages.map((stage) => (state.stage && at(stage, mapping.stageKey) === state.stage ? "#e07b39" : "#2f6fb0")),
        }],
      },
      options: {
        indexAxis: "y", plugins: { legend: { display: false } },
        onClick: (event, elements) => {
          if (!elements.length) return;
          const stage = stages[elements[0].index];
          const key = at(stage, mapping.stageKey);
          labels.set("STAGE:" + key, at(stage, mapping.label));
          state.stage = state.stage === key ? null : key;
          refresh();
        },
      },
    });
    return stages.map((stage, index) => [at(stage, mapping.label), values[index], rates[index]]);
  }

  /// Rows × columns of values with d3: `y` is the row's key; columns come from `x` on the row
  /// itself or, with `cells`, from each cell of the row.
  function drawHeatmap(panel, element, data) {
    const mapping = panel.mapping;
    const cells = [];
    for (const row of at(data, mapping.rows) || []) {
      const y = remember(at(row, mapping.y));
      const inner = mapping.cells ? at(row, mapping.cells) || [] : [row];
      for (const cell of inner) {
        const x = mapping.x ? remember(at(cell, mapping.x)) : null;
        const xLabel = mapping.xLabel ? at(cell, mapping.xLabel) : x ? x.label : "";
        const xId = mapping.xId ? at(cell, mapping.xId) : x ? x.id : xLabel;
        cells.push({ y, x, xId, xLabel, value: at(cell, mapping.value) });
      }
    }
    const d3 = window.d3;
    const xs = Array.from(new Map(cells.map((cell) => [cell.xId, cell.xLabel])));
    const ys = Array.from(new Map(cells.map((cell) => [cell.y.id, cell.y.label])));
    const width = element.clientWidth || 600, height = Math.max(element.clientHeight || 300, 120);
    const margin = { top: 10, right: 10, bottom: 60, left: 90 };
    const svg = d3.select(element).append("svg").attr("width", width).attr("height", height);
    const x = d3.scaleBand().domain(xs.map((entry) => entry[0])).range([margin.left, width - margin.right]).padding(0.05);
    const y = d3.scaleBand().domain(ys.map((entry) => entry[0])).range([margin.top, height - margin.bottom]).padding(0.05);
    const values = cells.map((cell) => cell.value).filter((value) => value != null);
    const color = d3.scaleSequential(d3.interpolateBlues).domain([Math.min(0, d3.min(values) || 0), d3.max(values) || 1]);
    svg.append("g").attr("transform", "translate(0," + (height - margin.bottom) + ")")
      .call(d3.axisBottom(x).tickFormat((id) => new Map(xs).get(id)))
      .selectAll("text").attr("transform", "rotate(-30)").style("text-anchor", "end");
    svg.append("g").attr("transform", "translate(" + margin.left + ",0)").call(d3.axisLeft(y).tickFormat((id) => new Map(ys).get(id)));
    svg.selectAll("rect.cell").data(cells).enter().append("rect")
      .attr("class", "cell")
      .attr("data-y", (cell) => cell.y.id).attr("data-x", (cell) => cell.xId)
      .attr("x", (cell) => x(cell.xId)).attr("y", (cell) => y(cell.y.id))
      .attr("width", x.bandwidth()).attr("height", y.bandwidth())
      .attr("fill", (cell) => (cell.value == null ? "#eee" : color(cell.value)))
      .on("click", (cell) => {
        // The row's key filters; so does the column's, when it is a filterable dimension.
        const keys = [cell.y];
        if (cell.x && FILTER_FIELDS[cell.x.dimension]) keys.push(cell.x);
        addFilters(keys);
      })
      .append("title").text((cell) => cell.y.label + " × " + cell.xLabel + ": " + format(cell.value, mapping.format));
    return cells.map((cell) => [cell.y.label, cell.xLabel, cell.value]);
  }

  function drawTiles(panel, element, data) {
    const mapping = panel.mapping;
    const items = at(data, mapping.items) || [];
    const box = document.createElement("div");
    box.className = "tiles";
    for (const item of items) {
      const kpi = at(item, mapping.kpi);
      const band = mapping.band ? at(item, mapping.band) : null;
      const tile = document.createElement("div");
      tile.className = "tile" + (band ? " band-" + band.toLowerCase() : "");
      tile.dataset.kpi = kpi;
      const kind = KPIS[kpi] ? KPIS[kpi][2] : "number";
      tile.innerHTML = "<div class=\"tile-label\"></div><div class=\"tile-value\"></div><div class=\"tile-band\"></div>";
      tile.children[0].textContent = format(kpi, "kpi");
      tile.children[1].textContent = format(at(item, mapping.value), kind);
      tile.children[2].textContent = band ? format(band, "band") : "";
      box.appendChild(tile);
    }
    element.appendChild(box);
    return items.map((item) => [at(item, mapping.kpi), at(item, mapping.value), mapping.band ? at(item, mapping.band) : null]);
  }

  function drawTable(panel, element, data) {
    const mapping = panel.mapping;
    const list = records(panel, data);
    const table = document.createElement("table");
    const head = table.createTHead().insertRow();
    for (const column of mapping.columns) {
      const cell = document.createElement("th");
      cell.textContent = title(column.label);
      head.appendChild(cell);
    }
    const body = table.createTBody();
    const values = [];
    for (const record of list) {
      const row = body.insertRow();
      if (record.key && FILTER_FIELDS[record.key.dimension]) {
        row.className = "clickable";
        row.addEventListener("click", () => toggleFilter(record.key));
      }
      const line = [];
      for (const column of mapping.columns) {
        const value = at(record.row, column.path);
        remember(value && value.dimension ? value : null);
        const shown = value && typeof value === "object" && "label" in value ? value.label : value;
        const cell = row.insertCell();
        // `formatBy`: the row's KPI decides (percent, hours, days); `band`: the cell's colour.
        const kpi = column.formatBy ? at(record.row, column.formatBy) : null;
        cell.textContent = format(shown, kpi && KPIS[kpi] ? KPIS[kpi][2] : column.format);
        const band = column.band ? at(record.row, column.band) : column.format === "band" ? value : null;
        if (band) { cell.className = "band band-" + String(band).toLowerCase(); cell.title = format(band, "band"); }
        if (typeof shown === "number") cell.className += " number";
        line.push(shown);
      }
      values.push(line);
    }
    element.appendChild(table);
    return values;
  }

  const DRAW = { bar: drawBar, line: drawLine, funnel: drawFunnel, heatmap: drawHeatmap, tile: drawTiles, table: drawTable };

  // ---- Filters -----------------------------------------------------------------------------

  function toggleFilter(key) {
    if (!key || !FILTER_FIELDS[key.dimension]) return;
    const ids = state.filters[key.dimension] || [];
    state.filters[key.dimension] = ids.includes(key.id) ? ids.filter((id) => id !== key.id) : [key.id];
    refresh();
  }

  function addFilters(keys) {
    for (const key of keys) if (key && FILTER_FIELDS[key.dimension]) state.filters[key.dimension] = [key.id];
    refresh();
  }

  function renderChips() {
    const chips = document.getElementById("chips");
    chips.textContent = "";
    const entries = [];
    for (const [dimension, ids] of Object.entries(state.filters)) for (const id of ids) entries.push([dimension, id]);
    if (state.stage) entries.push(["STAGE", state.stage]);
    if (!entries.length) {
      const none = document.createElement("span");
      none.className = "no-filter";
      none.textContent = t(TEXT.none);
      chips.appendChild(none);
    }
    for (const [dimension, id] of entries) {
      const chip = document.createElement("button");
      chip.className = "chip";
      chip.dataset.dimension = dimension;
      chip.dataset.id = id;
      chip.textContent = t(DIMENSION_LABELS[dimension]) + ": " + (labels.get(dimension + ":" + id) || id) + " ✕";
      chip.addEventListener("click", () => {
        if (dimension === "STAGE") state.stage = null;
        else state.filters[dimension] = state.filters[dimension].filter((value) => value !== id);
        refresh();
      });
      chips.appendChild(chip);
    }
  }

  // ---- Page --------------------------------------------------------------------------------

  function renderShell() {
    document.documentElement.lang = state.lang === "en" ? "en" : "zh-CN";
    document.title = title(definition.title) + " · Funnelhouse";
    document.getElementById("title").textContent = title(definition.title);
    document.getElementById("all").textContent = t(TEXT.all);
    document.getElementById("language").textContent = t(TEXT.language);
    document.getElementById("period-label").textContent = t(TEXT.period);
    document.getElementById("baseline-label").textContent = t(TEXT.baseline);
    document.getElementById("filters-label").textContent = t(TEXT.filters);
    for (const element of document.querySelectorAll(".to")) element.textContent = t(TEXT.to);
    document.getElementById("from").value = state.period.from;
    document.getElementById("to").value = state.period.to;
    document.getElementById("bfrom").value = state.baseline.from;
    document.getElementById("bto").value = state.baseline.to;
    const usesBaseline = definition.panels.some((panel) => declaredVariables(panel.query).has("baseline"));
    document.getElementById("baseline-picker").hidden = !usesBaseline;
    const presets = document.getElementById("presets");
    presets.textContent = "";
    for (const preset of TEXT.presets) {
      const button = document.createElement("button");
      button.textContent = t(preset);
      button.addEventListener("click", () => { state.period = monthsBack(preset[2]); state.baseline = precedingPeriod(state.period); refresh(); });
      presets.appendChild(button);
    }
    const missing = [];
    if (!window.Chart) missing.push("Chart.js (libjs-chart.js)");
    if (!window.d3) missing.push("d3 (node-d3)");
    const warning = document.getElementById("warning");
    warning.hidden = !missing.length;
    warning.textContent = missing.length ? t(TEXT.missingLibrary) + missing.join(", ") : "";
  }

  function panelElement(panel) {
    let element = document.getElementById("panel-" + panel.id);
    if (element) return element;
    element = document.createElement("section");
    element.id = "panel-" + panel.id;
    element.className = "panel kind-" + panel.kind + (panel.wide ? " wide" : "");
    element.dataset.panel = panel.id;
    element.innerHTML = "<h2></h2><div class=\"status\"></div><div class=\"body\"></div>";
    document.getElementById("panels").appendChild(element);
    return element;
  }

  function draw(panel, element, data) {
    const body = element.querySelector(".body");
    const old = charts.get(panel.id);
    if (old) { old.destroy(); charts.delete(panel.id); }
    body.textContent = "";
    const values = DRAW[panel.kind](panel, body, data);
    element.dataset.values = JSON.stringify(values);
    element.dataset.state = values.length ? "ready" : "empty";
    element.querySelector(".status").textContent = values.length ? "" : t(TEXT.empty);
  }

  async function load(panel, round) {
    const element = panelElement(panel);
    const variables = variablesFor(panel);
    element.dataset.state = "loading";
    element.dataset.variables = JSON.stringify(variables);
    element.querySelector(".status").textContent = t(TEXT.loading);
    try {
      const data = await run(panel, variables);
      if (round !== generation) return;
      results.set(panel.id, data);
      draw(panel, element, data);
    } catch (error) {
      if (round !== generation) return;
      element.dataset.state = "error";
      element.querySelector(".status").textContent = t(TEXT.failed) + ": " + error.message;
      console.warn("panel " + panel.id + ": " + error.message);
    }
  }

  function redrawLabels() {
    for (const panel of definition.panels) {
      const element = panelElement(panel);
      element.querySelector("h2").textContent = title(panel.title)
        + (panel.mapping.drill ? " · " + t(DIMENSION_LABELS[drillLevel(panel.mapping.drill)]) : "");
    }
  }

  async function refresh() {
    writeState();
    renderShell();
    renderChips();
    redrawLabels();
    const round = ++generation;
    document.body.dataset.state = "loading";
    await Promise.all(definition.panels.map((panel) => load(panel, round)));
    if (round !== generation) return;
    renderChips(); // labels of the filtered values are known now
    document.body.dataset.state = "ready";
  }

  function bindControls() {
    const period = () => {
      const from = document.getElementById("from").value, to = document.getElementById("to").value;
      if (from && to && from <= to) { state.period = { from, to }; refresh(); }
    };
    const baseline = () => {
      const from = document.getElementById("bfrom").value, to = document.getElementById("bto").value;
      if (from && to && from <= to) { state.baseline = { from, to }; refresh(); }
    };
    document.getElementById("from").addEventListener("change", period);
    document.getElementById("to").addEventListener("change", period);
    document.getElementById("bfrom").addEventListener("change", baseline);
    document.getElementById("bto").addEventListener("change", baseline);
    document.getElementById("language").addEventListener("click", () => {
      state.lang = state.lang === "en" ? "zh" : "en";
      writeState();
      renderShell();
      renderChips();
      redrawLabels();
      for (const panel of definition.panels) if (results.has(panel.id)) draw(panel, panelElement(panel), results.get(panel.id));
    });
  }

  if (window.Chart) window.Chart.defaults.font.family = "\"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif";
  bindControls();
  refresh();
})();
