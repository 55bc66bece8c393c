/* Clientside callbacks of the wall screen (/vaggskarm) and the report (/rapport).
 *
 * Loaded on every page (Dash loads all of assets/), so it only defines functions in
 * its own namespaces, and its listeners act only where the wall's controls are.
 *
 * The rotation runs entirely in the browser: it needs no server round trip, so it
 * keeps going while the server restarts or a request fails. The viewer can pause it
 * (button or Space) and step through the views (buttons or arrow keys).
 */
(function () {
  "use strict";

  /* The rotation's state, kept across re-renders of the views (a new import). */
  function wallState() {
    if (!window.__medborgarlofteWall) {
      const still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");
      const paused = !!(still && still.matches);
      window.__medborgarlofteWall = { index: 0, shownAt: Date.now(), paused: paused };
    }
    return window.__medborgarlofteWall;
  }

  /* The wall's controls (layouts/wall.py): pause or play, the previous or next view. */
  function wallAct(action) {
    const state = wallState();
    if (action === "pause") {
      state.paused = !state.paused;
    } else {
      state.index += action === "next" ? 1 : -1;
    }
    state.shownAt = Date.now(); // a view stepped to, or played from, gets its full time
    window.dash_clientside.set_props("wall-step", { data: Date.now() });
  }

  document.addEventListener("click", function (event) {
    const control = event.target.closest && event.target.closest("[data-wall-action]");
    if (control) {
      wallAct(control.dataset.wallAction);
    }
  });

  /* Space pauses and plays, the arrow keys step: anywhere on the wall but on a control,
   * whose own keys (Space and Enter press it) come first. */
  document.addEventListener("keydown", function (event) {
    if (!document.getElementById("wall-root") || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.target.closest && event.target.closest("button, a, input, select, textarea")) {
      return;
    }
    const action = { " ": "pause", ArrowLeft: "previous", ArrowRight: "next" }[event.key];
    if (action) {
      event.preventDefault();
      wallAct(action);
    }
  });

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    medborgarlofte_wall: {
      /* Every tick (and at once after a control): show the current view (by sliding the
       * track), write the clock and the pager. The view changes every ``seconds`` unless
       * paused; a screen that asks for reduced motion starts paused (the viewer steps).
       * Outputs that did not change get no_update, so nothing re-renders in between. */
      rotate: function (tick, step, config) {
        const noUpdate = window.dash_clientside.no_update;
        const cfg = config || {};
        const seconds = Math.max(1, Number(cfg.seconds) || 20);
        const track = document.getElementById("wall-track");
        const views = track ? track.querySelectorAll(":scope > .wall-view") : [];
        const count = Math.max(views.length, 1);
        const now = Date.now();
        const state = wallState();
        if (!state.paused && now - state.shownAt >= seconds * 1000) {
          state.index += Math.floor((now - state.shownAt) / (seconds * 1000));
          state.shownAt = now;
        }
        const index = ((state.index % count) + count) % count;
        views.forEach(function (view, i) {
          view.setAttribute("aria-hidden", i === index ? "false" : "true");
          view.classList.toggle("is-active", i === index);
        });
        const root = document.getElementById("wall-root");
        if (root) {
          root.classList.toggle("is-paused", state.paused);
        }
        const locale = cfg.lang === "en" ? "en-GB" : "sv-SE";
        const date = new Date(now);
        const clock = date.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" });
        const day = date.toLocaleDateString(locale, {
          weekday: "long",
          day: "numeric",
          month: "long",
        });
        const pager = count > 1 ? index + 1 + " / " + count : "";
        const key = index + "|" + count;
        const style = { transform: "translateX(" + -100 * index + "%)" };
        const out = [
          state.key === key ? noUpdate : style,
          state.clock === clock ? noUpdate : clock,
          state.day === day ? noUpdate : day,
          state.pager === pager ? noUpdate : pager,
        ];
        state.key = key;
        state.clock = clock;
        state.day = day;
        state.pager = pager;
        return out;
      },
    },
    medborgarlofte_report: {
      print: function (clicks) {
        if (clicks) {
          window.print();
        }
        return window.dash_clientside.no_update;
      },
    },
  });
})();
