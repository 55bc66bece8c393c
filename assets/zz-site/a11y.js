/* Accessibility (WCAG 2.1 AA) that Dash's own components do not give, on every page.
 *
 * Loaded on every page (Dash loads all of assets/). It defines clientside callbacks in
 * its own namespaces and, as the pages render, mends what Dash 4.4 draws:
 *
 * - dcc.Dropdown: a hidden-but-focusable input (aria-hidden) takes the Tab stop for the
 *   real button, and the button is named by its value ("Hela kommunen"), not by its
 *   label ("Område"). The input is removed from the page, the button takes the Tab stop,
 *   and the label names it first.
 * - dcc.RangeSlider: its handles are called "Minimum"/"Maximum" in English and read out
 *   as indexes. The filter bar hands over their names and the months in words
 *   (components/filters.py, data-thumb-names and data-month-names).
 * - A filter change renders the page anew from its URL, which would drop the focus to
 *   <body>: the control that was used gets it back.
 *
 * React leaves these attributes alone: it writes an attribute only when its own value
 * for it changes, and these never do.
 */
(function () {
  "use strict";

  const KEYBOARD_PAUSE_MS = 1200; // the keys rest this long: the period is committed
  const RESTORE_MS = 3000; // how long a re-rendered page may take to bring the control back

  // --- clientside callbacks ---------------------------------------------------------

  const period = { keyAt: 0, timer: null, value: null };

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    medborgarlofte_page: {
      /* <html lang> from the URL's lang (callbacks/frame.py); no output. */
      language: function (search) {
        const lang = (new URLSearchParams(search || "").get("lang") || "").trim();
        document.documentElement.lang = lang.toLowerCase().startsWith("en") ? "en" : "sv";
      },
    },
    medborgarlofte_filters: {
      /* The period to write to the URL (callbacks/filters.py): at once when the pointer
       * let go; after a pause, or at Enter, when it came from the keyboard. */
      commitPeriod: function (value) {
        clearTimeout(period.timer);
        period.value = value;
        if (Date.now() - period.keyAt > 500) {
          return value;
        }
        period.timer = setTimeout(commitPending, KEYBOARD_PAUSE_MS);
        return window.dash_clientside.no_update;
      },
    },
  });

  function commitPending() {
    clearTimeout(period.timer);
    if (period.value !== null) {
      window.dash_clientside.set_props("filter-period-commit", { data: period.value });
      period.value = null;
    }
  }

  document.addEventListener(
    "keydown",
    function (event) {
      if (!event.target.closest || !event.target.closest(".period-slider")) {
        return;
      }
      if (event.key === "Enter") {
        commitPending();
      } else {
        period.keyAt = Date.now();
      }
    },
    true
  );

  // --- dropdowns and sliders ----------------------------------------------------------

  function mendDropdowns(root) {
    root.querySelectorAll(".dash-dropdown-focus-target:not([hidden])").forEach(function (input) {
      input.hidden = true;
    });
    root.querySelectorAll("button.dash-dropdown").forEach(function (button) {
      if (button.tabIndex !== 0) {
        button.tabIndex = 0;
      }
      const label = button.id && document.querySelector('label[for="' + CSS.escape(button.id) + '"]');
      if (!label) {
        return;
      }
      label.id = label.id || button.id + "-label";
      const names = (button.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
      if (names[0] !== label.id) {
        button.setAttribute("aria-labelledby", [label.id].concat(names).join(" "));
      }
    });
  }

  function mendSliders(root) {
    root.querySelectorAll(".period-slider[data-thumb-names]").forEach(function (box) {
      const names = box.dataset.thumbNames.split("|");
      const words = JSON.parse(box.dataset.monthNames || "[]");
      const months = JSON.parse(box.dataset.months || "[]");
      const values = [];
      box.querySelectorAll('[role="slider"]').forEach(function (thumb, i) {
        const index = Number(thumb.getAttribute("aria-valuenow"));
        values.push(index);
        if (names[i] && thumb.getAttribute("aria-label") !== names[i]) {
          thumb.setAttribute("aria-label", names[i]);
        }
        if (words[index] && thumb.getAttribute("aria-valuetext") !== words[index]) {
          thumb.setAttribute("aria-valuetext", words[index]);
        }
      });
      // The months chosen so far, shown while the handles move (before the commit).
      const text = box.parentElement.querySelector("#filter-period-text");
      if (text && values.length === 2 && months[values[0]] && months[values[1]]) {
        const shown = months[values[0]] + " – " + months[values[1]];
        if (text.textContent !== shown) {
          text.textContent = shown;
        }
      }
    });
  }

  // --- focus kept on the control that was used ------------------------------------------

  let used = null; // {key, element, at}: the control last focused inside the page

  function keyOf(element) {
    const dropdown = element.closest(".dash-dropdown-wrapper");
    if (dropdown) {
      const button = dropdown.querySelector("button.dash-dropdown[id]");
      return button ? { id: button.id } : null;
    }
    if (element.getAttribute("role") === "slider") {
      const box = element.closest("[id]");
      const thumbs = box ? Array.from(box.querySelectorAll('[role="slider"]')) : [];
      return box ? { id: box.id, index: thumbs.indexOf(element) } : null;
    }
    return element.id ? { id: element.id } : null;
  }

  function find(key) {
    const element = document.getElementById(key.id);
    if (!element || key.index === undefined) {
      return element;
    }
    return element.querySelectorAll('[role="slider"]')[key.index] || null;
  }

  document.addEventListener("focusin", function (event) {
    const content = document.getElementById("_pages_content");
    if (!content || !content.contains(event.target)) {
      return;
    }
    const key = keyOf(event.target);
    used = key ? { key: key, element: event.target, at: 0 } : null;
  });

  function restoreFocus() {
    if (!used || used.element.isConnected) {
      return;
    }
    const now = Date.now();
    used.at = used.at || now;
    const active = document.activeElement;
    if (now - used.at > RESTORE_MS || (active && active !== document.body)) {
      used = null; // too late, or the visitor has moved on
      return;
    }
    const element = find(used.key);
    if (element) {
      used.element = element;
      used.at = 0;
      element.focus();
    }
  }

  // --- on every change to the page -------------------------------------------------------

  function mend() {
    mendDropdowns(document);
    mendSliders(document);
    restoreFocus();
  }

  let queued = false;
  const observer = new MutationObserver(function () {
    if (!queued) {
      queued = true;
      window.requestAnimationFrame(function () {
        queued = false;
        mend();
      });
    }
  });

  function start() {
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["aria-valuenow"],
    });
    mend();
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
  }
})();
