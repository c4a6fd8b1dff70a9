// groundwork web page: plain JS, no build step, no external code.
// Every piece of deck, context or model text is untrusted data: it only ever reaches the page
// through textContent / createTextNode / setAttribute, never through innerHTML.
"use strict";

(() => {
  const STEP_LABELS = {
    extract: "Read the deck",
    read_deck_plan: "Read the deck's own plan",
    find_visions: "Find visions",
    assess_vagueness: "Assess vagueness",
    choose_scenarios: "Choose scenarios",
    retrieve_context: "Search the org context",
    plan_commitments: "Plan the deck's commitments",
    decompose: "Decompose into tasks",
    assign_raci: "Assign RACI",
    build_roadmap: "Build the roadmap",
    validate: "Validate",
    repair: "Repair",
    render: "Write the files",
  };
  const STEPS = Object.keys(STEP_LABELS).filter((s) => s !== "repair");
  const LAYERS = ["experience", "process_people", "tech_data", "governance_measurement"];
  const LAYER_LABELS = {
    experience: "Experience",
    process_people: "Process & people",
    tech_data: "Tech & data",
    governance_measurement: "Governance & measurement",
  };
  const LAYER_BLURBS = {
    experience: "what the customer sees and feels",
    process_people: "what must happen behind the scenes",
    tech_data: "which systems must talk to each other, and what is missing",
    governance_measurement: "how we know it works and keep it going",
  };
  const HORIZONS = ["foundational", "quick_win", "aspirational"];
  const HORIZON_LABELS = { foundational: "Foundational", quick_win: "Quick win", aspirational: "Aspirational" };
  const REASON_LABELS = {
    no_metric: "No metric",
    no_target: "No target",
    no_deadline: "No deadline",
    no_owner: "No owner",
    no_audience: "No audience",
    universal_scope: "Universal scope",
    buzzword: "Buzzwords",
    vanity_metric: "Vanity metric",
  };
  const RACI_LABELS = { R: "Responsible", A: "Accountable", C: "Consulted", I: "Informed" };
  const STATUS_LABELS = {
    queued: "Queued",
    running: "Running",
    paused: "Waiting for your answers",
    done: "Done",
    failed: "Failed",
  };
  const SHORT_STATUS = { queued: "Queued", running: "Running", paused: "Needs answers", done: "Done", failed: "Failed" };
  const SVG_NS = "http://www.w3.org/2000/svg";

  // ---- sign-in -------------------------------------------------------------------------
  // A server started with GROUNDWORK_TOKEN answers 401 until the page signs in: the token is
  // posted once to /api/session, which sets an HttpOnly cookie that every request, event
  // stream and download link then carries. The token never goes in a URL.
  function needSignIn() {
    $("signin").hidden = false;
    $("signin-token").focus();
  }

  async function signIn(event) {
    event.preventDefault();
    const box = $("signin-error");
    box.hidden = true;
    try {
      await api("/api/session", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ token: $("signin-token").value }),
      });
      $("signin-token").value = "";
      $("signin").hidden = true;
      loadOrgs();
      refreshRuns();
      route();
    } catch (err) {
      showError(box, err.message);
    }
  }

  async function api(path, options = {}) {
    const headers = Object.assign({}, options.headers || {});
    const response = await fetch(path, Object.assign({ credentials: "same-origin" }, options, { headers }));
    if (response.status === 401 && path !== "/api/session") needSignIn();
    let body = null;
    const type = response.headers.get("content-type") || "";
    if (type.includes("application/json") && response.status !== 204) {
      const text = await response.text();
      body = text ? JSON.parse(text) : null;
    }
    if (!response.ok) {
      const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
      const err = new Error(message);
      err.status = response.status;
      throw err;
    }
    return body;
  }

  // ---- DOM helpers (text only) -----------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "hidden") node.hidden = true;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined) continue;
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, String(value));
    }
    append(node, children);
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const $ = (id) => document.getElementById(id);

  function chip(text, cls, title) {
    return el("span", { class: "chip " + (cls || ""), title: title || null }, text);
  }

  let deckLabel = null; // the uploaded file's name: the server stores every deck as deck.<type>

  function sourceLabel(source) {
    if (!source) return "";
    let name = String(source.file || "").split(/[\\/]/).pop();
    if (deckLabel && /^deck\.(pptx|pdf)$/.test(name)) name = deckLabel;
    if (source.slide) return `${name}, slide ${source.slide}`;
    if (source.page) return `${name}, page ${source.page}`;
    return name;
  }

  function timeAgo(seconds) {
    const delta = Math.max(0, Date.now() / 1000 - seconds);
    if (delta < 60) return "just now";
    if (delta < 3600) return `${Math.floor(delta / 60)} min ago`;
    if (delta < 86400) return `${Math.floor(delta / 3600)} h ago`;
    return new Date(seconds * 1000).toLocaleDateString();
  }

  // ---- upload form ---------------------------------------------------------------------
  async function loadOrgs() {
    const select = $("org-select");
    clear(select);
    try {
      const data = await api("/api/orgs");
      for (const org of data.orgs) {
        select.append(el("option", { value: org.name }, `${org.name} (${org.files} files)`));
      }
      if (!data.orgs.length) {
        select.append(el("option", { value: "" }, "none configured: upload a ZIP"));
        $("org-source-zip").checked = true;
        $("org-source-configured").disabled = true;
      }
    } catch (err) {
      select.append(el("option", { value: "" }, "could not load: " + err.message));
    }
    syncOrgSource();
  }

  function syncOrgSource() {
    const zip = $("org-source-zip").checked;
    $("org-select").disabled = zip;
    $("org-zip").disabled = !zip;
  }

  async function submitUpload(event) {
    event.preventDefault();
    const errorBox = $("form-error");
    errorBox.hidden = true;
    const deck = $("deck").files[0];
    const form = new FormData();
    if (!deck) return showError(errorBox, "Choose a deck file (PPTX or PDF).");
    form.append("deck", deck, deck.name);
    if ($("org-source-zip").checked) {
      const zip = $("org-zip").files[0];
      if (!zip) return showError(errorBox, "Choose a ZIP of the org-context folder.");
      form.append("org_zip", zip, zip.name);
    } else {
      const org = $("org-select").value;
      if (!org) return showError(errorBox, "Choose an org-context folder.");
      form.append("org", org);
    }
    form.append("engine", $("engine").value);
    form.append("interactive", $("interactive").checked ? "true" : "false");
    const button = $("submit");
    button.disabled = true;
    button.textContent = "Uploading…";
    try {
      const created = await api("/api/runs", { method: "POST", body: form });
      $("upload-form").reset();
      syncOrgSource();
      location.hash = "#/runs/" + created.id;
      refreshRuns();
    } catch (err) {
      showError(errorBox, err.message);
    } finally {
      button.disabled = false;
      button.textContent = "Build the plan";
    }
  }

  function showError(box, message) {
    box.textContent = message;
    box.hidden = false;
  }

  // ---- runs list -----------------------------------------------------------------------
  let runsTimer = null;

  async function refreshRuns() {
    clearTimeout(runsTimer);
    let runs = [];
    try {
      runs = (await api("/api/runs")).runs;
    } catch (_) {
      runsTimer = setTimeout(refreshRuns, 10000);
      return;
    }
    const list = clear($("run-list"));
    $("runs-empty").hidden = runs.length > 0;
    for (const run of runs.slice(0, 30)) {
      const link = el(
        "a",
        { href: "#/runs/" + run.id, class: run.id === currentRunId ? "current" : null },
        el("span", { class: "run-name" }, run.deck),
        el("span", { class: "badge small " + run.status }, SHORT_STATUS[run.status] || run.status),
        el("span", { class: "run-sub muted" }, `${run.org} · ${timeAgo(run.created)}`),
      );
      list.append(el("li", {}, link));
    }
    const active = runs.some((r) => r.status === "queued" || r.status === "running");
    runsTimer = setTimeout(refreshRuns, active ? 3000 : 15000);
  }

  // ---- one run: progress, questions, plan ------------------------------------------------
  let currentRunId = null;
  let source = null;
  let lastSeq = null;
  let shownPlanFor = null;

  function route() {
    const match = location.hash.match(/^#\/runs\/([0-9a-f]{32})$/);
    if (!match) {
      closeStream();
      currentRunId = null;
      $("welcome").hidden = false;
      $("run-view").hidden = true;
      return;
    }
    openRun(match[1]);
  }

  function closeStream() {
    if (source) source.close();
    source = null;
  }

  async function openRun(id) {
    closeStream();
    currentRunId = id;
    lastSeq = null;
    shownPlanFor = null;
    $("welcome").hidden = true;
    $("run-view").hidden = false;
    $("questions").hidden = true;
    $("plan").hidden = true;
    $("run-error").hidden = true;
    clear($("progress"));
    try {
      const run = await api("/api/runs/" + id);
      $("run-deck").textContent = run.deck;
      deckLabel = run.deck;
      renderMeta(run);
      applyState(run);
    } catch (err) {
      $("run-deck").textContent = "Run not available";
      showError($("run-error"), err.message);
      return;
    }
    follow(id);
    refreshRuns();
  }

  function renderMeta(run) {
    const used = run.summary && run.summary.engine && run.summary.engine !== run.engine
      ? ` (used ${run.summary.engine})` : "";
    $("run-meta").textContent =
      `Org context: ${run.org} · engine: ${run.engine}${used} · started ${timeAgo(run.created)}`;
  }

  function follow(id) {
    closeStream();
    let url = "/api/runs/" + id + "/events";
    if (lastSeq !== null) url += "?after=" + lastSeq;
    const stream = new EventSource(url);
    source = stream;
    const handle = (event) => {
      if (id !== currentRunId) return;
      const seq = Number(event.lastEventId);
      if (event.type !== "status" && lastSeq !== null && seq <= lastSeq) return;
      lastSeq = seq;
      const data = JSON.parse(event.data);
      applyState(data);
      if (["paused", "done", "failed"].includes(data.status)) {
        stream.close();
        if (source === stream) source = null;
        refreshRuns();
      }
    };
    for (const type of ["status", "queued", "running", "step", "paused", "resumed", "done", "failed"]) {
      stream.addEventListener(type, handle);
    }
    stream.onerror = async () => {
      if (stream.readyState !== EventSource.CLOSED) return; // the browser reconnects by itself
      try {
        applyState(await api("/api/runs/" + id));
      } catch (err) {
        showError($("run-error"), err.message);
      }
    };
  }

  async function cancelRun() {
    if (!currentRunId) return;
    try {
      applyState(await api("/api/runs/" + currentRunId + "/cancel", { method: "POST" }));
    } catch (err) {
      showError($("run-error"), err.message);
    }
    refreshRuns();
  }

  async function deleteRun() {
    if (!currentRunId || !window.confirm("Delete this run and all its files?")) return;
    try {
      await api("/api/runs/" + currentRunId, { method: "DELETE" });
      location.hash = "";
    } catch (err) {
      showError($("run-error"), err.message);
    }
    refreshRuns();
  }

  function applyState(run) {
    const status = run.status;
    const badge = $("run-status");
    badge.className = "badge " + status;
    badge.textContent = STATUS_LABELS[status] || status;
    $("run-cancel").hidden = !["queued", "running", "paused"].includes(status);
    $("run-delete").hidden = !["paused", "done", "failed"].includes(status);
    renderProgress(run);
    if (status === "failed") {
      showError($("run-error"), run.error || "The run failed.");
    } else {
      $("run-error").hidden = true;
    }
    if (status === "paused") {
      renderQuestions(run.questions || []);
    } else {
      $("questions").hidden = true;
    }
    if (status === "done" && shownPlanFor !== run.id) {
      shownPlanFor = run.id;
      loadPlan(run.id);
    }
  }

  function renderProgress(run) {
    const done = new Set(run.steps_done || []);
    const list = clear($("progress"));
    const steps = STEPS.slice();
    if (done.has("repair")) steps.splice(steps.indexOf("render"), 0, "repair");
    const finished = run.status === "done";
    let current = null;
    if (run.status === "running" || run.status === "queued") {
      current = steps.find((s) => !done.has(s)) || null;
    }
    for (const step of steps) {
      let state = "todo";
      if (finished || done.has(step)) state = "done";
      if (step === current && run.status === "running") state = "active";
      if (run.status === "paused" && step === "assess_vagueness") state = "waiting";
      const icon = { done: "✓", active: "…", waiting: "?", todo: "" }[state];
      list.append(
        el("li", { class: "step " + state },
          el("span", { class: "dot", "aria-hidden": "true" }, icon),
          STEP_LABELS[step] || step),
      );
    }
  }

  function renderQuestions(questions) {
    const box = $("questions");
    box.hidden = false;
    $("answers-error").hidden = true;
    $("questions-intro").textContent =
      `${questions.length} vision(s) are too vague to execute as written. Answer what you can ` +
      "(a metric, a target, a date, an owner, an audience); an empty answer keeps the flag.";
    const list = clear($("question-list"));
    for (const item of questions) {
      const field = "answer-" + item.id;
      list.append(
        el("div", { class: "question" },
          el("div", { class: "q-head" },
            el("span", { class: "vid" }, item.id),
            el("span", { class: "q-text" }, item.text),
            el("span", { class: "muted src" }, sourceLabel(item.source))),
          el("div", { class: "chips" },
            (item.reasons || []).map((r) => chip(REASON_LABELS[r.code] || r.code, "reason", r.message))),
          el("ul", { class: "q-list" }, (item.questions || []).map((q) => el("li", {}, q))),
          el("label", { class: "sr-only", for: field }, `Answer for ${item.id}`),
          el("textarea", {
            id: field,
            name: field,
            "data-vision": item.id,
            rows: 2,
            placeholder: item.suggested_rewrite || "Your answer",
          })),
      );
    }
  }

  async function submitAnswers(event, skip) {
    if (event) event.preventDefault();
    const answers = {};
    if (!skip) {
      for (const area of $("question-list").querySelectorAll("textarea[data-vision]")) {
        const text = area.value.trim();
        if (text) answers[area.dataset.vision] = text;
      }
    }
    const buttons = [$("answers-submit"), $("answers-skip")];
    buttons.forEach((b) => { b.disabled = true; });
    try {
      await api("/api/runs/" + currentRunId + "/answers", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers }),
      });
      $("questions").hidden = true;
      follow(currentRunId);
    } catch (err) {
      showError($("answers-error"), err.message);
    } finally {
      buttons.forEach((b) => { b.disabled = false; });
    }
  }

  // ---- the plan --------------------------------------------------------------------------
  async function loadPlan(id) {
    let plan;
    let run;
    try {
      [plan, run] = await Promise.all([api(`/api/runs/${id}/plan.json`), api(`/api/runs/${id}`)]);
    } catch (err) {
      showError($("run-error"), "Could not load the plan: " + err.message);
      return;
    }
    if (id !== currentRunId) return;
    renderMeta(run);
    renderPlan(plan, run);
  }

  const TABS = [
    ["visions", "Visions"],
    ["scenarios", "Scenarios"],
    ["tasks", "Tasks"],
    ["raci", "RACI"],
    ["roadmap", "Roadmap"],
    ["gaps", "Gaps & warnings"],
  ];

  function renderPlan(plan, run) {
    $("plan").hidden = false;
    renderSummary(plan);
    renderDownloads(run.downloads || {});
    const counts = {
      visions: plan.visions.length,
      scenarios: plan.scenarios.length,
      tasks: plan.tasks.length,
      raci: plan.raci.length,
      roadmap: (plan.roadmap.phases || []).length,
      gaps: plan.gaps.length + plan.warnings.length,
    };
    const tabs = clear($("plan-tabs"));
    for (const [key, label] of TABS) {
      tabs.append(
        el("button", {
          type: "button",
          role: "tab",
          id: "tab-" + key,
          "aria-controls": "panel-" + key,
          "data-tab": key,
          onclick: () => selectTab(key),
        }, label, el("span", { class: "count" }, String(counts[key]))),
      );
    }
    renderVisions(plan);
    renderScenarios(plan);
    renderTasks(plan, "layer");
    renderRaci(plan);
    renderRoadmap(plan);
    renderGaps(plan);
    selectTab("visions");
  }

  function selectTab(key) {
    for (const button of $("plan-tabs").querySelectorAll("button")) {
      button.setAttribute("aria-selected", button.dataset.tab === key ? "true" : "false");
    }
    for (const panel of document.querySelectorAll(".panel")) {
      panel.hidden = panel.dataset.tab !== key;
    }
  }

  function renderSummary(plan) {
    const vague = plan.visions.filter((v) => v.vagueness.vague).length;
    const engine = plan.engine.name + (plan.engine.model ? " · " + plan.engine.model : "");
    const deck = plan.sources.find((s) => s.kind === "pptx" || s.kind === "pdf");
    const stats = [
      [plan.visions.length, "visions", vague ? `${vague} vague` : "none vague"],
      [plan.scenarios.length, "scenarios", "at most three"],
      [plan.tasks.length, "tasks", `${new Set(plan.tasks.map((t) => t.owner_role)).size} owners`],
      [plan.gaps.length, "gaps", "against the org context"],
    ];
    clear($("plan-summary")).append(
      el("div", { class: "stats" },
        stats.map(([n, label, sub]) =>
          el("div", { class: "stat" },
            el("strong", {}, String(n)), el("span", {}, label), el("small", { class: "muted" }, sub)))),
      el("p", { class: "muted" },
        `Engine: ${engine}` + (deck ? ` · ${deck.units} ${deck.kind === "pdf" ? "pages" : "slides"}` : "") +
        ` · ${plan.roles.length} roles from the org context`),
    );
  }

  function renderDownloads(downloads) {
    const main = clear($("downloads-main"));
    const labels = {
      "plan.json": "plan.json",
      "report.md": "Report (Markdown)",
      "raci.xlsx": "RACI (Excel)",
      "raci.csv": "RACI (CSV)",
      "roadmap.mmd": "Roadmap (Mermaid)",
    };
    for (const [name, label] of Object.entries(labels)) {
      if (!downloads[name]) continue;
      main.append(el("a", { class: "button", href: downloads[name], download: name }, label));
    }
    const roles = clear($("downloads-role-list"));
    for (const item of downloads.tasks || []) {
      roles.append(el("li", {},
        el("a", { href: item.url, download: `tasks-${item.slug}.md` }, item.role)));
    }
    $("downloads-roles").hidden = !(downloads.tasks || []).length;
  }

  function renderVisions(plan) {
    const panel = clear($("panel-visions"));
    const vague = plan.visions.filter((v) => v.vagueness.vague).length;
    const onlyVague = el("input", { type: "checkbox", id: "only-vague" });
    const list = el("div", { class: "vision-list" });
    const draw = () => {
      clear(list);
      for (const vision of plan.visions) {
        if (onlyVague.checked && !vision.vagueness.vague) continue;
        list.append(visionCard(vision));
      }
    };
    onlyVague.addEventListener("change", draw);
    panel.append(
      el("div", { class: "panel-head" },
        el("h2", {}, "Visions"),
        el("p", { class: "muted" },
          `${plan.visions.length} found in the deck; ${vague} too vague to execute as written.`),
        el("label", { class: "choice" }, onlyVague, " Only vague visions")),
      list,
    );
    draw();
  }

  function visionCard(vision) {
    const v = vision.vagueness;
    const score = Math.round((v.score || 0) * 100);
    const changed = vision.original_text && vision.original_text !== vision.text;
    return el("article", { class: "vision " + (v.vague ? "is-vague" : "is-clear") },
      el("div", { class: "v-head" },
        el("span", { class: "vid" }, vision.id),
        el("span", { class: "badge " + (v.vague ? "vague" : "clear") }, v.vague ? "Vague" : "Actionable"),
        el("span", { class: "score", title: `vagueness score ${score}/100` },
          el("span", { class: "bar" }, scoreFill(score)),
          `vagueness ${score}`),
        el("span", { class: "muted src" }, sourceLabel(vision.source))),
      el("p", { class: "v-text" }, vision.text),
      changed ? el("p", { class: "muted small" }, "As written in the deck: ", el("q", {}, vision.original_text)) : null,
      (vision.answers || []).length
        ? el("p", { class: "small answer" }, "Your answer: ", vision.answers.join(" "))
        : null,
      (v.reasons || []).length
        ? el("ul", { class: "reasons" },
          v.reasons.map((r) => el("li", {},
            chip(REASON_LABELS[r.code] || r.code, "reason"), " ", r.message,
            r.evidence ? el("span", { class: "muted" }, " (", el("q", {}, r.evidence), ")") : null)))
        : null,
      (v.questions || []).length
        ? el("div", { class: "v-questions" },
          el("strong", {}, "Questions for the strategist"),
          el("ul", {}, v.questions.map((q) => el("li", {}, q))))
        : null,
      v.suggested_rewrite
        ? el("p", { class: "rewrite" }, el("strong", {}, "Suggested rewrite: "), v.suggested_rewrite)
        : null,
    );
  }

  function scoreFill(score) {
    const fill = el("span", { class: "fill" + (score >= 50 ? " high" : "") });
    fill.style.width = `${Math.min(100, Math.max(0, score))}%`; // CSSOM: allowed by the CSP
    return fill;
  }

  function renderScenarios(plan) {
    const panel = clear($("panel-scenarios"));
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "Scenarios"),
      el("p", { class: "muted" },
        "At most three behavioral segment × context scenarios, chosen to cover as much operational territory as possible.")));
    const grid = el("div", { class: "scenario-grid" });
    for (const s of plan.scenarios) {
      grid.append(el("article", { class: "scenario" },
        el("div", { class: "v-head" }, el("span", { class: "vid" }, s.id), el("h3", {}, s.name)),
        el("dl", {},
          el("dt", {}, "Segment"), el("dd", {}, s.segment),
          el("dt", {}, "Context"), el("dd", {}, s.context),
          el("dt", {}, "Customer impact"), el("dd", {}, chip(s.customer_impact, "impact-" + s.customer_impact)),
          el("dt", {}, "Business impact"), el("dd", {}, chip(s.business_impact, "impact-" + s.business_impact)),
          el("dt", {}, "Visions"), el("dd", {}, (s.vision_ids || []).join(", ") || "none"),
          s.source ? [el("dt", {}, "Source"), el("dd", {}, sourceLabel(s.source))] : null),
        s.rationale ? el("p", { class: "muted small" }, s.rationale) : null));
    }
    if (!plan.scenarios.length) grid.append(el("p", { class: "muted" }, "No scenarios."));
    panel.append(grid);
  }

  function renderTasks(plan, mode) {
    const panel = clear($("panel-tasks"));
    const toggle = el("div", { class: "toggle", role: "group", "aria-label": "Group tasks" },
      el("button", { type: "button", "aria-pressed": String(mode === "layer"), onclick: () => renderTasks(plan, "layer") }, "By layer"),
      el("button", { type: "button", "aria-pressed": String(mode === "role"), onclick: () => renderTasks(plan, "role") }, "By role"));
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "Tasks"),
      el("p", { class: "muted" }, `${plan.tasks.length} tasks. Click a task for its description, acceptance and sources.`),
      toggle));
    const groups = new Map();
    if (mode === "layer") {
      for (const layer of LAYERS) groups.set(layer, []);
      for (const task of plan.tasks) groups.get(task.layer).push(task);
    } else {
      const tiers = Object.fromEntries(plan.roles.map((r) => [r.name, r]));
      const owners = [...new Set(plan.tasks.map((t) => t.owner_role))].sort((a, b) => {
        const ta = (tiers[a] || {}).tier === "extended" ? 1 : 0;
        const tb = (tiers[b] || {}).tier === "extended" ? 1 : 0;
        return ta - tb || a.localeCompare(b);
      });
      for (const owner of owners) groups.set(owner, plan.tasks.filter((t) => t.owner_role === owner));
    }
    const roleInfo = Object.fromEntries(plan.roles.map((r) => [r.name, r]));
    for (const [key, tasks] of groups) {
      const title = mode === "layer" ? LAYER_LABELS[key] : key;
      let sub = "";
      if (mode === "layer") sub = LAYER_BLURBS[key];
      else if (roleInfo[key]) sub = [roleInfo[key].team, roleInfo[key].tier + " team"].filter(Boolean).join(" · ");
      else sub = "not in the org roster";
      const section = el("section", { class: "task-group" },
        el("h3", {}, title, " ", el("span", { class: "count" }, String(tasks.length)), " ",
          el("span", { class: "muted small" }, sub)));
      if (!tasks.length) {
        const notes = Object.entries(plan.layer_notes || {}).filter(([k]) => k.endsWith(":" + key));
        section.append(el("p", { class: "muted small" },
          notes.length ? `No tasks: ${notes[0][1]}` : "No tasks in this layer."));
      }
      for (const task of tasks) section.append(taskRow(task, mode));
      panel.append(section);
    }
  }

  function taskRow(task, mode) {
    return el("details", { class: "task" },
      el("summary", {},
        el("span", { class: "tid" }, task.id),
        el("span", { class: "t-title" }, task.title),
        el("span", { class: "t-chips" },
          chip(HORIZON_LABELS[task.horizon] || task.horizon, "h-" + task.horizon),
          task.pilot ? chip("pilot", "pilot") : null),
        el("span", { class: "t-owner muted" }, mode === "layer" ? task.owner_role : LAYER_LABELS[task.layer])),
      el("div", { class: "t-body" },
        el("p", {}, task.description),
        el("p", {}, el("strong", {}, "Done when: "), task.done_when),
        el("p", { class: "small" },
          el("strong", {}, "Visions: "), task.vision_ids.join(", "),
          (task.scenario_ids || []).length ? ["  ·  ", el("strong", {}, "Scenarios: "), task.scenario_ids.join(", ")] : null,
          (task.depends_on || []).length ? ["  ·  ", el("strong", {}, "Depends on: "), task.depends_on.join(", ")] : null,
          (task.consulted || []).length ? ["  ·  ", el("strong", {}, "Consult: "), task.consulted.join(", ")] : null),
        (task.context_refs || []).length
          ? el("ul", { class: "refs small" }, task.context_refs.map((r) =>
            el("li", {}, el("span", { class: "doc" }, r.doc), r.quote ? [" ", el("q", {}, r.quote)] : null)))
          : null));
  }

  function renderRaci(plan) {
    const panel = clear($("panel-raci"));
    const titles = Object.fromEntries(plan.tasks.map((t) => [t.id, t.title]));
    const tierOf = Object.fromEntries(plan.roles.map((r) => [r.name, r.tier]));
    const named = new Set(plan.raci.flatMap((row) => Object.keys(row.assignments)));
    const order = plan.roles.map((r) => r.name).filter((n) => named.has(n));
    for (const n of named) if (!order.includes(n)) order.push(n);
    order.sort((a, b) => (tierOf[a] === "extended" ? 1 : 0) - (tierOf[b] === "extended" ? 1 : 0));
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "RACI"),
      el("p", { class: "muted" }, "Exactly one Accountable per row; layers first, then tasks. ",
        Object.entries(RACI_LABELS).map(([k, v]) => [chip(k, "raci-" + k), ` ${v} `]))));
    const head = el("tr", {}, el("th", { scope: "col", class: "item" }, "Item"),
      order.map((name) => el("th", { scope: "col", class: "role" + (tierOf[name] === "extended" ? " extended" : ""), title: name },
        el("span", {}, name))));
    const body = el("tbody");
    const rows = plan.raci.slice().sort((a, b) => {
      const la = a.item.startsWith("layer:") ? 0 : 1;
      const lb = b.item.startsWith("layer:") ? 0 : 1;
      return la - lb;
    });
    for (const row of rows) {
      const isLayer = row.item.startsWith("layer:");
      const label = isLayer
        ? el("span", {}, el("strong", {}, "Layer: "), LAYER_LABELS[row.item.slice(6)] || row.item.slice(6))
        : el("span", {}, el("span", { class: "tid" }, row.item), " ", titles[row.item] || "");
      body.append(el("tr", { class: isLayer ? "layer-row" : null },
        el("th", { scope: "row", class: "item" }, label),
        order.map((name) => {
          const letter = row.assignments[name];
          return el("td", { class: letter ? "raci-" + letter : "", title: letter ? `${name}: ${RACI_LABELS[letter]}` : null }, letter || "");
        })));
    }
    panel.append(el("div", { class: "table-wrap" },
      el("table", { class: "raci", id: "raci-table" }, el("thead", {}, head), body)));
  }

  function renderRoadmap(plan) {
    const panel = clear($("panel-roadmap"));
    const weeks = plan.roadmap.task_weeks || {};
    const phases = plan.roadmap.phases || [];
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "Roadmap"),
      el("p", { class: "muted" },
        "Weeks from the start of the plan. Tasks start after what they depend on; hover a bar for details. ",
        HORIZONS.map((h) => [chip(HORIZON_LABELS[h], "h-" + h), " "]))));
    const tasks = Object.fromEntries(plan.tasks.map((t) => [t.id, t]));
    // Rows: phase header, then its tasks by start week.
    const rows = [];
    const placed = new Set();
    for (const phase of phases) {
      rows.push({ phase });
      const ids = (phase.task_ids || []).filter((id) => weeks[id] && tasks[id]);
      ids.sort((a, b) => weeks[a][0] - weeks[b][0] || weeks[a][1] - weeks[b][1] || numeric(a) - numeric(b));
      for (const id of ids) { rows.push({ task: tasks[id] }); placed.add(id); }
    }
    const rest = Object.keys(weeks).filter((id) => !placed.has(id) && tasks[id]);
    if (rest.length) {
      rows.push({ phase: { name: "Other tasks", horizon: "", start_week: 0, end_week: 0 } });
      for (const id of rest) rows.push({ task: tasks[id] });
    }
    if (!rows.length) {
      panel.append(el("p", { class: "muted" }, "No roadmap."));
      return;
    }
    const maxWeek = Math.max(4, ...Object.values(weeks).map((w) => w[1] || 0), ...phases.map((p) => p.end_week || 0));
    const width = 1100;
    const labelW = 330;
    const top = 30;
    const rowH = 20;
    const chartW = width - labelW - 150; // room on the right for the owner after the last bar
    const x = (week) => labelW + (week / maxWeek) * chartW;
    const height = top + rows.length * rowH + 10;
    const chart = svg("svg", {
      class: "gantt",
      id: "roadmap-svg",
      viewBox: `0 0 ${width} ${height}`,
      width: "100%",
      role: "img",
      "aria-label": `Roadmap: ${plan.tasks.length} tasks over ${maxWeek} weeks`,
      preserveAspectRatio: "xMinYMin meet",
    });
    const step = maxWeek <= 16 ? 1 : maxWeek <= 40 ? 2 : 4;
    for (let w = 0; w <= maxWeek; w += step) {
      chart.append(svg("line", { x1: x(w), x2: x(w), y1: top - 6, y2: height - 6, class: w % (step * 2) === 0 ? "grid major" : "grid" }));
      if (w % (step * 2) === 0) chart.append(svg("text", { x: x(w), y: top - 12, class: "axis", "text-anchor": "middle", text: `wk ${w}` }));
    }
    rows.forEach((row, i) => {
      const y = top + i * rowH;
      if (row.phase) {
        const p = row.phase;
        chart.append(svg("rect", { x: 0, y, width, height: rowH, class: "phase-band" }));
        chart.append(svg("text", { x: 6, y: y + 14, class: "phase-label", text: p.name }));
        if (p.end_week > p.start_week) {
          chart.append(svg("rect", { x: x(p.start_week), y: y + 7, width: Math.max(2, x(p.end_week) - x(p.start_week)), height: 6, rx: 3, class: "phase-span h-" + p.horizon }));
        }
        return;
      }
      const t = row.task;
      const [start, end] = weeks[t.id];
      const label = `${t.id}  ${t.title}`;
      const title = `${t.id}: ${t.title}\n${LAYER_LABELS[t.layer]} · ${t.owner_role}\nweeks ${start}–${end}` +
        ((t.depends_on || []).length ? `\ndepends on ${t.depends_on.join(", ")}` : "");
      const group = svg("g", { class: "task-row" }, svg("title", { text: title }));
      if (i % 2 === 0) group.append(svg("rect", { x: 0, y, width, height: rowH, class: "zebra" }));
      group.append(svg("text", { x: 14, y: y + 14, class: "task-label", text: truncate(label, 48) }));
      group.append(svg("rect", {
        x: x(start), y: y + 4, width: Math.max(3, x(end) - x(start)), height: rowH - 8, rx: 3,
        class: "bar h-" + t.horizon + (t.pilot ? " pilot" : ""),
      }));
      group.append(svg("text", { x: x(end) + 4, y: y + 14, class: "bar-owner", text: truncate(t.owner_role, 28) }));
      chart.append(group);
    });
    panel.append(el("div", { class: "gantt-wrap" }, chart));
  }

  function numeric(id) {
    return Number(String(id).replace(/\D/g, "")) || 0;
  }

  function truncate(text, n) {
    text = String(text || "");
    return text.length > n ? text.slice(0, n - 1) + "…" : text;
  }

  function renderGaps(plan) {
    const panel = clear($("panel-gaps"));
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "Gaps"),
      el("p", { class: "muted" }, "What the plan needs that the org context does not show: systems, data, owners, sponsors.")));
    if (!plan.gaps.length) panel.append(el("p", { class: "muted" }, "No gaps found."));
    for (const layer of LAYERS) {
      const gaps = plan.gaps.filter((g) => g.layer === layer);
      if (!gaps.length) continue;
      panel.append(el("h3", {}, LAYER_LABELS[layer]),
        el("ul", { class: "gaps" }, gaps.map((g) => el("li", {},
          g.kind ? chip(g.kind, "kind") : null, " ", g.text,
          g.evidence ? el("div", { class: "muted small" }, "Evidence: ", el("q", {}, g.evidence)) : null))));
    }
    panel.append(el("h2", {}, "Warnings"));
    if (!plan.warnings.length) panel.append(el("p", { class: "muted" }, "No warnings."));
    else panel.append(el("ul", { class: "warnings" }, plan.warnings.map((w) => el("li", {}, w))));
    const notes = Object.entries(plan.layer_notes || {});
    if (notes.length) {
      panel.append(el("h2", {}, "Layers that need no task (and why)"),
        el("ul", { class: "notes small" }, notes.map(([key, note]) => {
          const [vid, layer] = key.split(":");
          return el("li", {}, el("strong", {}, `${vid} · ${LAYER_LABELS[layer] || layer}: `), note);
        })));
    }
  }

  // ---- start -----------------------------------------------------------------------------
  document.addEventListener("DOMContentLoaded", () => {
    $("upload-form").addEventListener("submit", submitUpload);
    $("org-source-zip").addEventListener("change", syncOrgSource);
    $("org-source-configured").addEventListener("change", syncOrgSource);
    $("answers-form").addEventListener("submit", (e) => submitAnswers(e, false));
    $("answers-skip").addEventListener("click", () => submitAnswers(null, true));
    $("signin-form").addEventListener("submit", signIn);
    $("run-cancel").addEventListener("click", cancelRun);
    $("run-delete").addEventListener("click", deleteRun);
    window.addEventListener("hashchange", route);
    loadOrgs();
    refreshRuns();
    route();
  });
})();
