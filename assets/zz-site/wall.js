/* Clientside callbacks of the wall screen (/vaggskarm) and the report (/rapport).
 *
 * Loaded on every page (Dash loads all of assets/), so it only defines functions in
 * its own namespaces and touches nothing until a callback calls it.
 *
 * The rotation runs entirely in the browser: it needs no server round trip, so it
 * keeps going while the server restarts or a request fails.
 */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  medborgarlofte_wall: {
    /* Every tick: show view number floor(elapsed / seconds) mod count (by sliding the
     * track), write the clock and the pager. Outputs that did not change get no_update,
     * so nothing re-renders between view changes. */
    rotate: function (tick, config) {
      const noUpdate = window.dash_clientside.no_update;
      const cfg = config || {};
      const seconds = Math.max(1, Number(cfg.seconds) || 20);
      const track = document.getElementById("wall-track");
      const views = track ? track.querySelectorAll(":scope > .wall-view") : [];
      const count = Math.max(views.length, 1);
      const now = Date.now();
      const state = (window.__medborgarlofteWall = window.__medborgarlofteWall || {});
      if (state.start === undefined) {
        state.start = now;
      }
      const index = Math.floor((now - state.start) / (seconds * 1000)) % count;
      views.forEach(function (view, i) {
        view.setAttribute("aria-hidden", i === index ? "false" : "true");
        view.classList.toggle("is-active", i === index);
      });
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
