/*
 * Swedish for plotly.js, for dcc.Graph(config={"locale": "sv"}).
 *
 * Why a shim: in Dash, plotly.js is loaded later than the files in assets/ (dcc.Graph
 * fetches it on demand), so `Plotly.register` does not exist yet when this runs.
 * plotly.js reads `window.PlotlyLocales` (an array of locale modules) once when it
 * loads, so a locale pushed there before that is registered; if plotly.js is already
 * on the page, `Plotly.register` is called straight away instead.
 *
 * The locale data comes from the vendored plotly.js-locales sv.js
 * (assets/vendor/plotly-locales/sv.js, loaded after this file: Dash loads the files
 * at the top of assets/ before those in sub-folders). It queues itself on
 * window.MedborgarlofteLocaleQueue and calls medborgarlofteFlushLocales(); either load
 * order works. Here its date words are lower-cased as Swedish writes them
 * ("mars 2022", "måndag"), dates read day-month-year, and the number format is
 * decimal comma with a no-break space between thousands (12 345,6), which plotly.js
 * uses as the default of layout.separators.
 */
(function (window) {
    "use strict";

    var FORMATS = {
        sv: {
            days: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
            shortDays: ["sön", "mån", "tis", "ons", "tor", "fre", "lör"],
            months: [
                "januari", "februari", "mars", "april", "maj", "juni",
                "juli", "augusti", "september", "oktober", "november", "december"
            ],
            // Språkrådet's short forms without the full stop: mars, maj, juni, juli stay whole.
            shortMonths: [
                "jan", "feb", "mars", "apr", "maj", "juni",
                "juli", "aug", "sep", "okt", "nov", "dec"
            ],
            periods: ["fm", "em"],
            dateTime: "%A %-d %B %Y %H:%M:%S",
            date: "%Y-%m-%d",
            time: "%H:%M:%S",
            decimal: ",",
            thousands: "\u00a0",
            grouping: [3],
            currency: ["", "\u00a0kr"],
            // Axis and hover date labels (plotly.js defaults are English word order).
            year: "%Y",
            month: "%b %Y",
            dayMonth: "%-d %b",
            dayMonthYear: "%-d %b %Y"
        }
    };

    var DICTIONARIES = {
        sv: {
            "Share chart...": "Dela diagram …",
            "Download plot as a PNG": "Ladda ner diagrammet som PNG"
        }
    };

    function merged(base, extra) {
        var out = {};
        var key;
        for (key in base || {}) {
            if (Object.prototype.hasOwnProperty.call(base, key)) out[key] = base[key];
        }
        for (key in extra || {}) {
            if (Object.prototype.hasOwnProperty.call(extra, key)) out[key] = extra[key];
        }
        return out;
    }

    function adjusted(locale) {
        return {
            moduleType: "locale",
            name: locale.name,
            dictionary: merged(locale.dictionary, DICTIONARIES[locale.name]),
            format: merged(locale.format, FORMATS[locale.name])
        };
    }

    function register(locale) {
        var plotly = window.Plotly;
        if (plotly && typeof plotly.register === "function") {
            plotly.register(locale);
        } else {
            (window.PlotlyLocales = window.PlotlyLocales || []).push(locale);
        }
    }

    function flush() {
        var queue = window.MedborgarlofteLocaleQueue || [];
        while (queue.length) {
            register(adjusted(queue.shift()));
        }
    }

    window.medborgarlofteFlushLocales = flush;
    flush();
})(window);
