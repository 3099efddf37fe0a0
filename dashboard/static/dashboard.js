// Draws the charts of a dashboard page from the data the page embeds (#page-data), the Act now
// page's account manager selection from it too, and the customer drill-down from the server's
// /api/customer/<id>. Plotly is served beside this file.
"use strict";

const COLORS = {
  red: "#cf222e", yellow: "#d4a72c", green: "#2da44e",
  promoter: "#2da44e", passive: "#d4a72c", detractor: "#cf222e", "no score": "#8c959f",
  All: "#0969da", Enterprise: "#8250df", "Mid-Market": "#bf3989", SMB: "#1a7f37", Unknown: "#8c959f",
};
const STATUSES = ["red", "yellow", "green"];
const CATEGORIES = ["promoter", "passive", "detractor", "no score"];
const SEGMENTS = ["All", "Enterprise", "Mid-Market", "SMB", "Unknown"];

function draw(name, traces, layout = {}) {
  const element = document.getElementById(`chart-${name}`);
  if (element.dataset.empty) {  // a message drawn before, for a segment without answers say
    element.replaceChildren();
    delete element.dataset.empty;
  }
  const base = {
    margin: { l: 60, r: 20, t: 10, b: 40 }, font: { family: "system-ui, sans-serif", size: 12 },
    legend: { orientation: "h", y: -0.18 }, hovermode: "closest",
    paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
  };
  return Plotly.react(element, traces, { ...base, ...layout }, { displaylogo: false, responsive: true })
    .then(() => { element.dataset.rendered = "true"; });
}

// A chart without data says why, in its own place, instead of drawing empty axes.
function empty(name, message) {
  const element = document.getElementById(`chart-${name}`);
  Plotly.purge(element);
  element.replaceChildren(Object.assign(document.createElement("p"), { className: "empty", textContent: message }));
  element.dataset.empty = "true";
  element.dataset.rendered = "true";
  return Promise.resolve();
}

const monthName = (iso) => new Date(iso).toLocaleString("en", { month: "long", year: "numeric", timeZone: "UTC" });
const reported = (data) => monthName(data.month);

const bySegment = (rows, segment) => rows.filter((row) => row.segment === segment);
const percent = (value) => (value === null ? null : 100 * value);

function stackedStatusBars(name, rows, label, month) {
  if (!rows.length) return empty(name, `No customer with a health row in ${monthName(month)}.`);
  const ordered = [...rows].reverse();  // Plotly draws horizontal bars bottom-up
  return draw(name, STATUSES.map((status) => ({
    type: "bar", orientation: "h", name: status, marker: { color: COLORS[status] },
    y: ordered.map(label), x: ordered.map((row) => row[status]),
    hovertemplate: `%{y}: %{x} ${status}<extra></extra>`,
  })), { barmode: "stack", yaxis: { automargin: true }, xaxis: { title: "customers" } });
}

// ---- Customer relation status --------------------------------------------------------------

function npsTrend(data, segment) {
  const rows = bySegment(data.nps_trend, segment).filter((row) => row.nps !== null);
  if (!rows.length) {
    return empty("nps_trend", segment === "All" ? `No survey answers up to ${reported(data)}.`
      : `No answers from ${segment} customers up to ${reported(data)}.`);
  }
  const months = rows.map((row) => row.month);
  const significant = rows.filter((row) => row.change_is_significant);
  return draw("nps_trend", [
    { x: months, y: rows.map((row) => row.nps_ci_high), mode: "lines", line: { width: 0 },
      hoverinfo: "skip", showlegend: false },
    { x: months, y: rows.map((row) => row.nps_ci_low), mode: "lines", line: { width: 0 },
      fill: "tonexty", fillcolor: "rgba(9,105,218,0.15)", name: "95 % confidence band", hoverinfo: "skip" },
    { x: months, y: rows.map((row) => row.nps), mode: "lines+markers", name: `NPS, ${segment}`,
      line: { color: COLORS[segment] }, customdata: rows.map((row) => row.responses),
      hovertemplate: "%{x|%b %Y}: NPS %{y:.1f} (%{customdata} responses)<extra></extra>" },
    { x: significant.map((row) => row.month), y: significant.map((row) => row.nps), mode: "markers",
      name: "significant change", hovertemplate: "%{x|%b %Y}: significant change<extra></extra>",
      marker: { size: 13, symbol: significant.map((row) => (row.nps_change > 0 ? "triangle-up" : "triangle-down")),
                color: significant.map((row) => (row.nps_change > 0 ? COLORS.green : COLORS.red)) } },
  ], { yaxis: { title: "NPS", range: [-100, 100] }, xaxis: { type: "date" } });
}

function statusPage(data) {
  npsTrend(data, "All");
  document.querySelectorAll("[data-segment]").forEach((button) => {
    button.addEventListener("click", () => {
      document.querySelectorAll("[data-segment]").forEach((other) => other.setAttribute("aria-pressed", other === button));
      npsTrend(data, button.dataset.segment);
    });
  });
  stackedStatusBars("health_by_segment", data.health_by_segment, (row) => row.segment, data.month);
  stackedStatusBars("health_by_department", data.health_by_department,
    (row) => (row.department === "All" ? "All departments" : row.department), data.month);
  stackedStatusBars("health_by_manager", data.health_by_manager,
    (row) => `${row.account_manager_name || row.account_manager_id} · ${row.department}`, data.month);

  const retention = CATEGORIES.map((category) => data.retention.find((row) => row.loyalty_category === category))
    .filter(Boolean);
  if (!retention.length) empty("retention", `No customer was active a year before ${reported(data)}.`);
  else draw("retention", [["logo_retention", "logo retention"], ["grr", "gross revenue retention"], ["nrr", "net revenue retention"]]
    .map(([column, label]) => ({
      type: "bar", name: label, x: retention.map((row) => row.loyalty_category),
      y: retention.map((row) => percent(row[column])), hovertemplate: `%{x}: %{y:.1f} % ${label}<extra></extra>`,
    })), { barmode: "group", yaxis: { title: "%", rangemode: "tozero" } });

  if (!data.complaint_trend.length) empty("complaint_trend", `No active customer up to ${reported(data)}.`);
  else draw("complaint_trend", SEGMENTS.filter((segment) => bySegment(data.complaint_trend, segment).length).map((segment) => {
    const rows = bySegment(data.complaint_trend, segment);
    return { x: rows.map((row) => row.month), y: rows.map((row) => row.complaint_rate), mode: "lines", name: segment,
             line: { color: COLORS[segment], width: segment === "All" ? 3 : 1.5 },
             hovertemplate: `%{x|%b %Y} ${segment}: %{y:.2f} %<extra></extra>` };
  }), { yaxis: { title: "complaints per 100 active", rangemode: "tozero" }, xaxis: { type: "date" } });

  const themes = [...data.themes].reverse();
  if (!themes.length) empty("themes", `No comment mentions a theme up to ${reported(data)}.`);
  else draw("themes", [{
    type: "bar", orientation: "h", y: themes.map((row) => row.theme), x: themes.map((row) => row.nps_gap),
    customdata: themes.map((row) => row.mentions),
    marker: { color: themes.map((row) => (row.nps_gap < 0 ? COLORS.red : COLORS.green)),
              opacity: themes.map((row) => (row.gap_is_significant ? 1 : 0.4)) },
    hovertemplate: "%{y}: NPS gap %{x:.1f} (%{customdata} mentions)<extra></extra>",
  }], { yaxis: { automargin: true }, xaxis: { title: "NPS of mentioners − NPS of the rest" } });
}

// ---- CFO ---------------------------------------------------------------------------------------

function cfoPage(data) {
  if (!data.revenue_by_loyalty.length) empty("revenue_by_loyalty", `No customer with T12M revenue up to ${reported(data)}.`);
  else draw("revenue_by_loyalty", CATEGORIES.map((category) => {
    const rows = data.revenue_by_loyalty.filter((row) => row.loyalty_category === category);
    return { x: rows.map((row) => row.month), y: rows.map((row) => row.revenue_t12m), name: category,
             stackgroup: "revenue", line: { color: COLORS[category] },
             hovertemplate: `%{x|%b %Y} ${category}: %{y:,.0f}<extra></extra>` };
  }), { yaxis: { title: `T12M revenue, ${data.summary.reporting_currency}` }, xaxis: { type: "date" } });

  const coverage = SEGMENTS.filter((segment) => bySegment(data.coverage, segment).length);
  if (!coverage.length) empty("revenue_coverage", `No active customer up to ${reported(data)}.`);
  else {
    const target = 100 * data.coverage[0].coverage_target;
    draw("revenue_coverage", coverage.map((segment) => {
      const rows = bySegment(data.coverage, segment);
      return { x: rows.map((row) => row.month), y: rows.map((row) => percent(row.revenue_coverage)), mode: "lines", name: segment,
               line: { color: COLORS[segment], width: segment === "All" ? 3 : 1.5 },
               hovertemplate: `%{x|%b %Y} ${segment}: %{y:.1f} % of revenue heard<extra></extra>` };
    }), { yaxis: { title: "% of active revenue heard", range: [0, 105] }, xaxis: { type: "date" },
          shapes: [{ type: "line", xref: "paper", x0: 0, x1: 1, y0: target, y1: target, line: { dash: "dot", color: COLORS.red } }],
          annotations: [{ xref: "paper", x: 0, y: target, text: `target ${target.toFixed(0)} %`, showarrow: false, yshift: 10, xanchor: "left" }] });
  }

  const share = data.summary.top20_revenue_share;
  if (!data.pareto.length || share === null) {
    empty("pareto", `No customer with positive T12M revenue in ${reported(data)}.`);
    return;
  }
  draw("pareto", [
    { x: [0, ...data.pareto.map((row) => 100 * row.customer_share)], y: [0, ...data.pareto.map((row) => 100 * row.revenue_share)],
      mode: "lines", name: "share of revenue", line: { color: COLORS.All },
      hovertemplate: "top %{x:.1f} % of customers: %{y:.1f} % of revenue<extra></extra>" },
    { x: [20, 20, 0], y: [0, 100 * share, 100 * share], mode: "lines", name: "top 20 %",
      line: { dash: "dot", color: COLORS.red }, hoverinfo: "skip" },
  ], { xaxis: { title: "% of customers, largest first", range: [0, 100] }, yaxis: { title: "% of revenue", range: [0, 100] },
       annotations: [{ x: 20, y: 100 * share, text: `top 20 %: ${(100 * share).toFixed(1)} % of revenue`,
                       showarrow: true, ax: 60, ay: 30 }] });
}

// ---- Customer drill-down -----------------------------------------------------------------------

const COMPONENTS = ["loyalty", "satisfaction", "complaints", "revenue_trend", "coverage"];
const text = (value, digits = 1) => (value === null || value === undefined ? "–" : Number(value).toFixed(digits));

function element(tag, content, attributes = {}) {
  const node = document.createElement(tag);
  if (content !== undefined) node.textContent = content;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function kpiTile(name, label, value, shown, detail = "", tone = "") {
  const tile = element("div", undefined, { class: `kpi ${tone}`, "data-kpi": name, "data-value": value ?? "" });
  tile.append(element("span", label), element("b", shown));
  if (detail) tile.append(element("small", detail));
  return tile;
}

async function searchCustomers(query) {
  const message = document.getElementById("customer-message");
  const response = await fetch(`api/customers?q=${encodeURIComponent(query)}`);
  const matches = await response.json();
  const list = document.getElementById("matches");
  list.replaceChildren(...matches.map((match) => {
    const item = element("li");
    item.append(element("a", match.name, { href: `customer.html?id=${encodeURIComponent(match.customer_id)}` }),
      ` · ${match.segment} · ${match.account_manager_name || "no account manager"} · ${match.customer_id}`);
    return item;
  }));
  message.textContent = matches.length ? `${matches.length} customers match “${query}”.` : `No customer matches “${query}”.`;
}

async function showCustomer(id) {
  const message = document.getElementById("customer-message");
  const response = await fetch(`api/customer/${encodeURIComponent(id)}`);
  if (!response.ok) {
    message.textContent = response.status === 404 ? `No customer with Id ${id} in bi.duckdb.` : `The server answered ${response.status}.`;
    return;
  }
  const customer = await response.json();
  const { profile, health, responses } = customer;
  const latest = health[health.length - 1];
  document.title = `${profile.name} · Loyalty warehouse`;
  document.getElementById("customer-name").textContent = profile.name;
  document.getElementById("customer-profile").textContent = [profile.segment, profile.industry, profile.country,
    `account manager ${profile.account_manager_name || "–"} (${profile.department || "–"})`, profile.customer_id,
    profile.is_deleted ? "deleted in the CRM" : null].filter(Boolean).join(" · ");
  message.hidden = true;
  document.getElementById("customer").hidden = false;

  const tiles = document.getElementById("customer-kpis");
  if (latest) {
    tiles.replaceChildren(
      kpiTile("health_score", `Health, ${latest.month.slice(0, 7)}`, latest.health_score, text(latest.health_score), latest.health_status, { red: "bad", yellow: "warn", green: "good" }[latest.health_status] || ""),
      kpiTile("weakest_component", "Weakest component", latest.weakest_component, (latest.weakest_component || "–").replace("_", " ")),
      kpiTile("account_nps", "Account NPS (T12M)", latest.account_nps, text(latest.account_nps, 2), latest.loyalty_category),
      kpiTile("revenue_t12m", "T12M revenue", latest.revenue_t12m, Number(latest.revenue_t12m).toLocaleString("en", { maximumFractionDigits: 0 }),
        latest.revenue_trend === null ? "no trend yet" : `${(100 * latest.revenue_trend).toFixed(1)} % on the year before`),
      kpiTile("open_complaints", "Open complaints", latest.open_complaints, String(latest.open_complaints), `${latest.complaints_90d} in the last 90 days`),
      kpiTile("roles_heard", "Roles heard (T12M)", latest.roles_heard, `${latest.roles_heard} of 3`,
        latest.decision_maker_heard ? "a decision maker answered" : "no decision maker answered", latest.decision_maker_heard ? "" : "warn"),
    );
  } else {
    tiles.replaceChildren(kpiTile("health_score", "Health", null, "–", "no health row: not active, not heard, no complaints"));
  }
  const months = health.map((row) => row.month);
  draw("customer_health", [
    { x: months, y: health.map((row) => row.health_score), mode: "lines+markers", name: "health score",
      marker: { color: health.map((row) => COLORS[row.health_status] || COLORS.Unknown), size: 8 },
      line: { color: "#57606a" }, hovertemplate: "%{x|%b %Y}: %{y:.1f}<extra></extra>" },
  ], { yaxis: { title: "health score", range: [0, 100] }, xaxis: { type: "date" }, showlegend: false,
       shapes: [50, 75].map((y) => ({ type: "line", xref: "paper", x0: 0, x1: 1, y0: y, y1: y, line: { dash: "dot", color: "#8c959f" } })) });
  draw("customer_components", [{
    type: "bar", x: COMPONENTS, y: COMPONENTS.map((name) => (latest ? latest[`${name}_score`] : null)),
    marker: { color: COMPONENTS.map((name) => (latest && latest.weakest_component === name ? COLORS.red : COLORS.All)) },
    hovertemplate: "%{x}: %{y:.1f}<extra></extra>",
  }], { yaxis: { title: "score 0–100", range: [0, 100] } });
  draw("customer_revenue", [{ x: months, y: health.map((row) => row.revenue_t12m), mode: "lines", name: "T12M revenue",
    hovertemplate: "%{x|%b %Y}: %{y:,.0f}<extra></extra>" }], { yaxis: { title: "T12M revenue", rangemode: "tozero" }, xaxis: { type: "date" } });
  draw("customer_complaints", [
    { type: "bar", x: months, y: health.map((row) => row.complaints_90d), name: "complaints in 90 days", marker: { color: COLORS.yellow } },
    { type: "bar", x: months, y: health.map((row) => row.open_complaints), name: "open at month end", marker: { color: COLORS.red } },
  ], { barmode: "group", yaxis: { title: "complaints", rangemode: "tozero", dtick: 1 }, xaxis: { type: "date" } });

  showGroup(profile, customer.group);

  const when = (value) => (value ? value.replace("T", " ").slice(0, 16) : "–");
  // An empty table says so: "no complaints" is news, a blank table is a question.
  const none = (message) => [element("tr", undefined, { class: "none" })].map((line) => { line.append(element("td", message, { colspan: 8, class: "note" })); return line; });
  document.querySelector("#complaints tbody").replaceChildren(...(customer.complaints.length ? [] : none("No complaint on record.")), ...customer.complaints.map((row) => {
    const line = element("tr");
    [row.case_number || "–", when(row.created_at), when(row.closed_at), text(row.days_to_close),
     row.status || "–", row.priority || "–", row.reason || "–"]
      .forEach((value, index) => line.append(element("td", value, index === 3 ? { class: "num" } : {})));
    return line;
  }));
  document.querySelector("#answers tbody").replaceChildren(...(responses.length ? [] : none("No survey answer from its contacts.")), ...responses.map((row) => {
    const line = element("tr");
    [when(row.recorded_at), row.survey_id, row.contact_id ? `${row.contact_id} · ${row.respondent_role}` : "–", text(row.nps_score, 0),
     text(row.csat_score, 0), text(row.ces_score, 0), text(row.appreciation_score, 0)]
      .forEach((value, index) => line.append(element("td", value, index >= 3 ? { class: "num" } : {})));
    const comment = element("td", row.comment || "");
    if (row.comment_themes) comment.append(element("small", ` ${row.comment_sentiment_label} · ${row.comment_themes}`));
    line.append(comment);
    return line;
  }));
}

// The customer's group (SPEC §3 account hierarchy): parent, ultimate parent, the group's
// figures and its accounts with their health, the customer's own row marked.
function showGroup(profile, group) {
  const money = (value) => (value === null || value === undefined ? "–" : Number(value).toLocaleString("en", { maximumFractionDigits: 0 }));
  const link = (id, name) => element("a", name || id, { href: `customer.html?id=${encodeURIComponent(id)}` });
  const summary = document.getElementById("group-summary");
  const alone = group.accounts.length <= 1;
  summary.replaceChildren(alone
    ? `${profile.name} is a group of its own: no other account names it or its parent as ParentId.`
    : `Group of ${group.ultimate_parent.name || profile.ultimate_parent_id}, ${group.accounts.length} accounts. Parent: `);
  if (!alone) {
    summary.append(group.parent.customer_id ? link(group.parent.customer_id, group.parent.name) : "none (it heads the group)",
      " · ultimate parent: ", link(profile.ultimate_parent_id, group.ultimate_parent.name));
  }
  if (profile.hierarchy_issue) summary.append(` · ParentId ${profile.hierarchy_issue === "cycle" ? "cycle: the accounts' ParentIds point at each other, fix them in the CRM" : "chain deeper than the limit"}.`);
  const figures = group.figures;
  document.getElementById("group-kpis").replaceChildren(...(figures.month ? [
    kpiTile("group_accounts", `Accounts with health, ${figures.month.slice(0, 7)}`, figures.accounts, String(figures.accounts), `${figures.active_accounts} active`),
    kpiTile("group_revenue_t12m", "Group T12M revenue", figures.revenue_t12m, money(figures.revenue_t12m), `${money(figures.revenue_at_risk)} at risk`),
    kpiTile("group_account_nps", "Group account NPS", figures.account_nps, text(figures.account_nps, 2), `${figures.loyalty_category} · ${figures.nps_respondents} contacts heard`),
    kpiTile("group_worst_health", "Worst health", figures.worst_health_score, text(figures.worst_health_score), figures.worst_health_status || "", { red: "bad", yellow: "warn", green: "good" }[figures.worst_health_status] || ""),
    kpiTile("group_weighted_health", "Revenue-weighted health", figures.revenue_weighted_health_score, text(figures.revenue_weighted_health_score)),
  ] : []));
  document.getElementById("group-accounts").hidden = alone;
  document.querySelector("#group-accounts tbody").replaceChildren(...group.accounts.map((row) => {
    const line = element("tr", undefined, row.customer_id === profile.customer_id ? { class: "current" } : {});
    const account = element("td");
    account.append(row.customer_id === profile.customer_id ? element("b", row.name) : link(row.customer_id, row.name));
    line.append(account);
    [row.parent_customer_id ? (group.accounts.find((other) => other.customer_id === row.parent_customer_id) || {}).name || row.parent_customer_id : "–",
     row.hierarchy_depth === null ? "–" : String(row.hierarchy_depth), row.segment, text(row.health_score), row.health_status || "–",
     row.loyalty_category || "–", money(row.revenue_t12m)]
      .forEach((value, index) => line.append(element("td", value, [1, 3, 6].includes(index) ? { class: "num" } : {})));
    return line;
  }));
}

function customerPage() {
  const params = new URLSearchParams(window.location.search);
  document.getElementById("lookup").addEventListener("submit", (event) => {
    event.preventDefault();
    const query = new FormData(event.target).get("q");
    window.history.replaceState(null, "", `?q=${encodeURIComponent(query)}`);
    searchCustomers(query);
  });
  if (params.get("id")) showCustomer(params.get("id"));
  else if (params.get("q")) searchCustomers(params.get("q"));
}

// ---- Act now ---------------------------------------------------------------------------------

// An owner is a key of mart_close_the_loop: a department and an account manager, `All` for totals.
const isOwner = (owner, row) => row.department === owner.department && row.account_manager_id === owner.account_manager_id;
const ownerLabel = (owner) => (owner.department === "All" ? "Whole company"
  : owner.account_manager_id === "All" ? `${owner.department}, all account managers` : owner.name);
const shownPercent = (value) => (value === null || value === undefined ? "–" : `${(100 * value).toFixed(1)} %`);

// One line per owner over the company's months, a gap where the owner had nothing due; the marker
// grows with the count behind the rate, so a rate over one answer does not pass for a trend.
function rateLines(name, data, owners, rate, counts, noun, whenEmpty) {
  const months = data.loop_trend.filter((row) => row.department === "All").map((row) => row.month);
  // The selection in bold blue, its department dashed, the company dotted grey.
  const selected = { color: COLORS.All, width: 3 };
  const styles = [[selected], [{ color: "#57606a", width: 1.5, dash: "dot" }, selected],
                  [{ color: "#57606a", width: 1.5, dash: "dot" }, { color: "#8250df", width: 1.5, dash: "dash" }, selected]][owners.length - 1];
  const traces = owners.map((owner, index) => {
    const rows = months.map((month) => data.loop_trend.find((row) => isOwner(owner, row) && row.month === month));
    const behind = rows.map((row) => (row ? counts(row) : [0, 0]));
    return { x: months, y: rows.map((row) => (row ? percent(row[rate]) : null)), name: ownerLabel(owner),
             mode: "lines+markers", connectgaps: false, line: styles[index], customdata: behind,
             marker: { color: styles[index].color, size: behind.map(([, total]) => Math.min(22, 5 + 2.5 * Math.sqrt(total))) },
             hovertemplate: `%{x|%b %Y} ${ownerLabel(owner)}: %{y:.1f} % (%{customdata[0]} of %{customdata[1]} ${noun})<extra></extra>` };
  });
  if (traces.every((trace) => trace.y.every((value) => value === null))) return empty(name, whenEmpty);
  return draw(name, traces, { yaxis: { title: "%", range: [-3, 103] }, xaxis: { type: "date" } });
}

// The waiting follow-ups of one owner come from `make dashboard`'s server (/api/follow-ups): a
// large company has too many to embed. The table says whose list it shows once it is drawn.
let shownOwner = 0;
function showFollowUps(data, owner, label) {
  const table = document.getElementById("follow-ups");
  const key = JSON.stringify([owner.department, owner.account_manager_id]);
  const request = ++shownOwner;
  delete table.dataset.owner;
  const names = new Map(data.owners.map((row) => [`${row.department}|${row.account_manager_id}`, row.name]));
  const day = (value) => (value ? value.slice(0, 10) : "–");
  fetch(`/api/follow-ups?department=${encodeURIComponent(owner.department)}&manager=${encodeURIComponent(owner.account_manager_id)}`)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json();
    })
    .then((waiting) => {
      if (request !== shownOwner) return;  // another owner was picked meanwhile
      table.querySelector("tbody").replaceChildren(...waiting.map((row) => {
        const line = element("tr", undefined, { class: row.follow_up_status, "data-response": row.response_id });
        const status = element("td");
        status.append(element("span", row.follow_up_status, { class: `status ${row.follow_up_status}` }),
          element("small", row.follow_up_status === "overdue" ? `${row.days_overdue} days past due` : "not due yet"));
        const customer = element("td");
        customer.append(row.customer_id
          ? element("a", row.customer_name || row.customer_id, { href: `customer.html?id=${encodeURIComponent(row.customer_id)}` })
          : "account unknown", element("small", `contact ${row.contact_id}`));
        const health = element("td");
        health.append(element("span", row.health_status || "–", { class: `status ${row.health_status || ""}` }),
          element("small", row.health_score === null ? "no health row" : `score ${text(row.health_score)}`));
        const comment = element("td", row.comment || "");
        if (!row.comment) comment.append(element("small", "no comment"));
        else if (row.comment_themes) comment.append(element("small", row.comment_themes.replaceAll("_", " ")));
        line.append(element("td", row.recorded_at.replace("T", " ").slice(0, 16)), element("td", day(row.due_at)), status,
          element("td", String(row.nps_score), { class: "num" }), customer, health,
          element("td", names.get(`${row.department}|${row.account_manager_id}`) || row.account_manager_id), comment);
        return line;
      }));
      document.getElementById("follow-ups-note").textContent = waiting.length
        ? `${waiting.length === 1 ? "One detractor answer waits" : `${waiting.length} detractor answers wait`} for a follow-up (${label}), the oldest first.`
        : `Nothing waits: every detractor answer of ${label} has been followed up (as of ${day(data.as_of.status_as_of)}).`;
      table.dataset.owner = key;
    })
    .catch((error) => {
      if (request !== shownOwner) return;
      table.querySelector("tbody").replaceChildren();
      document.getElementById("follow-ups-note").textContent =
        `The list comes from the dashboard server (make dashboard), which did not answer: ${error.message}.`;
    });
}

function showOwner(data, owner) {
  const overdue = owner.overdue;
  const open = owner.open;
  const months = data.loop_trend.filter((row) => isOwner(owner, row));
  const latest = (column) => [...months].reverse().find((row) => row[column] !== null);
  const loop = latest("close_the_loop_rate");
  const recovery = latest("recovery_rate");
  const label = ownerLabel(owner);
  document.getElementById("act-kpis").replaceChildren(
    kpiTile("overdue", "Overdue", overdue, String(overdue), `past their ${data.as_of.follow_up_hours} hours, no follow-up`, overdue ? "bad" : "good"),
    kpiTile("open", "Open, not due yet", open, String(open), "follow up before they are due", "warn"),
    loop ? kpiTile("close_the_loop_rate", `Close-the-loop rate, ${monthName(loop.month)}`, loop.close_the_loop_rate,
      shownPercent(loop.close_the_loop_rate), `${loop.on_time} of ${loop.on_time + loop.late + loop.overdue} due followed up on time`)
      : kpiTile("close_the_loop_rate", "Close-the-loop rate", null, "–", "no detractor answer due yet"),
    recovery ? kpiTile("recovery_rate", `Recovery rate, ${monthName(recovery.month)}`, recovery.recovery_rate,
      shownPercent(recovery.recovery_rate), `${recovery.recovered} of ${recovery.answered_again} answered 7 or more next time`, "good")
      : kpiTile("recovery_rate", "Recovery rate", null, "–", "no contact answered again yet"),
  );
  showFollowUps(data, owner, label);

  document.querySelector("#loop-months tbody").replaceChildren(...[...months].reverse().map((row) => {
    const line = element("tr");
    [monthName(row.month), row.triggers, row.on_time, row.late, row.overdue, row.open, shownPercent(row.close_the_loop_rate),
     text(row.median_hours_to_follow_up), row.answered_again, row.recovered, shownPercent(row.recovery_rate)]
      .forEach((value, index) => line.append(element("td", String(value), index ? { class: "num" } : {})));
    return line;
  }));

  // The selection against its department and the company.
  const context = data.owners.filter((row) => row.department === "All" && row.account_manager_id === "All");
  if (owner.department !== "All") {
    if (owner.account_manager_id !== "All") context.push(data.owners.find((row) => row.department === owner.department && row.account_manager_id === "All"));
    context.push(owner);
  }
  rateLines("close_the_loop_rate", data, context, "close_the_loop_rate",
    (row) => [row.on_time, row.on_time + row.late + row.overdue], "due on time", "No detractor answer is due yet.");
  rateLines("recovery_rate", data, context, "recovery_rate",
    (row) => [row.recovered, row.answered_again], "answered again recovered", "No detractor's contact has answered again yet.");
}

function actPage(data) {
  const picker = document.getElementById("owner");
  if (!picker) return;  // no Task.csv, or no detractor yet: the page says so instead
  const show = () => {
    const [department, manager] = JSON.parse(picker.value);
    showOwner(data, data.owners.find((row) => row.department === department && row.account_manager_id === manager));
  };
  picker.addEventListener("change", show);
  show();
}

document.addEventListener("DOMContentLoaded", () => {
  const data = JSON.parse(document.getElementById("page-data").textContent);
  ({ "index.html": statusPage, "cfo.html": cfoPage, "act.html": actPage, "customer.html": customerPage })[document.body.dataset.page](data);
});
