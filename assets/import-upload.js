/* Import page: check the upload's size in the browser before anything is sent.
   A batch over the limit is replaced by its names and size, so the server answers
   with a clear message instead of refusing a huge request. (callbacks/import_page.py) */
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  medborgarlofte_import: {
    guard: function (contents, filenames, limits) {
      var noUpdate = window.dash_clientside.no_update;
      if (!contents) {
        return [noUpdate, noUpdate];
      }
      var list = Array.isArray(contents) ? contents : [contents];
      var names = Array.isArray(filenames) ? filenames : [filenames];
      var size = 0;
      list.forEach(function (url) {
        var comma = url.indexOf(",");
        size += Math.floor(((comma >= 0 ? url.length - comma - 1 : url.length) * 3) / 4);
      });
      var tooBig = size > limits.bytes || list.length > limits.files;
      var data = tooBig
        ? { names: names, size: size, too_big: size > limits.bytes, too_many: !(size > limits.bytes) }
        : { names: names, contents: list, size: size };
      /* Clear the upload so that choosing the same file again is seen as a new choice. */
      return [data, null];
    },
  },
});

/* Import page: the upload's file input (drawn by dcc.Upload) has no name of its own, so a
   screen reader announced a bare "file, button". It is named by the zone's first line
   ("Dra CSV-filer hit eller klicka för att välja") and described by the second (the size
   limit), the texts the page shows, whichever language it is in. Set again whenever the
   page draws the zone anew (a new language, a new render). */
(function () {
  "use strict";

  function nameUpload() {
    var input = document.querySelector(".upload-zone input[type=file]");
    if (!input) {
      return;
    }
    var lines = input.closest(".upload-zone").querySelectorAll("span");
    var ids = ["import-upload-name", "import-upload-hint"];
    var attributes = ["aria-labelledby", "aria-describedby"];
    for (var i = 0; i < 2 && i < lines.length; i++) {
      if (!lines[i].id) {
        lines[i].id = ids[i];
      }
      if (input.getAttribute(attributes[i]) !== lines[i].id) {
        input.setAttribute(attributes[i], lines[i].id);
      }
    }
  }

  function start() {
    nameUpload();
    new MutationObserver(nameUpload).observe(document.body, { subtree: true, childList: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
