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
    experience: "what the people the strategy serves see and feel",
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
  // A run in one of these has stopped for now (agent.record.SETTLED).
  const SETTLED = ["paused", "done", "failed"];

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
      loadEngines();
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
        select.append(el("option", { value: "" }, "none on this server: upload a ZIP"));
        $("org-source-zip").checked = true;
        $("org-source-configured").disabled = true;
      }
    } catch (err) {
      select.append(el("option", { value: "" }, "could not load the list: " + err.message));
    }
    syncOrgSource();
  }

  // Only the engines this server can run are offered; with one, there is nothing to choose.
  async function loadEngines() {
    const select = clear($("engine"));
    let engines = [{ name: "rules", label: "Rules (offline, no model)", available: true }];
    let fallback = "rules";
    try {
      const data = await api("/api/engines");
      engines = data.engines.filter((e) => e.available);
      fallback = data.default;
    } catch (_) { /* the rules engine is always there */ }
    for (const engine of engines) {
      select.append(el("option", { value: engine.name, selected: engine.name === fallback }, engine.label));
    }
    const single = engines.length < 2;
    $("engine-field").hidden = single;
    $("engine-note").hidden = !single;
    $("engine-note").textContent = single ? `Engine: ${engines[0].label}.` : "";
  }

  function syncOrgSource() {
    const zip = $("org-source-zip").checked;
    $("org-select").disabled = zip;
    $("org-zip").disabled = !zip;
  }

  let focusRunOnOpen = false; // after "Build the plan": move the reader to the run's progress

  async function submitUpload(event) {
    event.preventDefault();
    const errorBox = $("form-error");
    errorBox.hidden = true;
    $("deck").removeAttribute("aria-invalid");
    const deck = $("deck").files[0];
    const form = new FormData();
    if (!deck) {
      $("deck").setAttribute("aria-invalid", "true");
      showError(errorBox, "Choose the strategy deck first: a PowerPoint (.pptx) or PDF file.");
      $("deck").focus();
      return;
    }
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
    form.append("engine", $("engine").value || "auto");
    form.append("interactive", $("interactive").checked ? "true" : "false");
    const button = $("submit");
    button.disabled = true;
    button.textContent = "Uploading…";
    try {
      const created = await api("/api/runs", { method: "POST", body: form });
      $("upload-form").reset();
      syncOrgSource();
      focusRunOnOpen = true;
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
        {
          href: "#/runs/" + run.id,
          class: run.id === currentRunId ? "current" : null,
          "aria-current": run.id === currentRunId ? "page" : null,
        },
        el("span", { class: "run-name" }, run.deck),
        el("span", { class: "badge small " + badgeClass(run) }, shortStatus(run)),
        el("span", { class: "run-sub muted" }, `${run.org} · ${timeAgo(run.created)}`),
      );
      list.append(el("li", {}, link));
    }
    const active = runs.some((r) => r.status === "queued" || r.status === "running");
    runsTimer = setTimeout(refreshRuns, active ? 3000 : 15000);
  }

  // A finished run is not simply "Done": no visions, or visions still vague, say so.
  function outcomeOf(run) {
    const s = run.summary || {};
    if (run.status !== "done") return run.status;
    if (s.visions === 0) return "empty";
    if (s.vague > 0) return "vague";
    return "done";
  }

  function badgeClass(run) {
    return { empty: "warn", vague: "partial" }[outcomeOf(run)] || run.status;
  }

  function shortStatus(run) {
    const outcome = outcomeOf(run);
    if (outcome === "empty") return "No visions";
    if (outcome === "vague") return `${run.summary.vague} vague`;
    return SHORT_STATUS[run.status] || run.status;
  }

  // ---- one run: progress, questions, plan ------------------------------------------------
  let currentRunId = null;
  let source = null;
  let lastSeq = null;
  let shownPlanFor = null;
  let lastAnnounced = "";

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
    lastAnnounced = "";
    knownSummary = null;
    $("welcome").hidden = true;
    $("run-view").hidden = false;
    $("questions").hidden = true;
    $("plan").hidden = true;
    $("run-error").hidden = true;
    $("run-outcome").hidden = true;
    clear($("progress"));
    if (focusRunOnOpen) {
      focusRunOnOpen = false;
      // On a phone the run's progress sits far below the form: take the reader there.
      $("run-head").scrollIntoView({ block: "start" });
      $("run-deck").focus({ preventScroll: true });
    }
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
      // Only a settling event (or the opening "status") ends the stream: a step event read
      // late may already carry the status its settling event is about to announce.
      const settled = SETTLED.includes(data.status);
      const settles = event.type === "status" ? settled : SETTLED.includes(event.type);
      if (settled && !settles) return;
      applyState(data);
      if (settles) {
        stream.close();
        if (source === stream) source = null;
        refreshRuns();
        // A run that finished before this page saw its summary: the events carry none, so ask
        // for it, or a run with no visions would read as a plain "Done".
        if (data.status === "done" && !knownSummary) {
          api("/api/runs/" + id)
            .then((run) => { if (id === currentRunId) applyState(run); })
            .catch((err) => showError($("run-error"), err.message));
        }
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

  function announce(text) {
    if (text === lastAnnounced) return;
    lastAnnounced = text;
    $("run-announce").textContent = text;
  }

  let knownSummary = null; // events carry no summary: keep the last one the API gave

  function applyState(run) {
    if (run.summary && Object.keys(run.summary).length) knownSummary = run.summary;
    else if (run.status === "done" && knownSummary) run = Object.assign({}, run, { summary: knownSummary });
    const status = run.status;
    const badge = $("run-status");
    badge.className = "badge " + badgeClass(run);
    badge.textContent = status === "done" ? doneLabel(run) : STATUS_LABELS[status] || status;
    $("run-cancel").hidden = !["queued", "running", "paused"].includes(status);
    $("run-delete").hidden = !SETTLED.includes(status);
    renderProgress(run);
    if (status === "failed") {
      showError($("run-error"), run.error || "The run failed.");
      announce("The run failed: " + (run.error || "no reason given"));
    } else {
      $("run-error").hidden = true;
    }
    if (status === "paused") {
      renderQuestions(run.questions || [], "paused");
      announce(`Waiting for your answers: ${(run.questions || []).length} vision(s) are too vague to plan.`);
    } else if (status !== "done") {
      $("questions").hidden = true;
    }
    if (status !== "done") {
      $("run-outcome").hidden = true;
      if (status !== "paused") $("plan").hidden = true;
      shownPlanFor = null;
    }
    if (status === "done" && shownPlanFor !== run.id) {
      shownPlanFor = run.id;
      loadPlan(run.id);
    }
  }

  function doneLabel(run) {
    const outcome = outcomeOf(run);
    if (outcome === "empty") return "Done: no visions found";
    if (outcome === "vague") return `Done: ${run.summary.vague} vision(s) still vague`;
    return "Done";
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
      const word = { done: "done", active: "in progress", waiting: "waiting for you", todo: "to do" }[state];
      list.append(
        el("li", { class: "step " + state },
          el("span", { class: "dot", "aria-hidden": "true" }, icon),
          STEP_LABELS[step] || step,
          el("span", { class: "sr-only" }, ` (${word})`)),
      );
    }
    if (run.status === "queued") announce("Queued: the run starts when a worker is free.");
    if (run.status === "running") {
      const count = steps.filter((s) => done.has(s)).length;
      const label = current ? STEP_LABELS[current] || current : "Working";
      announce(`Running: ${label} (${count} of ${steps.length} steps done).`);
    }
  }

  // ---- questions: now (a paused run) or later (a finished plan) ---------------------------
  let questionMode = "paused";

  function renderQuestions(questions, mode) {
    questionMode = mode;
    const box = $("questions");
    box.hidden = false;
    $("answers-error").hidden = true;
    const later = mode === "later";
    // Questions asked now come before the plan; those left for later follow it.
    if (later) $("run-view").append(box);
    else $("plan").before(box);
    $("questions-title").textContent = later ? "Answer the remaining questions" : "Clarifying questions";
    $("questions-intro").textContent = later
      ? `${questions.length} vision(s) are still too vague to execute. Answer any of them and ` +
        "the plan is re-planned for what your answers change; the rest keep their flags."
      : `${questions.length} vision(s) are too vague to execute as written. Each box starts with ` +
        "a suggested rewrite: replace the parts in <angle brackets> with your values. " +
        "A box left as it is keeps the vision's flag; you can also answer later.";
    $("answers-submit").textContent = later ? "Re-plan with these answers" : "Continue with these answers";
    $("answers-skip").hidden = later;
    const list = clear($("question-list"));
    for (const item of questions) {
      const field = "answer-" + item.id;
      const start = (item.answers || []).join(" ") || item.suggested_rewrite || "";
      const area = el("textarea", {
        id: field,
        name: field,
        "data-vision": item.id,
        rows: 3,
        "aria-describedby": field + "-hint",
      });
      area.value = start;
      area.dataset.start = start;
      list.append(
        el("div", { class: "question" },
          el("div", { class: "q-head" },
            el("span", { class: "vid" }, item.id),
            el("span", { class: "q-text" }, item.text),
            el("span", { class: "muted src" }, sourceLabel(item.source))),
          el("div", { class: "chips" },
            (item.reasons || []).map((r) => chip(REASON_LABELS[r.code] || r.code, "reason", r.message))),
          el("ul", { class: "q-list" }, (item.questions || []).map((q) => el("li", {}, q))),
          el("label", { class: "answer-label", for: field }, `Your answer for ${item.id}`),
          el("p", { class: "muted small", id: field + "-hint" },
            start ? "Edit this text; left unchanged, it is not sent." : "Type a metric, a target and a date."),
          area),
      );
    }
  }

  async function submitAnswers(event, skip) {
    if (event) event.preventDefault();
    const box = $("answers-error");
    box.hidden = true;
    const answers = {};
    if (!skip) {
      for (const area of $("question-list").querySelectorAll("textarea[data-vision]")) {
        area.removeAttribute("aria-invalid");
        const text = area.value.trim();
        if (!text || text === (area.dataset.start || "").trim()) continue;
        if (/<[^<>]+>/.test(text)) {
          area.setAttribute("aria-invalid", "true");
          area.focus();
          return showError(box,
            `${area.dataset.vision}: replace the parts in <angle brackets> with your values, or clear the box.`);
        }
        answers[area.dataset.vision] = text;
      }
      if (questionMode === "later" && !Object.keys(answers).length) {
        return showError(box, "Edit at least one answer to re-plan.");
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
      $("plan").hidden = true;
      $("run-outcome").hidden = true;
      shownPlanFor = null;
      knownSummary = null; // the re-plan's summary replaces it: never show the old counts
      announce(skip ? "Skipped: planning with the flags kept." : "Answers sent: planning again.");
      $("run-head").scrollIntoView({ block: "start" });
      $("run-deck").focus({ preventScroll: true });
      follow(currentRunId);
    } catch (err) {
      showError(box, err.message);
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
    knownSummary = run.summary;
    renderMeta(run);
    $("run-status").className = "badge " + badgeClass(run);
    $("run-status").textContent = doneLabel(run);
    announce(`Plan ready. ${doneLabel(run)}.`);
    renderOutcome(plan, run);
    renderPlan(plan, run);
    if ((run.open_questions || []).length) renderQuestions(run.open_questions, "later");
    else $("questions").hidden = true;
  }

  // What the run found, what it did not, and what to do next, in the run's header.
  function renderOutcome(plan, run) {
    const box = clear($("run-outcome"));
    const deck = plan.sources.find((s) => s.kind === "pptx" || s.kind === "pdf");
    const units = deck ? `${deck.units} ${deck.kind === "pdf" ? "pages" : "slides"}` : "the deck";
    const fit = plan.org_fit;
    const vague = plan.visions.filter((v) => v.vagueness.vague).length;
    const items = [];
    let tone = "good";
    if (!plan.visions.length) {
      tone = "warn";
      items.push(
        el("p", {}, el("strong", {}, "No visions found. "),
          `groundwork read ${units} and ${plan.roles.length} roles from the org context, but found no ` +
          "goal, target or north-star statement in the deck's text, so there is nothing to plan."),
        el("p", {}, el("strong", {}, "What to do next: "),
          "check that the deck states its goals in text (not only in pictures), or upload the deck " +
          "that sets out the strategy's goals. The report lists what was read."));
    } else if (vague) {
      tone = "partial";
      items.push(el("p", {},
        el("strong", {}, `${vague} of ${plan.visions.length} visions are still too vague to execute. `),
        "Their detailed work waits for your answers; the rest is planned. ",
        el("a", { href: "#questions", onclick: jumpToQuestions }, "Answer the remaining questions")));
    } else {
      items.push(el("p", {}, el("strong", {}, "Plan ready. "),
        `${plan.visions.length} visions, ${plan.tasks.length} tasks for ` +
        `${new Set(plan.tasks.map((t) => t.owner_role)).size} roles, ${plan.gaps.length} gaps to close.`));
    }
    if (fit && fit.verdict === "mismatch" && plan.visions.length) {
      tone = tone === "good" ? "partial" : tone;
      items.push(el("p", {}, el("strong", {}, "The org context does not fit this deck: "),
        "the plan is built from the deck alone. Pick or upload the organization's own context for owners and gaps."));
    }
    append(box, items);
    box.className = "outcome " + tone;
    box.hidden = false;
  }

  function jumpToQuestions(event) {
    event.preventDefault();
    $("questions").scrollIntoView({ block: "start" });
    $("questions-title").focus({ preventScroll: true });
  }

  const TABS = [
    ["visions", "Visions"],
    ["scenarios", "Scenarios"],
    ["tasks", "Tasks"],
    ["raci", "RACI"],
    ["roadmap", "Roadmap"],
    ["gaps", "Gaps & warnings"],
  ];

  function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many || one + "s"}`;
  }

  function renderPlan(plan, run) {
    $("plan").hidden = false;
    renderSummary(plan);
    renderDownloads(run.downloads || {});
    // Each count names what it counts: phases are not tasks, warnings are not gaps.
    const counts = {
      visions: plural(plan.visions.length, "vision"),
      scenarios: plural(plan.scenarios.length, "scenario"),
      tasks: plural(plan.tasks.length, "task"),
      raci: plural(plan.raci.length, "row"),
      roadmap: plural((plan.roadmap.phases || []).length, "phase"),
      gaps: `${plural(plan.gaps.length, "gap")}, ${plural(plan.warnings.length, "warning")}`,
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
          onkeydown: tabKeys,
        }, el("span", { class: "tab-name" }, label), " ", el("span", { class: "count" }, counts[key])),
      );
    }
    renderVisions(plan);
    renderScenarios(plan);
    renderTasks(plan, "layer");
    renderRaci(plan, narrow() ? "role" : "matrix");
    renderRoadmap(plan);
    renderGaps(plan);
    selectTab("visions");
  }

  function narrow() {
    return window.matchMedia("(max-width: 600px)").matches;
  }

  // WAI-ARIA tabs: arrows move between tabs (and select them), Home and End jump.
  function tabKeys(event) {
    const tabs = [...$("plan-tabs").querySelectorAll("[role=tab]")];
    const at = tabs.indexOf(event.currentTarget);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = tabs[(to + tabs.length) % tabs.length];
    selectTab(next.dataset.tab);
    next.focus();
  }

  function selectTab(key) {
    for (const button of $("plan-tabs").querySelectorAll("[role=tab]")) {
      const on = button.dataset.tab === key;
      button.setAttribute("aria-selected", on ? "true" : "false");
      button.tabIndex = on ? 0 : -1;
    }
    for (const panel of document.querySelectorAll(".panel")) {
      panel.hidden = panel.dataset.tab !== key;
    }
  }

  function renderSummary(plan) {
    const vague = plan.visions.filter((v) => v.vagueness.vague).length;
    const engine = plan.engine.name + (plan.engine.model ? " · " + plan.engine.model : "");
    const deck = plan.sources.find((s) => s.kind === "pptx" || s.kind === "pdf");
    const fromDeck = plan.tasks.filter((t) => t.origin === "deck").length;
    const stats = [
      [plan.visions.length, "visions", vague ? `${vague} still vague` : "none vague"],
      [plan.scenarios.length, "scenarios", "at most three"],
      [plan.tasks.length, "tasks", `${fromDeck} from the deck, ${new Set(plan.tasks.map((t) => t.owner_role)).size} owners`],
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

  // People get the report and their own task list; machine formats sit under "for tools".
  const MAIN_DOWNLOADS = { "report.html": "Report (web page)", "report.docx": "Report (Word)" };
  const TOOL_DOWNLOADS = {
    "raci.xlsx": "RACI (Excel)",
    "raci.csv": "RACI (CSV)",
    "plan.json": "Plan (JSON)",
    "report.md": "Report (Markdown)",
    "roadmap.mmd": "Roadmap (Mermaid)",
  };
  const EXPORT_LABELS = {
    jira: "Jira (CSV)",
    asana: "Asana (CSV)",
    linear: "Linear (CSV)",
    trello: "Trello (CSV)",
    github: "GitHub issues (JSON)",
    ics: "Calendar (.ics)",
    msproject: "MS Project (XML)",
  };

  function renderDownloads(downloads) {
    const main = clear($("downloads-main"));
    for (const [name, label] of Object.entries(MAIN_DOWNLOADS)) {
      if (downloads[name]) main.append(el("a", { class: "button primary-link", href: downloads[name], download: name }, label));
    }
    const tools = clear($("downloads-tool-list"));
    for (const [name, url] of Object.entries(downloads)) {
      if (name === "tasks" || MAIN_DOWNLOADS[name] || typeof url !== "string") continue;
      tools.append(el("a", { class: "button", href: url, download: name }, TOOL_DOWNLOADS[name] || name));
    }
    for (const [name, url] of Object.entries(downloads.exports || {})) {
      tools.append(el("a", { class: "button", href: url, download: "" }, EXPORT_LABELS[name] || name));
    }
    $("downloads-tools").hidden = !tools.childElementCount;
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
          plan.visions.length
            ? `${plan.visions.length} found in the deck; ${vague} too vague to execute as written.`
            : "No vision statements were found in the deck."),
        plan.visions.length ? el("label", { class: "choice" }, onlyVague, " Only vague visions") : null),
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
        el("span", { class: "score" },
          el("span", { class: "bar", "aria-hidden": "true" }, scoreFill(score)),
          `vagueness ${score} of 100`),
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
        "At most three scenarios, chosen to cover as much operational territory as possible.")));
    const grid = el("div", { class: "scenario-grid" });
    for (const s of plan.scenarios) {
      grid.append(el("article", { class: "scenario" },
        el("div", { class: "v-head" }, el("span", { class: "vid" }, s.id), el("h3", {}, s.name)),
        el("dl", {},
          el("dt", {}, "Segment"), el("dd", {}, s.segment),
          el("dt", {}, "Context"), el("dd", {}, s.context),
          el("dt", {}, "Impact on those served"), el("dd", {}, chip(s.customer_impact, "impact-" + s.customer_impact)),
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
      el("p", { class: "muted" }, `${plural(plan.tasks.length, "task")}. Open a task for its description, acceptance and sources.`),
      toggle));
    const gaps = Object.fromEntries((plan.gaps || []).filter((g) => g.id).map((g) => [g.id, g]));
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
    // On a phone only the first group starts open: the tab stays a page, not a scroll.
    let first = true;
    for (const [key, tasks] of groups) {
      const title = mode === "layer" ? LAYER_LABELS[key] : key;
      let sub = "";
      if (mode === "layer") sub = LAYER_BLURBS[key];
      else if (roleInfo[key]) sub = [roleInfo[key].team, roleInfo[key].tier + " team"].filter(Boolean).join(" · ");
      else sub = "not in the org roster";
      const section = el("details", { class: "task-group", open: first || !narrow() },
        el("summary", {}, el("h3", {}, title, " ", el("span", { class: "count" }, plural(tasks.length, "task")), " ",
          el("span", { class: "muted small" }, sub))));
      first = false;
      if (!tasks.length) {
        const notes = Object.entries(plan.layer_notes || {}).filter(([k]) => k.endsWith(":" + key));
        section.append(el("p", { class: "muted small" },
          notes.length ? `No tasks: ${notes[0][1]}` : "No tasks in this layer."));
      }
      for (const task of tasks) section.append(taskRow(task, mode, gaps));
      panel.append(section);
    }
  }

  function taskRow(task, mode, gaps) {
    const blocked = (task.blocked_by || []).filter((id) => gaps[id]);
    return el("details", { class: "task" },
      el("summary", {},
        el("span", { class: "tid" }, task.id),
        el("span", { class: "t-title" }, task.title),
        el("span", { class: "t-chips" },
          chip(HORIZON_LABELS[task.horizon] || task.horizon, "h-" + task.horizon),
          task.origin === "deck" ? chip("deck", "origin", "a commitment the deck makes, in its words") : null,
          task.pilot ? chip("pilot", "pilot") : null,
          blocked.length ? chip("blocked", "blocked", "a gap blocks this task until it is closed") : null),
        el("span", { class: "t-owner muted" }, mode === "layer" ? task.owner_role : LAYER_LABELS[task.layer])),
      el("div", { class: "t-body" },
        el("p", {}, task.description),
        el("p", {}, el("strong", {}, "Done when: "), task.done_when),
        task.origin === "deck"
          ? el("p", { class: "small" }, el("strong", {}, "From the deck: "),
            task.quote ? [el("q", {}, task.quote), " "] : null,
            task.source ? `(${sourceLabel(task.source)})` : null)
          : el("p", { class: "small" }, el("strong", {}, "Added by the method"),
            task.origin_note ? [": ", task.origin_note] : "."),
        task.phase ? el("p", { class: "small" }, el("strong", {}, "Phase: "), task.phase) : null,
        el("p", { class: "small" },
          el("strong", {}, "Visions: "), task.vision_ids.join(", "),
          (task.scenario_ids || []).length ? ["  ·  ", el("strong", {}, "Scenarios: "), task.scenario_ids.join(", ")] : null,
          (task.depends_on || []).length ? ["  ·  ", el("strong", {}, "Depends on: "), task.depends_on.join(", ")] : null,
          (task.consulted || []).length ? ["  ·  ", el("strong", {}, "Consult: "), task.consulted.join(", ")] : null),
        blocked.length
          ? el("ul", { class: "blockers small" }, blocked.map((id) =>
            el("li", {}, el("strong", {}, `Blocked by ${id}: `), gaps[id].text)))
          : null,
        (task.context_refs || []).length
          ? el("ul", { class: "refs small" }, task.context_refs.map((r) =>
            el("li", {}, el("span", { class: "doc" }, r.doc), r.quote ? [" ", el("q", {}, r.quote)] : null)))
          : null));
  }

  // RACI: the matrix (a narrow sticky item column on small screens) or one role's rows.
  function renderRaci(plan, mode, chosen) {
    const panel = clear($("panel-raci"));
    const titles = Object.fromEntries(plan.tasks.map((t) => [t.id, t.title]));
    const tierOf = Object.fromEntries(plan.roles.map((r) => [r.name, r.tier]));
    const named = new Set(plan.raci.flatMap((row) => Object.keys(row.assignments)));
    const order = plan.roles.map((r) => r.name).filter((n) => named.has(n));
    for (const n of named) if (!order.includes(n)) order.push(n);
    order.sort((a, b) => (tierOf[a] === "extended" ? 1 : 0) - (tierOf[b] === "extended" ? 1 : 0));
    const rows = plan.raci.slice().sort((a, b) => {
      const la = a.item.startsWith("layer:") ? 0 : 1;
      const lb = b.item.startsWith("layer:") ? 0 : 1;
      return la - lb;
    });
    const itemLabel = (item) => item.startsWith("layer:")
      ? el("span", {}, el("strong", {}, "Layer: "), LAYER_LABELS[item.slice(6)] || item.slice(6))
      : el("span", {}, el("span", { class: "tid" }, item), " ", el("span", { class: "r-title" }, titles[item] || ""));
    const toggle = el("div", { class: "toggle", role: "group", "aria-label": "RACI view" },
      el("button", { type: "button", "aria-pressed": String(mode === "matrix"), onclick: () => renderRaci(plan, "matrix") }, "Matrix"),
      el("button", { type: "button", "aria-pressed": String(mode === "role"), onclick: () => renderRaci(plan, "role") }, "One role"));
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "RACI"),
      el("p", { class: "muted" }, "Exactly one Accountable per row; layers first, then tasks. ",
        Object.entries(RACI_LABELS).map(([k, v]) => [chip(k, "raci-" + k), ` ${v} `])),
      toggle));
    // The deck's own word on who sponsors, chairs and decides: the rows below follow it.
    const governance = plan.governance || [];
    if (governance.length) {
      panel.append(el("details", { class: "governance", id: "raci-governance" },
        el("summary", {}, `Governance as the deck sets it (${governance.length})`),
        el("ul", {}, governance.map((g) => el("li", {}, g.text, " ",
          el("span", { class: "muted" }, `(${sourceLabel(g.source)})`))))));
    }
    if (!rows.length) {
      panel.append(el("p", { class: "muted" }, "No RACI rows: the plan has no tasks."));
      return;
    }
    if (mode === "role") {
      const role = chosen && order.includes(chosen) ? chosen : order[0];
      const select = el("select", { id: "raci-role", onchange: (e) => renderRaci(plan, "role", e.target.value) },
        order.map((name) => el("option", { value: name, selected: name === role }, name)));
      panel.append(el("label", { class: "field raci-pick" }, el("span", { class: "label" }, "Role"), select));
      const list = el("div", { class: "raci-role", id: "raci-role-view" });
      for (const letter of ["A", "R", "C", "I"]) {
        const mine = rows.filter((row) => row.assignments[role] === letter);
        if (!mine.length) continue;
        list.append(el("h3", {}, chip(letter, "raci-" + letter), ` ${RACI_LABELS[letter]} for ${plural(mine.length, "item")}`),
          el("ul", { class: "raci-items" }, mine.map((row) => el("li", {}, itemLabel(row.item)))));
      }
      if (!list.childElementCount) list.append(el("p", { class: "muted" }, `${role} has no RACI rows.`));
      panel.append(list);
      return;
    }
    const head = el("tr", {}, el("th", { scope: "col", class: "item" }, "Item"),
      order.map((name) => el("th", { scope: "col", class: "role" + (tierOf[name] === "extended" ? " extended" : ""), title: name },
        el("span", {}, name))));
    const body = el("tbody");
    for (const row of rows) {
      const isLayer = row.item.startsWith("layer:");
      body.append(el("tr", { class: isLayer ? "layer-row" : null },
        el("th", { scope: "row", class: "item" }, itemLabel(row.item)),
        order.map((name) => {
          const letter = row.assignments[name];
          return el("td", { class: letter ? "raci-" + letter : "", title: letter ? `${name}: ${RACI_LABELS[letter]}` : null }, letter || "");
        })));
    }
    // A scroll box must be reachable by keyboard: focusable, named, a region.
    panel.append(el("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "RACI matrix (scrolls both ways)" },
      el("table", { class: "raci", id: "raci-table" },
        el("caption", { class: "sr-only" }, "RACI: items by role"),
        el("thead", {}, head), body)));
  }

  // The roadmap as rows of HTML bars on one week axis: it reflows to a phone's width (the
  // label above its bar), and a tap on a row opens its details (no hover needed).
  function renderRoadmap(plan) {
    const panel = clear($("panel-roadmap"));
    const roadmap = plan.roadmap || {};
    const weeks = roadmap.task_weeks || {};
    const phases = roadmap.phases || [];
    const tasks = Object.fromEntries(plan.tasks.map((t) => [t.id, t]));
    const gaps = Object.fromEntries((plan.gaps || []).filter((g) => g.id).map((g) => [g.id, g]));
    const maxWeek = Math.max(4, roadmap.horizon_weeks || 0,
      ...Object.values(weeks).map((w) => w[1] || 0), ...phases.map((p) => p.end_week || 0));
    const clock = roadmap.clock === "deck"
      ? `On the deck's own clock: ${plural(phases.length, "phase")} over ${maxWeek} weeks, as the deck lays them out.`
      : `The deck sets no timeline, so phases follow the method's horizons: ${plural(phases.length, "phase")} over ${maxWeek} weeks.`;
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, "Roadmap"),
      el("p", { class: "muted" }, clock, " Tasks start after what they depend on; tap a row for details."),
      el("p", { class: "legend" }, HORIZONS.map((h) => [chip(HORIZON_LABELS[h], "h-" + h), " "]),
        chip("◆ gate", "gate"), " ", chip("pilot", "pilot"))));
    const rows = [];
    const placed = new Set();
    for (const phase of phases) {
      const ids = (phase.task_ids || []).filter((id) => weeks[id] && tasks[id]);
      ids.sort((a, b) => weeks[a][0] - weeks[b][0] || weeks[a][1] - weeks[b][1] || numeric(a) - numeric(b));
      ids.forEach((id) => placed.add(id));
      rows.push({ phase, ids });
    }
    const rest = Object.keys(weeks).filter((id) => !placed.has(id) && tasks[id]);
    if (rest.length) rows.push({ phase: { name: "Other tasks", horizon: "", start_week: 0, end_week: 0 }, ids: rest });
    if (!rows.length) {
      panel.append(el("p", { class: "muted" }, "No roadmap: the plan has no tasks."));
      return;
    }
    const pct = (week) => `${Math.min(100, Math.max(0, (week / maxWeek) * 100))}%`;
    const bar = (start, end, cls) => {
      const node = el("span", { class: "rm-bar " + cls, "aria-hidden": "true" });
      node.style.left = pct(start); // CSSOM: allowed by the CSP
      node.style.width = `max(4px, ${pct(Math.max(0, end - start))})`;
      return node;
    };
    const most = narrow() ? 4 : 8; // tick labels that fit side by side
    const step = [1, 2, 4, 8, 13, 26, 52, 104].find((s) => maxWeek / s <= most) || 104;
    const axis = el("div", { class: "rm-axis", "aria-hidden": "true" }, el("span", { class: "rm-label" }));
    const ticks = el("span", { class: "rm-track rm-ticks" });
    for (let w = 0; w <= maxWeek; w += step) {
      const tick = el("span", { class: "rm-tick" + (w + step > maxWeek && w > 0 ? " last" : "") }, w === 0 ? "wk 0" : String(w));
      tick.style.left = pct(w);
      ticks.append(tick);
    }
    axis.append(ticks);
    const chart = el("div", { class: "roadmap", id: "roadmap-chart", tabindex: "0", role: "region", "aria-label": "Roadmap chart" }, axis);
    let n = 0;
    const row = (cls, label, track, details) => {
      const id = `rm-details-${n++}`;
      const button = el("button", { type: "button", class: "rm-row " + cls, "aria-expanded": "false", "aria-controls": id },
        el("span", { class: "rm-label" }, label), track);
      const box = el("div", { class: "rm-details small", id, hidden: true }, details);
      button.addEventListener("click", () => {
        const open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", String(open));
        box.hidden = !open;
      });
      return el("li", {}, button, box);
    };
    for (const { phase, ids } of rows) {
      const track = el("span", { class: "rm-track" });
      if (phase.end_week > phase.start_week) track.append(bar(phase.start_week, phase.end_week, "phase h-" + phase.horizon));
      if (phase.gate) {
        const gate = el("span", { class: "rm-gate", "aria-hidden": "true" }, "◆");
        gate.style.left = pct(phase.end_week);
        track.append(gate);
      }
      const list = el("ul", { class: "rm-list" },
        row("rm-phase", [el("strong", {}, phase.name), phase.end_week > phase.start_week ? el("span", { class: "muted small" }, ` weeks ${phase.start_week}–${phase.end_week}`) : null],
          track,
          [
            el("p", {}, `${plural(ids.length, "task")}` + (phase.horizon ? ` · ${HORIZON_LABELS[phase.horizon] || phase.horizon}` : "") +
              (phase.end_week > phase.start_week ? ` · weeks ${phase.start_week}–${phase.end_week}` : "")),
            phase.gate ? el("p", {}, el("strong", {}, "Gate: "), phase.gate) : null,
            phase.source ? el("p", { class: "muted" }, "From ", sourceLabel(phase.source)) : null,
          ]));
      for (const id of ids) {
        const t = tasks[id];
        const [start, end] = weeks[id];
        const blocked = (t.blocked_by || []).filter((g) => gaps[g]);
        list.append(row("rm-task",
          [el("span", { class: "tid" }, t.id), " ", t.title],
          el("span", { class: "rm-track" }, bar(start, end, "h-" + t.horizon + (t.pilot ? " pilot" : ""))),
          [
            el("p", {}, `${LAYER_LABELS[t.layer]} · ${t.owner_role} · weeks ${start}–${end}`),
            (t.depends_on || []).length ? el("p", {}, "Depends on ", t.depends_on.join(", ")) : null,
            blocked.length ? el("p", {}, "Blocked by ", blocked.map((g) => `${g} (${gaps[g].text})`).join("; ")) : null,
            el("p", { class: "muted" }, t.origin === "deck"
              ? `From the deck${t.source ? " (" + sourceLabel(t.source) + ")" : ""}`
              : "Added by the method"),
          ]));
      }
      chart.append(list);
    }
    panel.append(chart);
  }

  function numeric(id) {
    return Number(String(id).replace(/\D/g, "")) || 0;
  }

  function renderGaps(plan) {
    const panel = clear($("panel-gaps"));
    panel.append(el("div", { class: "panel-head" },
      el("h2", {}, `Gaps (${plan.gaps.length})`),
      el("p", { class: "muted" }, "What the plan needs that the org context does not show: systems, data, owners, sponsors.")));
    if (!plan.gaps.length) panel.append(el("p", { class: "muted" }, "No gaps found."));
    for (const layer of LAYERS) {
      const gaps = plan.gaps.filter((g) => g.layer === layer);
      if (!gaps.length) continue;
      panel.append(el("h3", {}, LAYER_LABELS[layer]),
        el("ul", { class: "gaps" }, gaps.map((g) => el("li", {},
          g.id ? el("span", { class: "tid" }, g.id) : null, " ",
          g.kind ? chip(g.kind, "kind") : null, " ", g.text,
          (g.blocks || []).length ? el("div", { class: "small" }, el("strong", {}, "Blocks: "), g.blocks.join(", ")) : null,
          g.evidence ? el("div", { class: "muted small" }, "Evidence: ", el("q", {}, g.evidence)) : null))));
    }
    panel.append(el("h2", {}, `Warnings (${plan.warnings.length})`));
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
    loadEngines();
    refreshRuns();
    route();
  });
})();
