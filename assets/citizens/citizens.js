/* /for-invanare (a plain HTML page served by Flask, not by Dash; app.py keeps this folder
 * out of the Dash pages): the copy and print buttons. Without script the buttons stay
 * hidden and the text can still be selected, downloaded or printed from the browser. */
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-copy-target]').forEach((button) => {
    const source = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById(button.dataset.copyStatus);
    button.hidden = false;
    button.addEventListener('click', async () => {
      let copied = false;
      try {
        await navigator.clipboard.writeText(source.value);
        copied = true;
      } catch (error) {
        // Framed by another site, the clipboard API may be refused: select and copy.
        source.focus();
        source.select();
        copied = document.execCommand && document.execCommand('copy');
      }
      status.textContent = copied ? button.dataset.done : button.dataset.failed;
    });
  });
  document.querySelectorAll('[data-print]').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
});
