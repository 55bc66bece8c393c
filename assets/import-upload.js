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
