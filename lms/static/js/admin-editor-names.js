// Wagtail's rich text editor (Draftail) leaves its textbox without an accessible name
// (WCAG 4.1.2: a screen reader announces only "edit text"). Each one is named by its
// field's label, or, for a rich text block of a StreamField, by the block's heading.
(() => {
  const labelOf = (textbox) => {
    const wrapper = textbox.closest("[data-draftail-editor-wrapper]");
    const input = wrapper?.parentElement?.querySelector("input[data-draftail-input]");
    const label =
      input?.id &&
      (document.getElementById(`${input.id}-label`) ||
        document.querySelector(`label[for="${CSS.escape(input.id)}"]`));
    if (label) {
      if (!label.id) label.id = `${input.id}-label`;
      return label.id;
    }
    const block = textbox.closest("section[aria-labelledby]");
    return block ? block.getAttribute("aria-labelledby") : null;
  };

  const nameEditors = () => {
    document
      .querySelectorAll('[data-draftail-editor-wrapper] [role="textbox"]')
      .forEach((textbox) => {
        if (textbox.hasAttribute("aria-labelledby") || textbox.hasAttribute("aria-label")) {
          return;
        }
        const name = labelOf(textbox);
        if (name) textbox.setAttribute("aria-labelledby", name);
      });
  };

  // Editors appear after the page loads, and with every rich text block added.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      nameEditors();
    });
  };
  const start = () => {
    schedule();
    new MutationObserver(schedule).observe(document.body, {
      childList: true,
      subtree: true,
    });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
