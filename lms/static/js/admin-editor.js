// Wagtail's editor, for screen readers:
// - its rich text editor (Draftail) leaves its textbox without an accessible name (WCAG
//   4.1.2: a screen reader announces only "edit text"): each one is named by its
//   field's label, or, for a rich text block of a StreamField, by the block's heading;
// - a page or snippet in another language than the admin's is edited in fields whose
//   text is in that language (WCAG 3.1.2): its inputs, rich text and block titles say
//   so (`lang`), while labels and help stay in the admin's.
(() => {
  const config = document.getElementById("wagtail-config");
  const contentLanguage = config
    ? JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE
    : null;
  const CONTENT =
    'form[data-edit-form] input[type="text"], form[data-edit-form] textarea, ' +
    'form[data-edit-form] [role="textbox"], form[data-edit-form] .c-sf-block__title';

  const markContentLanguage = () => {
    if (!contentLanguage || contentLanguage === document.documentElement.lang) return;
    document.querySelectorAll(CONTENT).forEach((element) => {
      if (!element.hasAttribute("lang")) element.setAttribute("lang", contentLanguage);
    });
  };

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
      markContentLanguage();
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
