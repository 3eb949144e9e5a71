// Wagtail's multiple upload (images, documents) lays its file input, invisible, over a
// button that says what to do, and gives the input no name (WCAG 4.1.2: a screen
// reader announces a nameless "file upload"). The input takes the button's words; the
// button, which only shows where to click, leaves the tab order, so that a keyboard
// reaches one control, not two.
(() => {
  const name = () => {
    document.querySelectorAll(".replace-file-input").forEach((wrapper) => {
      const input = wrapper.querySelector('input[type="file"]');
      const button = wrapper.querySelector("button");
      if (!input || !button || input.labels?.length || input.hasAttribute("aria-label")) {
        return;
      }
      input.setAttribute("aria-label", button.textContent.trim());
      button.tabIndex = -1;
      button.setAttribute("aria-hidden", "true");
    });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", name);
  } else {
    name();
  }
})();
