// Two of Wagtail's own controls, mended for screen readers and keyboards:
// - the multiple upload (images, documents) lays its file input, invisible, over a
//   button that says what to do, and gives the input no name (WCAG 4.1.2: a screen
//   reader announces a nameless "file upload"). The input takes the button's words;
//   the button, which only shows where to click, leaves the tab order, so that a
//   keyboard reaches one control, not two;
// - the new user form ends its first tab with a "Roles" button that is marked as a
//   tab outside any tab list (WCAG 1.3.1): it becomes a plain link that opens the
//   Roles tab, as the tab itself does.
(() => {
  const nameFileInputs = () => {
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

  const unmarkStrayTabs = () => {
    document.querySelectorAll('[role="tab"]').forEach((stray) => {
      if (stray.closest('[role="tablist"]')) return;
      const href = stray.getAttribute("href");
      const quoted = href && href.replace(/["\\]/g, "\\$&");
      const tab =
        quoted && document.querySelector(`[role="tablist"] [role="tab"][href="${quoted}"]`);
      if (!tab) return;
      const link = stray.cloneNode(true);
      ["role", "data-action", "data-w-tabs-target", "aria-selected", "tabindex"].forEach(
        (name) => link.removeAttribute(name),
      );
      link.addEventListener("click", (event) => {
        event.preventDefault();
        tab.click();
        tab.focus();
      });
      stray.replaceWith(link);
    });
  };

  const mend = () => {
    nameFileInputs();
    unmarkStrayTabs();
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mend);
  } else {
    mend();
  }
})();
