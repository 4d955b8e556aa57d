/* global document, window, fetch, setTimeout, uPlot */
// The dashboard page: polls api/summary (relative, so the page works under any mount point) and
// renders it with DOM text nodes only (never HTML from the data) and two uPlot charts.
"use strict";
(() => {
  const COLORS = [
    "#2563eb",
    "#dc2626",
    "#16a34a",
    "#9333ea",
    "#ea580c",
    "#0891b2",
  ];
  const charts = {};
  const byId = (id) => document.getElementById(id);

  const number = (value, digits) =>
    value === null || value === undefined ? "—" : Number(value).toFixed(digits);

  function row(cells, attributes) {
    const tr = document.createElement("tr");
    for (const [name, value] of Object.entries(attributes))
      tr.dataset[name] = value;
    for (const [text, className] of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      if (className) td.className = className;
      tr.appendChild(td);
    }
    return tr;
  }

  function accuracyText(accuracy) {
    if (!accuracy) return "—";
    return `${number(accuracy.estimate, 3)} [${number(accuracy.low, 3)}, ${number(accuracy.high, 3)}] n=${accuracy.n}`;
  }

  function renderVersions(snapshot) {
    const rows = snapshot.versions.map((v) =>
      row(
        [
          [v.version, "version"],
          [v.role, "role"],
          [v.status, "status"],
          [v.role === "shadow" ? "shadow" : `${v.traffic}%`, "traffic"],
          [String(v.requests), "requests"],
          [number(v.ratePerSecond, 2), "rate"],
          [number(v.p50, 1), "p50"],
          [number(v.p95, 1), "p95"],
          [number(v.p99, 1), "p99"],
          [accuracyText(v.accuracy), "accuracy"],
        ],
        { version: v.version },
      ),
    );
    byId("versions").tBodies[0].replaceChildren(...rows);
    byId("accuracy-heading").textContent =
      `online accuracy [${Math.round(snapshot.level * 100)}% interval]`;
  }

  function renderHistory(snapshot) {
    const when = (iso) => (iso ? new Date(iso).toLocaleString() : "—");
    const rows = snapshot.history.map((d) =>
      row(
        [
          [d.version],
          [d.status],
          [d.role],
          [`${d.traffic}%`],
          [d.commitSha ? d.commitSha.slice(0, 7) : "—"],
          [when(d.createdAt)],
          [when(d.updatedAt)],
          [when(d.revertedAt)],
        ],
        { version: d.version },
      ),
    );
    byId("history").tBodies[0].replaceChildren(...rows);
  }

  function renderChart(id, snapshot, key) {
    const series = snapshot.series.versions;
    const names = series.map((s) => s.version).join(",");
    const data = [snapshot.series.minutes, ...series.map((s) => s[key])];
    const existing = charts[id];
    if (existing && existing.names === names)
      return existing.plot.setData(data);
    if (existing) existing.plot.destroy();
    const target = byId(id);
    const options = {
      width: target.clientWidth || 560,
      height: 220,
      scales: { x: { time: true } },
      series: [
        {},
        ...series.map((s, i) => ({
          label: s.version,
          stroke: COLORS[i % COLORS.length],
          width: 2,
          // A minute with traffic between two without is a lone point: draw it.
          points: { show: true, size: 5 },
        })),
      ],
    };
    charts[id] = { names, plot: new uPlot(options, data, target) };
  }

  function render(snapshot) {
    byId("app").textContent = snapshot.app;
    renderVersions(snapshot);
    renderHistory(snapshot);
    renderChart("rate-chart", snapshot, "requests");
    renderChart("latency-chart", snapshot, "p95");
  }

  async function refresh() {
    let delay = 5000;
    try {
      const response = await fetch("api/summary", { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const snapshot = await response.json();
      delay = snapshot.pollSeconds * 1000;
      render(snapshot);
      const at = new Date(snapshot.generatedAt).toLocaleTimeString();
      byId("status").textContent =
        `updated ${at}; window ${snapshot.windowSeconds} s`;
      document.body.dataset.updates = String(
        Number(document.body.dataset.updates || 0) + 1,
      );
    } catch (error) {
      byId("status").textContent = `could not read the data: ${error.message}`;
    }
    setTimeout(refresh, delay);
  }

  window.addEventListener("resize", () => {
    for (const [id, chart] of Object.entries(charts))
      chart.plot.setSize({ width: byId(id).clientWidth || 560, height: 220 });
  });
  refresh();
})();
